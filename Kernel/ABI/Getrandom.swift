// The flags of getrandom(2) (include/uapi/linux/random.h).

/// getrandom(2) flags. Linux: include/uapi/linux/random.h.
public struct GetrandomFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Fail with EAGAIN instead of blocking (Linux `GRND_NONBLOCK`).
    @inlinable public static var GRND_NONBLOCK: GetrandomFlags { GetrandomFlags(rawValue: 0x1) }
    /// Draw from the blocking pool (Linux `GRND_RANDOM`).
    @inlinable public static var GRND_RANDOM: GetrandomFlags { GetrandomFlags(rawValue: 0x2) }
    /// Return possibly uninitialised randomness (Linux `GRND_INSECURE`).
    @inlinable public static var GRND_INSECURE: GetrandomFlags { GetrandomFlags(rawValue: 0x4) }

    /// Every flag Linux knows; others are EINVAL.
    @inlinable public static var all: GetrandomFlags { [.GRND_NONBLOCK, .GRND_RANDOM, .GRND_INSECURE] }
}
