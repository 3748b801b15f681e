// execve(2): phase one (ExecLoader) builds the new image and can fail without touching the
// caller; phase two, after the point of no return, swaps it in and rewrites the frame.
import KernelCore
import KernelSupport
import LinuxABI

enum ExecSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.execve, "execve", .bigLock, execve)
    }

    static let pathMax = 4096
    /// Linux MAX_ARG_STRINGS and MAX_ARG_STRLEN (32 pages).
    static let maxStrings = 0x7FFF_FFFF
    static let maxStringLength = 32 * 4096

    /// Reads a NULL-terminated array of string pointers; a NULL array is empty (as Linux).
    static func readStrings(_ address: UInt64) throws(Errno) -> [[UInt8]] {
        var result: [[UInt8]] = []
        guard address != 0 else { return result }
        var cursor = address
        while true {
            let pointer = try UserMemory.read(UInt64.self, at: cursor)
            if pointer == 0 { return result }
            do throws(Errno) {
                result.append(try UserMemory.readString(at: pointer, limit: maxStringLength))
            } catch {
                throw error == .ENAMETOOLONG ? .E2BIG : error
            }
            guard result.count < maxStrings else { throw .E2BIG }
            cursor += 8
        }
    }

    /// Linux: execve(2).
    static func execve(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let path = try UserMemory.readString(at: args.a0, limit: pathMax - 1)
        guard !path.isEmpty else { throw .ENOENT }
        let argv = try readStrings(args.a1)
        let envp = try readStrings(args.a2)
        let (file, mode) = try Initrd.lookup(path)
        guard mode.isRegular else { throw .EACCES }
        guard mode.rawValue & 0o111 != 0 else { throw .EACCES }
        let image = try ExecLoader.load(file: file, path: path, argv: argv, envp: envp)
        // Point of no return.
        commit(image, to: args.process, thread: Scheduler.current, name: path, frame: args.frame)
        return 0
    }

    static func commit(_ image: ProgramImage, to process: Process, thread: Thread, name: [UInt8],
                       frame: UnsafeMutablePointer<TrapFrame>) {
        image.space.activate()
        process.addressSpace = image.space
        process.brkStart = image.brk
        process.brkEnd = image.brk
        process.mmapNext = Process.mmapTop
        let base = name.lastIndex(of: UInt8(ascii: "/")).map { name.index(after: $0) } ?? name.startIndex
        process.name = String(decoding: name[base...], as: UTF8.self)
        Signals.resetForExec(process, thread: thread)
        thread.fsBase = 0
        cpu_wrmsr(MSR_FS_BASE, 0)
        frame.pointee = UserMode.initialFrame(entry: image.entry, stack: image.stackPointer)
    }
}
