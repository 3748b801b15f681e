// execve's first phase up to the program image: follow `#!` scripts to the ELF program they
// name (argv rewritten as binfmt_script does, ELOOP past Shebang.maxRewrites), decide the
// new credentials (set-user-ID, AT_SECURE), and build the image. Nothing here touches the
// calling process, so any error leaves it exactly as it was.
import KernelCore
import LinuxABI

struct ExecPlan {
    let image: ProgramImage
    let credentials: Credentials
    /// The path execve was given: AT_EXECFN, and the process name's source.
    let path: [UInt8]
    /// argv as the program gets it (after #! rewrites): /proc/<pid>/cmdline.
    var arguments: [[UInt8]] = []
}

enum ExecProgram {
    static func prepare(path: [UInt8], argv: [[UInt8]], envp: [[UInt8]], for process: Process) throws(Errno) -> ExecPlan {
        var arguments = argv
        // Linux (since 5.18) never starts a program with argc == 0: it passes "" as argv[0].
        if arguments.isEmpty { arguments = [[]] }
        var current = path
        var rewrites = 0
        while true {
            let file = try VFS.openForExec(path: current, process: process)
            if Shebang.isScript(file.start) {
                guard rewrites < Shebang.maxRewrites else { throw .ELOOP }
                rewrites += 1
                let line = try Shebang.parse(file.start)
                arguments = Shebang.arguments(for: line, scriptPath: current, argv: arguments)
                current = line.interpreter
                continue
            }
            var credentials = process.credentials
            let secure = credentials.applyExec(mode: file.mode, owner: file.owner, group: file.group)
            let image = try ExecLoader.load(file, path: path, argv: arguments, envp: envp,
                                            credentials: credentials, secure: secure, stackLimit: process.limits.stack)
            return ExecPlan(image: image, credentials: credentials, path: path, arguments: arguments)
        }
    }
}
