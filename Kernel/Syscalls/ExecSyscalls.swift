// execve(2): phase one (ExecLoader) builds the new image and can fail without touching the
// caller; phase two, after the point of no return, swaps it in and rewrites the frame.
import KernelCore
import KernelSupport
import LinuxABI

enum ExecSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.execve, "execve", .bigLock, execve)
    }

    /// Linux PATH_MAX, the NUL included.
    static let pathMax = 4096
    /// Linux MAX_ARG_STRINGS.
    static let maxStrings = 0x7FFF_FFFF
    /// What argv + envp may take (strings, NULs and pointers) with the default 8 MiB stack
    /// limit; ExecStack checks the exact figure again when it lays the stack out.
    static let argumentSpace = ExecStack.argumentSpace(stackLimit: ExecLoader.stackLimit)

    /// Reads a NULL-terminated array of string pointers; a NULL array is empty (as Linux).
    /// E2BIG as soon as the strings cannot fit, so a huge argv is refused early.
    static func readStrings(_ address: UInt64, budget: inout Int) throws(Errno) -> [[UInt8]] {
        var result: [[UInt8]] = []
        guard address != 0 else { return result }
        var cursor = address
        while true {
            let pointer = try UserMemory.read(UInt64.self, at: cursor)
            if pointer == 0 { return result }
            let string: [UInt8]
            do throws(Errno) {
                string = try UserMemory.readString(at: pointer, limit: ExecStack.maxArgumentStringLength - 1)
            } catch {
                throw error == .ENAMETOOLONG ? .E2BIG : error
            }
            budget -= string.count + 1 + MemoryLayout<UInt64>.size
            guard budget >= 0, result.count < maxStrings else { throw .E2BIG }
            result.append(string)
            cursor += UInt64(MemoryLayout<UInt64>.size)
        }
    }

    /// Linux: execve(2).
    static func execve(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let path = try UserMemory.readString(at: args.a0, limit: pathMax - 1)
        guard !path.isEmpty else { throw .ENOENT }
        var budget = argumentSpace
        let argv = try readStrings(args.a1, budget: &budget)
        let envp = try readStrings(args.a2, budget: &budget)
        let plan = try ExecProgram.prepare(path: path, argv: argv, envp: envp, for: args.process)
        // Point of no return.
        commit(plan, to: args.process, thread: Scheduler.current, frame: args.frame)
        return 0
    }

    /// Swaps the new image in for the calling thread and resets what exec resets (Linux:
    /// begin_new_exec and setup_new_exec). Cannot fail.
    static func commit(_ plan: ExecPlan, to process: Process, thread: Thread, frame: UnsafeMutablePointer<TrapFrame>) {
        // The order matters (a tick may switch away anywhere here, and switching back loads
        // process.addressSpace): the new tables become the process's before they are in CR3,
        // and the old ones are freed only after CR3 has left them. The other order once left
        // CR3 on freed tables and the program faulting forever on its first instruction.
        let old = process.addressSpace
        install(plan, into: process)
        plan.image.space.activate()
        withExtendedLifetime(old) {}
        Signals.resetForExec(process, thread: thread)
        thread.fsBase = 0
        cpu_wrmsr(MSR_FS_BASE, 0)
        frame.pointee = UserMode.initialFrame(entry: plan.image.entry, stack: plan.image.stackPointer)
        process.releaseVforkParent()
    }

    /// The process-wide half of the commit, shared with starting init.
    static func install(_ plan: ExecPlan, into process: Process) {
        let image = plan.image
        process.addressSpace = image.space
        process.credentials = plan.credentials
        _ = process.files.removeCloseOnExec()
        let name = plan.path
        let base = name.lastIndex(of: UInt8(ascii: "/")).map { name.index(after: $0) } ?? name.startIndex
        let command = String(decoding: name[base...], as: UTF8.self)
        // Under the table's lock: the thread dump reads names from the timer interrupt.
        ProcessTable.lock.withLock { process.name = command }
        process.commandLine = plan.arguments.flatMap { $0 + [0] }
    }
}
