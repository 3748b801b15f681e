// The syscall table: number → handler and lock policy (SerenityOS-style: each syscall
// states whether it runs under the process big lock). Handlers live in *Syscalls.swift
// files by area.
import LinuxABI

enum SyscallTable {
    static let size = 512
    nonisolated(unsafe) private static var entries: [SyscallEntry?] = []

    /// Builds the table; called once at boot before any user code runs.
    static func initialise() {
        var table = [SyscallEntry?](repeating: nil, count: size)
        func add(_ number: Int, _ name: StaticString, _ policy: SyscallLockPolicy,
                 _ handler: @escaping SyscallHandler) {
            table[number] = SyscallEntry(name: name, policy: policy, handler: handler)
        }
        add(SyscallNumber.write, "write", .bigLock, ConsoleSyscalls.write)
        add(SyscallNumber.writev, "writev", .bigLock, ConsoleSyscalls.writev)
        add(SyscallNumber.ioctl, "ioctl", .bigLock, ConsoleSyscalls.ioctl)
        add(SyscallNumber.exit, "exit", .unlocked, ProcessSyscalls.exit)
        add(SyscallNumber.exit_group, "exit_group", .unlocked, ProcessSyscalls.exit)
        add(SyscallNumber.getpid, "getpid", .unlocked, ProcessSyscalls.getpid)
        add(SyscallNumber.gettid, "gettid", .unlocked, ProcessSyscalls.gettid)
        add(SyscallNumber.getppid, "getppid", .bigLock, ProcessSyscalls.getppid)
        add(SyscallNumber.getuid, "getuid", .unlocked, ProcessSyscalls.zeroID)
        add(SyscallNumber.geteuid, "geteuid", .unlocked, ProcessSyscalls.zeroID)
        add(SyscallNumber.getgid, "getgid", .unlocked, ProcessSyscalls.zeroID)
        add(SyscallNumber.getegid, "getegid", .unlocked, ProcessSyscalls.zeroID)
        add(SyscallNumber.sched_yield, "sched_yield", .unlocked, ProcessSyscalls.schedYield)
        add(SyscallNumber.fork, "fork", .bigLock, ProcessSyscalls.fork)
        add(SyscallNumber.wait4, "wait4", .bigLock, ProcessSyscalls.wait4)
        add(SyscallNumber.arch_prctl, "arch_prctl", .bigLock, ProcessSyscalls.archPrctl)
        add(SyscallNumber.set_tid_address, "set_tid_address", .bigLock, ProcessSyscalls.setTidAddress)
        add(SyscallNumber.uname, "uname", .unlocked, SystemSyscalls.uname)
        add(SyscallNumber.clock_gettime, "clock_gettime", .unlocked, SystemSyscalls.clockGettime)
        add(SyscallNumber.nanosleep, "nanosleep", .unlocked, SystemSyscalls.nanosleep)
        add(SyscallNumber.brk, "brk", .bigLock, MemorySyscalls.brk)
        add(SyscallNumber.mmap, "mmap", .bigLock, MemorySyscalls.mmap)
        add(SyscallNumber.munmap, "munmap", .bigLock, MemorySyscalls.munmap)
        add(SyscallNumber.execve, "execve", .bigLock, ExecSyscalls.execve)
        entries = table
    }

    static func entry(_ number: UInt64) -> SyscallEntry? {
        number < UInt64(entries.count) ? entries[Int(number)] : nil
    }
}
