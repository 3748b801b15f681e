// Files, directories, time and identity from Swift: the LinuxABI structures the Runtime
// hands the kernel have Linux's sizes, and stat/getdents64/getcwd/chdir/clock_gettime/
// nanosleep/uname/getrandom return what Linux returns.
import Runtime
import TestKit

@main struct SystemTest: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let t = TestRun()
        t.check(MemoryLayout<Stat>.size == 144, "struct stat is 144 bytes")
        t.check(MemoryLayout<Timespec>.size == 16, "struct timespec is 16 bytes")
        t.check(MemoryLayout<KernelSigaction>.size == 32, "the kernel's struct sigaction is 32 bytes")
        t.check(MemoryLayout<UTSName>.size == 390, "struct utsname is 390 bytes")

        let base = "/tmp/apus-swift-system-" + String(getpid().rawValue)
        t.checkNoThrow("mkdir a scratch directory") { () throws(Errno) in try mkdir(base, mode: 0o755) }
        let fd = t.checkNoThrow("create a file") { () throws(Errno) in
            try open(base + "/data", [.O_CREAT, .O_WRONLY, .O_EXCL], mode: 0o640)
        }
        if let fd {
            t.checkNoThrow("write 1000 bytes") { () throws(Errno) in
                try writeAll(fd, String(repeating: "z", count: 1000))
            }
            let info = try? fstat(fd)
            t.check(info?.st_size == 1000, "fstat sees the 1000 bytes")
            t.check(info?.mode.isRegular == true && info?.mode.permissions == 0o640, "fstat reports a regular file with mode 0640")
            t.check((try? lseek(fd, 0, Whence.SEEK_END)) == 1000, "lseek(SEEK_END) is at 1000")
            try? close(fd)
        }
        t.checkErrno(.EEXIST, "O_CREAT|O_EXCL on an existing file fails with EEXIST") { () throws(Errno) in
            try open(base + "/data", [.O_CREAT, .O_EXCL, .O_WRONLY])
        }
        t.check((try? stat(base))?.mode.isDirectory == true, "stat reports the directory as a directory")
        t.checkNoThrow("mkdir a subdirectory") { () throws(Errno) in try mkdir(base + "/sub") }
        let names = ((try? readDirectory(base)) ?? []).map { $0.name }.sorted()
        t.check(names == [".", "..", "data", "sub"], "getdents64 lists ., .., data and sub")
        let types = ((try? readDirectory(base)) ?? []).filter { $0.name == "sub" }.map { $0.type }
        t.check(types == [4], "getdents64 types sub as DT_DIR")

        let cwd = try? getcwd()
        t.checkNoThrow("chdir into the scratch directory") { () throws(Errno) in try chdir(base + "/sub") }
        t.check((try? getcwd()) == base + "/sub", "getcwd returns the new absolute path")
        t.checkNoThrow("chdir ..") { () throws(Errno) in try chdir("..") }
        t.check((try? getcwd()) == base, "getcwd follows chdir(\"..\")")
        if let cwd { try? chdir(cwd) }
        t.checkNoThrow("rename data to moved") { () throws(Errno) in try rename(base + "/data", base + "/moved") }
        t.checkErrno(.ENOENT, "stat of the old name fails with ENOENT") { () throws(Errno) in try stat(base + "/data") }
        t.checkErrno(.ENOTEMPTY, "rmdir of a non-empty directory fails with ENOTEMPTY") { () throws(Errno) in try rmdir(base) }
        try? unlink(base + "/moved")
        try? rmdir(base + "/sub")
        t.checkNoThrow("rmdir the emptied scratch directory") { () throws(Errno) in try rmdir(base) }

        let before = try? clockGettime(ClockID.CLOCK_MONOTONIC)
        t.checkNoThrow("nanosleep 20 ms") { () throws(Errno) in try nanosleep(Timespec(tv_sec: 0, tv_nsec: 20_000_000)) }
        let after = try? clockGettime(ClockID.CLOCK_MONOTONIC)
        if let b = before?.nanoseconds, let a = after?.nanoseconds {
            t.check(a >= b + 20_000_000, "CLOCK_MONOTONIC advances by at least the 20 ms slept")
        } else {
            t.check(false, "clock_gettime(CLOCK_MONOTONIC) works")
        }
        let realtime = try? clockGettime(ClockID.CLOCK_REALTIME)
        t.check((realtime?.tv_sec ?? 0) > 1_600_000_000, "CLOCK_REALTIME is after September 2020")

        let name = try? uname()
        t.check(name?.sysname == "Linux" || name?.sysname == "Apus", "uname's sysname is Linux or Apus")
        t.check(name?.machine == "x86_64", "uname's machine is x86_64")

        var a = [UInt8](repeating: 0, count: 32), b = [UInt8](repeating: 0, count: 32)
        let na = a.withUnsafeMutableBytes { try? getrandom($0) }
        let nb = b.withUnsafeMutableBytes { try? getrandom($0) }
        t.check(na == 32 && nb == 32 && a != b, "getrandom fills 32 bytes, differently each time")
        var generator = SystemRandomNumberGenerator()
        let r1 = generator.next(), r2 = generator.next()
        t.check(r1 != r2, "SystemRandomNumberGenerator (arc4random_buf) yields varying values")
        return t.finish()
    }
}
