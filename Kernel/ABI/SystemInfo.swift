// What uname(2) and sysinfo(2) write: `struct new_utsname` (6 × 65 bytes,
// include/uapi/linux/utsname.h) and `struct sysinfo` (112 bytes on x86_64,
// include/uapi/linux/sysinfo.h).

/// System names: `struct new_utsname` of uname(2), six NUL-terminated 65-byte fields.
/// Linux: include/uapi/linux/utsname.h.
public struct UTSName: Sendable, BitwiseCopyable {
    /// The length of each field, NUL included (Linux `__NEW_UTS_LEN` + 1).
    @inlinable public static var fieldLength: Int { 65 }

    /// Operating system name ("Linux" on Linux; programs test it).
    public var sysname: InlineArray<65, UInt8>
    /// Host name.
    public var nodename: InlineArray<65, UInt8>
    /// Kernel release.
    public var release: InlineArray<65, UInt8>
    /// Kernel version (build description).
    public var version: InlineArray<65, UInt8>
    /// Hardware name, "x86_64".
    public var machine: InlineArray<65, UInt8>
    /// NIS domain name, "(none)" on Linux by default.
    public var domainname: InlineArray<65, UInt8>

    /// All fields empty.
    @inlinable
    public init() {
        sysname = InlineArray(repeating: 0)
        nodename = InlineArray(repeating: 0)
        release = InlineArray(repeating: 0)
        version = InlineArray(repeating: 0)
        machine = InlineArray(repeating: 0)
        domainname = InlineArray(repeating: 0)
    }

    /// A field holding `text`'s first 64 bytes, NUL-padded.
    public static func field(_ text: StaticString) -> InlineArray<65, UInt8> {
        var result = InlineArray<65, UInt8>(repeating: 0)
        text.withUTF8Buffer { bytes in
            for index in 0..<min(bytes.count, fieldLength - 1) { result[index] = bytes[index] }
        }
        return result
    }

    /// A field holding the first 64 bytes of `bytes`, NUL-padded (for sethostname values).
    public static func field(bytes: UnsafeRawBufferPointer) -> InlineArray<65, UInt8> {
        var result = InlineArray<65, UInt8>(repeating: 0)
        for index in 0..<min(bytes.count, fieldLength - 1) { result[index] = bytes[index] }
        return result
    }
}

/// System statistics: `struct sysinfo` of sysinfo(2), 112 bytes on x86_64; memory sizes
/// are in units of `mem_unit` bytes. Linux: include/uapi/linux/sysinfo.h.
public struct SysInfo: Sendable, BitwiseCopyable {
    /// Seconds since boot.
    public var uptime: Int64
    /// 1, 5 and 15 minute load averages, scaled by 2^16 (`SI_LOAD_SHIFT`).
    public var loads: InlineArray<3, UInt64>
    /// Total usable RAM.
    public var totalram: UInt64
    /// Free RAM.
    public var freeram: UInt64
    /// Shared memory.
    public var sharedram: UInt64
    /// Memory used by buffers.
    public var bufferram: UInt64
    /// Total swap.
    public var totalswap: UInt64
    /// Free swap.
    public var freeswap: UInt64
    /// Number of processes.
    public var procs: UInt16
    /// Padding; 0.
    public var pad: UInt16
    /// The padding C inserts before `totalhigh`; 0.
    public var __pad1: UInt32
    /// Total high memory (0 on x86_64).
    public var totalhigh: UInt64
    /// Free high memory (0 on x86_64).
    public var freehigh: UInt64
    /// The unit of the memory fields, in bytes.
    public var mem_unit: UInt32
    /// `_f` and the tail padding; 0.
    public var __reserved: UInt32

    /// All zero, `mem_unit` 1.
    @inlinable
    public init() {
        uptime = 0
        loads = InlineArray(repeating: 0)
        totalram = 0; freeram = 0; sharedram = 0; bufferram = 0; totalswap = 0; freeswap = 0
        procs = 0; pad = 0; __pad1 = 0; totalhigh = 0; freehigh = 0
        mem_unit = 1
        __reserved = 0
    }

    /// The shift of the fixed-point load averages (Linux `SI_LOAD_SHIFT`).
    @inlinable public static var SI_LOAD_SHIFT: Int { 16 }
}
