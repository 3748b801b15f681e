// Pipes from Swift: a round trip in one process, 256 KiB through a pipe between two
// processes (more than the pipe holds, so both sides block), EOF, and EPIPE.
import Runtime
import TestKit

@main struct PipeTest: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let t = TestRun()
        guard let p = t.checkNoThrow("pipe2", { () throws(Errno) in try pipe2() }) else { return t.finish() }
        let message: [UInt8] = Array("hello through a pipe".utf8)
        let written = message.withUnsafeBytes { try? write(p.write, $0) }
        t.check(written == message.count, "write puts all 20 bytes into an empty pipe")
        var back = [UInt8](repeating: 0, count: 64)
        let got = back.withUnsafeMutableBytes { try? read(p.read, $0) }
        t.check(got == message.count && Array(back[0..<message.count]) == message, "read returns exactly those bytes")
        try? close(p.write)
        let eof = back.withUnsafeMutableBytes { try? read(p.read, $0) }
        t.check(eof == 0, "read returns 0 (EOF) once every write end is closed")
        try? close(p.read)

        // 256 KiB from a child, in a pattern the reader checks byte by byte.
        let total = 256 * 1024
        if let q = try? pipe2(), let pid = try? fork() {
            if pid.rawValue == 0 {
                try? close(q.read)
                var chunk = [UInt8](repeating: 0, count: 3000)
                var sent = 0
                while sent < total {
                    let n = min(chunk.count, total - sent)
                    for i in 0..<n { chunk[i] = UInt8(truncatingIfNeeded: (sent + i) % 251) }
                    let ok: Bool = chunk.withUnsafeBytes { (try? writeAll(q.write, UnsafeRawBufferPointer(rebasing: $0[0..<n]))) != nil }
                    if !ok { exitImmediately(3) }
                    sent += n
                }
                exitImmediately(0)
            }
            try? close(q.write)
            var received = 0
            var intact = true
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 7000, alignment: 1)
            while let n = try? read(q.read, buffer), n > 0 {
                for i in 0..<n where buffer[i] != UInt8(truncatingIfNeeded: (received + i) % 251) { intact = false }
                received += n
            }
            buffer.deallocate()
            try? close(q.read)
            let status = try? waitForChild(pid).status
            t.check(received == total, "256 KiB arrive through a pipe, reader and writer blocking in turn")
            t.check(intact, "every byte arrives in order")
            t.check(status?.exitCode == 0, "the writer saw no error")
        } else {
            t.check(false, "pipe2 and fork for the bulk transfer")
        }

        // EPIPE: with SIGPIPE ignored, writing to a pipe without readers fails.
        _ = try? sigaction(.SIGPIPE, .ignore)
        if let r = try? pipe2() {
            try? close(r.read)
            let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: 8, alignment: 1)
            bytes.initializeMemory(as: UInt8.self, repeating: 0x41)
            t.checkErrno(.EPIPE, "write to a pipe whose read end is closed fails with EPIPE (SIGPIPE ignored)") { () throws(Errno) in
                _ = try write(r.write, UnsafeRawBufferPointer(bytes))
            }
            bytes.deallocate()
            try? close(r.write)
        }
        _ = try? sigaction(.SIGPIPE, .default)
        let killed = t.inChild {
            guard let r = try? pipe2() else { return 1 }
            try? close(r.read)
            _ = message.withUnsafeBytes { try? write(r.write, $0) }
            return 2
        }
        t.check(killed?.signaled == true && killed?.terminationSignal == Signal.SIGPIPE.rawValue,
                "with SIGPIPE at its default, that write kills the writer with SIGPIPE")
        return t.finish()
    }
}
