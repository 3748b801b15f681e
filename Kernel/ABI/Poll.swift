// poll(2)'s event bits and struct pollfd (include/uapi/asm-generic/poll.h).

/// Linux: poll(2) events and revents.
public enum PollEvents {
    @inlinable public static var POLLIN: Int16 { 0x001 }
    @inlinable public static var POLLPRI: Int16 { 0x002 }
    @inlinable public static var POLLOUT: Int16 { 0x004 }
    @inlinable public static var POLLERR: Int16 { 0x008 }
    @inlinable public static var POLLHUP: Int16 { 0x010 }
    @inlinable public static var POLLNVAL: Int16 { 0x020 }
    @inlinable public static var POLLRDNORM: Int16 { 0x040 }
    @inlinable public static var POLLWRNORM: Int16 { 0x100 }
    /// What a file that never blocks reports (Linux DEFAULT_POLLMASK).
    @inlinable public static var defaultMask: Int16 { POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM }
    /// Reported whether asked for or not.
    @inlinable public static var alwaysReported: Int16 { POLLERR | POLLHUP | POLLNVAL }
}

/// `struct pollfd`, 8 bytes.
public struct PollFD: Equatable, Sendable, BitwiseCopyable {
    public var fd: Int32
    public var events: Int16
    public var revents: Int16

    @inlinable public init(fd: Int32, events: Int16, revents: Int16) {
        self.fd = fd
        self.events = events
        self.revents = revents
    }
}
