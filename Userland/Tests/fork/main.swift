// fork(2) and wait4(2) from Swift: the child's copy of memory, exit codes and signals in
// the wait status, WNOHANG, ECHILD, and reaping several children in any order.
import Runtime
import TestKit

nonisolated(unsafe) var shared = 7

@main struct ForkTest: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let t = TestRun()
        let parent = getpid()

        let exited = t.inChild { 42 }
        t.check(exited?.exited == true && exited?.exitCode == 42, "exit status 42 comes back through wait4")

        let ppid = t.inChild { getppid() == parent ? 0 : 1 }
        t.check(ppid?.exitCode == 0, "the child's getppid() is the parent's getpid()")

        let pidDiffers = t.inChild { getpid() != parent ? 0 : 1 }
        t.check(pidDiffers?.exitCode == 0, "the child has a pid of its own")

        let copy = t.inChild {
            shared = 99
            var array = [1, 2, 3]
            array.append(4)
            return shared == 99 && array.count == 4 ? 0 : 1
        }
        t.check(copy?.exitCode == 0, "the child can write its copy of globals and allocate")
        t.check(shared == 7, "the child's write did not reach the parent's memory")

        let killed = t.inChild {
            try? kill(getpid(), .SIGKILL)
            return 0
        }
        t.check(killed?.signaled == true && killed?.terminationSignal == Signal.SIGKILL.rawValue,
                "a child killed by SIGKILL is reported as signaled with SIGKILL")

        // WNOHANG while the child is still blocked on a pipe it will never get data from
        // until we close our end.
        if let pipe = try? pipe2(), let pid = try? fork() {
            if pid.rawValue == 0 {
                try? close(pipe.write)
                let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1, alignment: 1)
                let n = (try? read(pipe.read, buffer)) ?? -1
                exitImmediately(n == 0 ? 5 : 6)
            }
            try? close(pipe.read)
            let early = try? wait4(pid, options: .WNOHANG)
            t.check(early?.pid.rawValue == 0, "WNOHANG returns 0 while the child runs")
            try? close(pipe.write)
            let late = try? waitForChild(pid)
            t.check(late?.pid == pid && late?.status.exitCode == 5, "closing the write end lets the child see EOF and exit")
        } else {
            t.check(false, "pipe2 and fork for the WNOHANG test")
        }

        var children: [Pid] = []
        for code in 1...3 {
            if let pid = try? fork() {
                if pid.rawValue == 0 { exitImmediately(Int32(code * 10)) }
                children.append(pid)
            }
        }
        var codes: [Int32] = []
        for _ in 0..<children.count {
            if let r = try? waitForChild(.anyChild), children.contains(r.pid) { codes.append(r.status.exitCode) }
        }
        codes.sort()
        t.check(codes == [10, 20, 30], "wait4(-1) reaps three children, each once, with its own code")
        t.checkErrno(.ECHILD, "wait4(-1) with no children left fails with ECHILD") { () throws(Errno) in
            _ = try wait4(.anyChild)
        }
        return t.finish()
    }
}
