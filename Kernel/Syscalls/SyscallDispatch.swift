// syscall_dispatch: the one place a syscall's number picks its handler, its lock policy is
// applied, and a typed error becomes -errno (ARCHITECTURE.md §7: errors are values inside,
// -errno at one exit point). The table itself is SyscallTable.swift.
import KernelCore
import KernelSupport
import LinuxABI

/// The six argument registers of the Linux x86_64 syscall ABI, and the frame for the few
/// syscalls that rewrite user registers (fork, execve, rt_sigreturn).
struct SyscallArguments {
    let frame: UnsafeMutablePointer<TrapFrame>
    var a0: UInt64 { frame.pointee.rdi }
    var a1: UInt64 { frame.pointee.rsi }
    var a2: UInt64 { frame.pointee.rdx }
    var a3: UInt64 { frame.pointee.r10 }
    var a4: UInt64 { frame.pointee.r8 }
    var a5: UInt64 { frame.pointee.r9 }
    var process: Process { Scheduler.current.process! }
}

typealias SyscallHandler = (SyscallArguments) throws(Errno) -> Int64

enum SyscallLockPolicy { case bigLock, unlocked }

struct SyscallEntry {
    let name: StaticString
    let policy: SyscallLockPolicy
    let handler: SyscallHandler
}

enum SyscallLog {
    nonisolated(unsafe) private static var reported = [UInt64](repeating: 0, count: 8)

    /// Creates the bitmap at boot rather than at the first unknown syscall.
    static func initialise() { _ = reported.count }

    /// Logs an unknown syscall number the first time it is seen.
    static func unknown(_ number: UInt64) {
        let index = Int(min(number, 511))
        let (word, bit) = (index / 64, UInt64(1) << UInt64(index % 64))
        if reported[word] & bit != 0 { return }
        reported[word] |= bit
        Log.warn("syscall: unknown syscall " + String(number) + " (ENOSYS)")
    }
}

/// Returns nonzero when the frame must return through iretq (the sysret fast path cannot
/// restore it: a non-canonical or kernel rip).
@_cdecl("syscall_dispatch")
func syscallDispatch(_ frame: UnsafeMutablePointer<TrapFrame>) -> UInt64 {
    cpu_sti()
    let number = frame.pointee.rax
    let arguments = SyscallArguments(frame: frame)
    var result: Int64
    var restart: Errno? = nil
    if let entry = SyscallTable.entry(number) {
        // Unretained: exit and a fatal signal never return here, and a retain held in this
        // frame would leak the process.
        unowned(unsafe) let process = arguments.process
        if entry.policy == .bigLock { process.bigLock.lock() }
        do throws(Errno) {
            result = try entry.handler(arguments)
        } catch {
            result = -Int64(error.rawValue)
            if error.isRestart { restart = error }
        }
        if entry.policy == .bigLock { process.bigLock.unlock() }
    } else {
        SyscallLog.unknown(number)
        result = -Int64(Errno.ENOSYS.rawValue)
    }
    frame.pointee.rax = UInt64(bitPattern: result)
    // Signals, and what they make of a restart code (EINTR or the syscall again).
    let replaced = SignalDelivery.beforeReturnToUser(frame, syscall: number, restartError: restart)
    cpu_cli()
    return frame.pointee.rip < AddressSpaceLayout.userTop && !replaced ? 0 : 1
}
