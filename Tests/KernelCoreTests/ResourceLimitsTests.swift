// ResourceLimits: Linux's init defaults and do_prlimit's rules.
import Testing
import LinuxABI
@testable import KernelCore

@Suite struct ResourceLimitsTests {
    @Test func defaults() throws {
        let limits = ResourceLimits()
        #expect(try limits.get(RLimit.RLIMIT_NOFILE) == RLimit(rlim_cur: 1024, rlim_max: 4096))
        #expect(try limits.get(RLimit.RLIMIT_STACK) == RLimit(rlim_cur: 8 << 20, rlim_max: RLimit.RLIM_INFINITY))
        #expect(try limits.get(RLimit.RLIMIT_CORE).rlim_cur == 0)
        #expect(try limits.get(RLimit.RLIMIT_CPU) == RLimit.unlimited)
        #expect(limits.openFiles == 1024)
    }

    @Test(arguments: [Int32(-1), 16, 17, Int32.max, Int32.min])
    func unknownResourceIsEINVAL(resource: Int32) {
        var limits = ResourceLimits()
        #expect(throws: Errno.EINVAL) { try limits.get(resource) }
        #expect(throws: Errno.EINVAL) { try limits.set(resource, to: RLimit.unlimited, privileged: true) }
    }

    @Test func softAboveHardIsEINVAL() {
        var limits = ResourceLimits()
        #expect(throws: Errno.EINVAL) { try limits.set(RLimit.RLIMIT_NOFILE, to: RLimit(rlim_cur: 10, rlim_max: 9), privileged: true) }
    }

    @Test func raisingTheHardLimitNeedsPrivilege() throws {
        var limits = ResourceLimits()
        try limits.set(RLimit.RLIMIT_NOFILE, to: RLimit(rlim_cur: 64, rlim_max: 128), privileged: false)
        #expect(limits.openFiles == 64)
        #expect(throws: Errno.EPERM) { try limits.set(RLimit.RLIMIT_NOFILE, to: RLimit(rlim_cur: 64, rlim_max: 129), privileged: false) }
        try limits.set(RLimit.RLIMIT_NOFILE, to: RLimit(rlim_cur: 200, rlim_max: 4096), privileged: true)
        #expect(limits.openFiles == 200)
    }

    @Test func openFilesCeiling() throws {
        var limits = ResourceLimits()
        try limits.set(RLimit.RLIMIT_NOFILE, to: RLimit(rlim_cur: 1 << 20, rlim_max: 1 << 20), privileged: true)
        #expect(throws: Errno.EPERM) {
            try limits.set(RLimit.RLIMIT_NOFILE, to: RLimit(rlim_cur: 1, rlim_max: (1 << 20) + 1), privileged: true)
        }
    }
}
