// Starting PID 1 from the command line's `init=` path (default /sbin/init), as Linux's
// kernel_init does: the console as fds 0–2, the command-line words the kernel does not read
// as extra arguments and environment, then the same exec path as execve (scripts and all).
// If init cannot start, the kernel says why and stops.
import KernelCore
import KernelSupport
import LinuxABI

enum InitProcess {
    /// Linux's envp_init: what init's environment starts with.
    static let environment = ["HOME=/", "TERM=linux", "PATH=/sbin:/bin:/usr/sbin:/usr/bin"]

    static func start(_ options: KernelCommandLine) {
        let path = options.initPath
        let pathBytes = Array(path.utf8)
        let extra = options.initArguments
        do throws(Errno) {
            guard let process = ProcessTable.create(parent: nil, name: path, addressSpace: nil) else { throw .EAGAIN }
            // Linux's console_on_rootfs: init gets /dev/console as fds 0, 1 and 2.
            let console = ConsoleTTY.open(flags: .O_RDWR)
            for _ in 0..<3 { _ = try process.files.allocate(console) }
            let argv = [pathBytes] + extra.argv.map { Array($0.utf8) }
            let envp = (environment + extra.environment).map { Array($0.utf8) }
            let plan = try ExecProgram.prepare(path: pathBytes, argv: argv, envp: envp, for: process)
            ExecSyscalls.install(plan, into: process)
            let frame = UserMode.initialFrame(entry: plan.image.entry, stack: plan.image.stackPointer)
            guard UserMode.spawnThread(for: process, frame: frame, fsBase: 0) != nil else { throw .ENOMEM }
            Log.info("init: started " + path + " as pid " + String(process.pid))
        } catch {
            Log.error("init: cannot run " + path + ": " + String(describingStatic: error.name))
            Machine.stop(passed: false)
        }
    }
}
