// QEMU's human monitor on a pair of FIFOs (`-chardev pipe,path=P`: QEMU reads P.in and
// writes P.out), created in the boot's temporary directory when --monitor or --keys ask
// for it. Both ends are opened read-write, so neither side blocks waiting for the other.
import Glibc
import RunnerKit

final class MonitorPipe {
    let path: String
    private var input: Int32
    private var output: Int32

    private init(path: String, input: Int32, output: Int32) {
        self.path = path
        self.input = input
        self.output = output
    }

    /// The FIFOs under `directory`, or nil when no monitor is wanted.
    static func create(in directory: String, wanted: Bool) throws(RunnerError) -> MonitorPipe? {
        guard wanted else { return nil }
        let path = directory + "/monitor"
        for suffix in [".in", ".out"] where mkfifo(path + suffix, 0o600) != 0 {
            throw RunnerError("cannot create the monitor FIFO \(path + suffix): \(String(cString: strerror(errno)))")
        }
        let input = open(path + ".in", O_RDWR | O_CLOEXEC)
        // QEMU's answers are read by nobody; O_NONBLOCK reads keep the pipe from filling.
        let output = open(path + ".out", O_RDWR | O_NONBLOCK | O_CLOEXEC)
        guard input >= 0, output >= 0 else { throw RunnerError("cannot open the monitor FIFOs under \(directory)") }
        return MonitorPipe(path: path, input: input, output: output)
    }

    /// Writes one command line; drains whatever QEMU answered so far.
    func send(_ command: String) -> Bool {
        drain()
        let bytes = Array((command + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
        return written == bytes.count
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(output, $0.baseAddress, $0.count) }) > 0 {}
    }

    func close() {
        if input >= 0 { Glibc.close(input); input = -1 }
        if output >= 0 { Glibc.close(output); output = -1 }
    }
}
