// Command substitution (POSIX XCU 2.6.3): the commands run in a forked child whose
// standard output is a pipe the shell reads to the end; the child's status is kept for
// `$?` of a command that is only assignments (`x=$(false); echo $?` prints 1).
import Runtime
import ShellCore

extension Shell: CommandSubstituting {
    func assign(_ name: String, _ value: String) throws(ExpansionError) {
        guard context.variables.set(name, value) else { throw ExpansionError(name + ": is read only") }
    }

    func substitute(_ commands: [ListItem]) -> String {
        flushStandardOutput()
        guard let (readEnd, writeEnd) = try? pipe2([.O_CLOEXEC]) else { complain("pipe failed"); return "" }
        guard let child = try? fork() else {
            complain("fork failed")
            try? close(readEnd); try? close(writeEnd)
            return ""
        }
        if child.rawValue == 0 {
            try? close(readEnd)
            _ = try? dup2(writeEnd, .standardOutput)
            try? close(writeEnd)
            if interactive { restoreDefaultSignals() }
            resetTrapsInChild()
            interactive = false
            jobs = []
            let status = run(commands)
            exit(runExitTrap(exitRequested ?? status))
        }
        try? close(writeEnd)
        var output: [UInt8] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let n: Int
            do { n = try read(readEnd, buffer) } catch {
                if error == .EINTR { continue }
                break
            }
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
        }
        try? close(readEnd)
        if let (_, ws) = try? waitForChild(child) { substitutionStatus = Shell.statusCode(ws) }
        return String(decoding: output, as: UTF8.self)
    }
}
