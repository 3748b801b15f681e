// The codes of arch_prctl(2) (arch/x86/include/uapi/asm/prctl.h): FS/GS bases for TLS.

/// arch_prctl(2) codes. Linux: arch/x86/include/uapi/asm/prctl.h.
public enum ArchPrctl {
    /// Set the GS base (Linux `ARCH_SET_GS`).
    @inlinable public static var ARCH_SET_GS: Int32 { 0x1001 }
    /// Set the FS base: the TLS pointer (Linux `ARCH_SET_FS`).
    @inlinable public static var ARCH_SET_FS: Int32 { 0x1002 }
    /// Read the FS base (Linux `ARCH_GET_FS`).
    @inlinable public static var ARCH_GET_FS: Int32 { 0x1003 }
    /// Read the GS base (Linux `ARCH_GET_GS`).
    @inlinable public static var ARCH_GET_GS: Int32 { 0x1004 }
}
