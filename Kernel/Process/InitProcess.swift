// Starting PID 1 from the command line's `init=` path (default /sbin/init), as Linux's
// kernel_init does. If init cannot start, the kernel says why and stops.
import KernelCore
import KernelSupport
import LinuxABI

enum InitProcess {
    static func start(path: String, commandLine: String) {
        let pathBytes = Array(path.utf8)
        let argv = [pathBytes]
        let envp: [[UInt8]] = [Array("HOME=/".utf8), Array("TERM=linux".utf8), Array("PATH=/sbin:/bin:/usr/sbin:/usr/bin".utf8)]
        do throws(Errno) {
            let (file, mode) = try Initrd.lookup(pathBytes)
            guard mode.isRegular else { throw .EACCES }
            let image = try ExecLoader.load(file: file, path: pathBytes, argv: argv, envp: envp)
            guard let process = ProcessTable.create(parent: nil, name: path, addressSpace: image.space) else { throw .EAGAIN }
            process.brkStart = image.brk
            process.brkEnd = image.brk
            // Linux's console_on_rootfs: init gets /dev/console as fds 0, 1 and 2.
            let console = ConsoleTTY.open(flags: .O_RDWR)
            for _ in 0..<3 { _ = try process.files.allocate(console) }
            let frame = UserMode.initialFrame(entry: image.entry, stack: image.stackPointer)
            guard UserMode.spawnThread(for: process, frame: frame, fsBase: 0) != nil else { throw .ENOMEM }
            Log.info("init: started " + path + " as pid " + String(process.pid))
        } catch {
            Log.error("init: cannot run " + path + ": " + String(describingStatic: error.name))
            Machine.stop(passed: false)
        }
    }
}
