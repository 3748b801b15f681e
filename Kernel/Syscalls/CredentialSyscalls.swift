// User and group ids: the get/set family over Process.credentials, whose rules are
// KernelCore.Credentials (host-tested). Linux: kernel/sys.c, kernel/groups.c.
import KernelCore
import LinuxABI

enum CredentialSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.getuid, "getuid", .bigLock) { args throws(Errno) in Int64(args.process.credentials.uid) }
        table.add(SyscallNumber.geteuid, "geteuid", .bigLock) { args throws(Errno) in Int64(args.process.credentials.euid) }
        table.add(SyscallNumber.getgid, "getgid", .bigLock) { args throws(Errno) in Int64(args.process.credentials.gid) }
        table.add(SyscallNumber.getegid, "getegid", .bigLock) { args throws(Errno) in Int64(args.process.credentials.egid) }
        table.add(SyscallNumber.setuid, "setuid", .bigLock) { args throws(Errno) in
            try args.process.credentials.setUID(id(args.a0)); return 0
        }
        table.add(SyscallNumber.setgid, "setgid", .bigLock) { args throws(Errno) in
            try args.process.credentials.setGID(id(args.a0)); return 0
        }
        table.add(SyscallNumber.setreuid, "setreuid", .bigLock) { args throws(Errno) in
            try args.process.credentials.setREUID(real: id(args.a0), effective: id(args.a1)); return 0
        }
        table.add(SyscallNumber.setregid, "setregid", .bigLock) { args throws(Errno) in
            try args.process.credentials.setREGID(real: id(args.a0), effective: id(args.a1)); return 0
        }
        table.add(SyscallNumber.setresuid, "setresuid", .bigLock) { args throws(Errno) in
            try args.process.credentials.setRESUID(real: id(args.a0), effective: id(args.a1), saved: id(args.a2)); return 0
        }
        table.add(SyscallNumber.setresgid, "setresgid", .bigLock) { args throws(Errno) in
            try args.process.credentials.setRESGID(real: id(args.a0), effective: id(args.a1), saved: id(args.a2)); return 0
        }
        table.add(SyscallNumber.getresuid, "getresuid", .bigLock, getresuid)
        table.add(SyscallNumber.getresgid, "getresgid", .bigLock, getresgid)
        table.add(SyscallNumber.getgroups, "getgroups", .bigLock, getgroups)
        table.add(SyscallNumber.setgroups, "setgroups", .bigLock, setgroups)
    }

    /// uid_t and gid_t are 32 bits: the upper half of the register is ignored, as Linux.
    static func id(_ value: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: value) }

    static func getresuid(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let c = args.process.credentials
        try UserMemory.write(c.uid, to: args.a0)
        try UserMemory.write(c.euid, to: args.a1)
        try UserMemory.write(c.suid, to: args.a2)
        return 0
    }

    static func getresgid(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let c = args.process.credentials
        try UserMemory.write(c.gid, to: args.a0)
        try UserMemory.write(c.egid, to: args.a1)
        try UserMemory.write(c.sgid, to: args.a2)
        return 0
    }

    /// Linux NGROUPS_MAX.
    static let maxGroups = 65536

    /// Linux: getgroups(2): size 0 asks for the count; a smaller buffer is EINVAL.
    static func getgroups(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let groups = args.process.credentials.groups
        let size = Int(Int32(truncatingIfNeeded: args.a0))
        guard size >= 0 else { throw .EINVAL }
        if size == 0 { return Int64(groups.count) }
        guard size >= groups.count else { throw .EINVAL }
        for (index, group) in groups.enumerated() { try UserMemory.write(group, to: args.a1 + UInt64(index * 4)) }
        return Int64(groups.count)
    }

    /// Linux: setgroups(2).
    static func setgroups(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let size = Int(Int32(truncatingIfNeeded: args.a0))
        guard size >= 0, size <= maxGroups else { throw .EINVAL }
        var groups: [UInt32] = []
        for index in 0..<size { groups.append(try UserMemory.read(UInt32.self, at: args.a1 + UInt64(index * 4))) }
        try args.process.credentials.setGroups(groups)
        return 0
    }
}
