// The magic numbers and commands of reboot(2) (include/uapi/linux/reboot.h).

/// reboot(2)'s magic numbers and commands. Linux: include/uapi/linux/reboot.h.
public enum Reboot {
    /// The first magic argument (Linux `LINUX_REBOOT_MAGIC1`).
    @inlinable public static var LINUX_REBOOT_MAGIC1: UInt32 { 0xFEE1_DEAD }
    /// A valid second magic: 28 Dec 1969 (Linux `LINUX_REBOOT_MAGIC2`).
    @inlinable public static var LINUX_REBOOT_MAGIC2: UInt32 { 672_274_793 }
    /// A valid second magic (Linux `LINUX_REBOOT_MAGIC2A`).
    @inlinable public static var LINUX_REBOOT_MAGIC2A: UInt32 { 85_072_278 }
    /// A valid second magic (Linux `LINUX_REBOOT_MAGIC2B`).
    @inlinable public static var LINUX_REBOOT_MAGIC2B: UInt32 { 369_367_448 }
    /// A valid second magic (Linux `LINUX_REBOOT_MAGIC2C`).
    @inlinable public static var LINUX_REBOOT_MAGIC2C: UInt32 { 537_993_216 }

    /// Restart the machine (Linux `LINUX_REBOOT_CMD_RESTART`).
    @inlinable public static var LINUX_REBOOT_CMD_RESTART: UInt32 { 0x0123_4567 }
    /// Halt (Linux `LINUX_REBOOT_CMD_HALT`).
    @inlinable public static var LINUX_REBOOT_CMD_HALT: UInt32 { 0xCDEF_0123 }
    /// Ctrl-Alt-Del reboots (Linux `LINUX_REBOOT_CMD_CAD_ON`).
    @inlinable public static var LINUX_REBOOT_CMD_CAD_ON: UInt32 { 0x89AB_CDEF }
    /// Ctrl-Alt-Del sends SIGINT to init (Linux `LINUX_REBOOT_CMD_CAD_OFF`).
    @inlinable public static var LINUX_REBOOT_CMD_CAD_OFF: UInt32 { 0x0000_0000 }
    /// Power off (Linux `LINUX_REBOOT_CMD_POWER_OFF`).
    @inlinable public static var LINUX_REBOOT_CMD_POWER_OFF: UInt32 { 0x4321_FEDC }
    /// Restart with a command string (Linux `LINUX_REBOOT_CMD_RESTART2`).
    @inlinable public static var LINUX_REBOOT_CMD_RESTART2: UInt32 { 0xA1B2_C3D4 }

    /// True when `magic1`/`magic2` are what reboot(2) requires (else EINVAL).
    @inlinable
    public static func isValidMagic(_ magic1: UInt32, _ magic2: UInt32) -> Bool {
        magic1 == LINUX_REBOOT_MAGIC1
            && (magic2 == LINUX_REBOOT_MAGIC2 || magic2 == LINUX_REBOOT_MAGIC2A
                || magic2 == LINUX_REBOOT_MAGIC2B || magic2 == LINUX_REBOOT_MAGIC2C)
    }
}
