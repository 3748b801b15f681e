// A process's resource limits (Linux: signal_struct.rlim) with the defaults Linux gives
// init and the rules setrlimit/prlimit64 apply. Inherited by fork, kept across exec.
import LinuxABI

public struct ResourceLimits: Equatable, Sendable {
    private var limits: [RLimit]

    /// Linux's sysctl fs.nr_open default: the ceiling for RLIMIT_NOFILE.
    public static let maxOpenFiles: UInt64 = 1 << 20

    /// Linux's boot defaults (include/asm-generic/resource.h INIT_RLIMITS).
    public init() {
        let infinity = RLimit.unlimited
        limits = [RLimit](repeating: infinity, count: Int(RLimit.RLIM_NLIMITS))
        limits[Int(RLimit.RLIMIT_STACK)] = RLimit.defaultStack
        limits[Int(RLimit.RLIMIT_CORE)] = RLimit(rlim_cur: 0, rlim_max: RLimit.RLIM_INFINITY)
        limits[Int(RLimit.RLIMIT_NOFILE)] = RLimit.defaultNoFile
        limits[Int(RLimit.RLIMIT_MEMLOCK)] = RLimit(rlim_cur: 8 << 20, rlim_max: 8 << 20)
        limits[Int(RLimit.RLIMIT_MSGQUEUE)] = RLimit(rlim_cur: 819_200, rlim_max: 819_200)
        limits[Int(RLimit.RLIMIT_NICE)] = RLimit(rlim_cur: 0, rlim_max: 0)
        limits[Int(RLimit.RLIMIT_RTPRIO)] = RLimit(rlim_cur: 0, rlim_max: 0)
    }

    /// The limit of `resource`; EINVAL for a resource Linux does not have.
    public func get(_ resource: Int32) throws(Errno) -> RLimit {
        guard resource >= 0, resource < RLimit.RLIM_NLIMITS else { throw .EINVAL }
        return limits[Int(resource)]
    }

    /// Linux: do_prlimit. EINVAL for an unknown resource or a soft limit above the hard
    /// one; EPERM for raising the hard limit without privilege or RLIMIT_NOFILE past nr_open.
    public mutating func set(_ resource: Int32, to new: RLimit, privileged: Bool) throws(Errno) {
        let old = try get(resource)
        guard new.rlim_cur <= new.rlim_max else { throw .EINVAL }
        if resource == RLimit.RLIMIT_NOFILE, new.rlim_max > ResourceLimits.maxOpenFiles { throw .EPERM }
        guard new.rlim_max <= old.rlim_max || privileged else { throw .EPERM }
        limits[Int(resource)] = new
    }

    /// The soft RLIMIT_NOFILE as a descriptor count.
    public var openFiles: Int { Int(clamping: limits[Int(RLimit.RLIMIT_NOFILE)].rlim_cur) }

    /// The soft RLIMIT_STACK in bytes.
    public var stack: UInt64 { limits[Int(RLimit.RLIMIT_STACK)].rlim_cur }
}
