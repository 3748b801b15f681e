// SyscallNumber (Kernel/ABI/Syscalls.swift) against the host: Swift's Glibc module does not
// import <sys/syscall.h>'s SYS_* macros, so the test reads the kernel header they come from,
// <asm/unistd_64.h>, and checks every number and name.
import Foundation
import Testing
import LinuxABI

/// `__NR_name` → number, from the host's <asm/unistd_64.h>, or nil when the header is absent.
let hostSyscallNumbers: [String: Int]? = {
    for path in ["/usr/include/x86_64-linux-gnu/asm/unistd_64.h", "/usr/include/asm/unistd_64.h"] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
        var table: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count == 3, words[0] == "#define", words[1].hasPrefix("__NR_"),
                  let number = Int(words[2]) else { continue }
            table[String(words[1].dropFirst(5))] = number
        }
        return table
    }
    return nil
}()

struct SyscallNumberTests {
    static let table: [(String, Int)] = [
        ("read", SyscallNumber.read), ("write", SyscallNumber.write), ("open", SyscallNumber.open),
        ("close", SyscallNumber.close), ("stat", SyscallNumber.stat),
        ("fstat", SyscallNumber.fstat), ("lstat", SyscallNumber.lstat),
        ("lseek", SyscallNumber.lseek), ("mmap", SyscallNumber.mmap),
        ("mprotect", SyscallNumber.mprotect), ("munmap", SyscallNumber.munmap),
        ("brk", SyscallNumber.brk), ("rt_sigaction", SyscallNumber.rt_sigaction),
        ("rt_sigprocmask", SyscallNumber.rt_sigprocmask),
        ("rt_sigreturn", SyscallNumber.rt_sigreturn), ("ioctl", SyscallNumber.ioctl),
        ("pread64", SyscallNumber.pread64), ("readv", SyscallNumber.readv),
        ("writev", SyscallNumber.writev), ("access", SyscallNumber.access),
        ("pipe", SyscallNumber.pipe), ("sched_yield", SyscallNumber.sched_yield),
        ("mremap", SyscallNumber.mremap), ("dup", SyscallNumber.dup), ("dup2", SyscallNumber.dup2),
        ("pause", SyscallNumber.pause), ("nanosleep", SyscallNumber.nanosleep),
        ("getitimer", SyscallNumber.getitimer), ("alarm", SyscallNumber.alarm),
        ("setitimer", SyscallNumber.setitimer), ("getpid", SyscallNumber.getpid),
        ("clone", SyscallNumber.clone), ("fork", SyscallNumber.fork),
        ("vfork", SyscallNumber.vfork), ("execve", SyscallNumber.execve),
        ("exit", SyscallNumber.exit), ("wait4", SyscallNumber.wait4), ("kill", SyscallNumber.kill),
        ("uname", SyscallNumber.uname), ("fcntl", SyscallNumber.fcntl),
        ("getcwd", SyscallNumber.getcwd), ("chdir", SyscallNumber.chdir),
        ("fchdir", SyscallNumber.fchdir), ("rename", SyscallNumber.rename),
        ("mkdir", SyscallNumber.mkdir), ("rmdir", SyscallNumber.rmdir),
        ("unlink", SyscallNumber.unlink), ("readlink", SyscallNumber.readlink),
        ("umask", SyscallNumber.umask), ("gettimeofday", SyscallNumber.gettimeofday),
        ("getrlimit", SyscallNumber.getrlimit), ("sysinfo", SyscallNumber.sysinfo),
        ("getuid", SyscallNumber.getuid), ("getgid", SyscallNumber.getgid),
        ("setuid", SyscallNumber.setuid), ("setgid", SyscallNumber.setgid),
        ("geteuid", SyscallNumber.geteuid), ("getegid", SyscallNumber.getegid),
        ("setpgid", SyscallNumber.setpgid), ("getppid", SyscallNumber.getppid),
        ("getpgrp", SyscallNumber.getpgrp), ("setsid", SyscallNumber.setsid),
        ("getpgid", SyscallNumber.getpgid), ("getsid", SyscallNumber.getsid),
        ("rt_sigpending", SyscallNumber.rt_sigpending), ("sigaltstack", SyscallNumber.sigaltstack),
        ("arch_prctl", SyscallNumber.arch_prctl), ("reboot", SyscallNumber.reboot),
        ("gettid", SyscallNumber.gettid), ("getdents64", SyscallNumber.getdents64),
        ("set_tid_address", SyscallNumber.set_tid_address),
        ("clock_gettime", SyscallNumber.clock_gettime),
        ("clock_nanosleep", SyscallNumber.clock_nanosleep),
        ("exit_group", SyscallNumber.exit_group), ("openat", SyscallNumber.openat),
        ("mkdirat", SyscallNumber.mkdirat), ("newfstatat", SyscallNumber.newfstatat),
        ("unlinkat", SyscallNumber.unlinkat), ("faccessat", SyscallNumber.faccessat),
        ("dup3", SyscallNumber.dup3), ("pipe2", SyscallNumber.pipe2),
        ("prlimit64", SyscallNumber.prlimit64), ("getrandom", SyscallNumber.getrandom),
        ("poll", SyscallNumber.poll), ("pwrite64", SyscallNumber.pwrite64),
        ("madvise", SyscallNumber.madvise), ("fsync", SyscallNumber.fsync),
        ("truncate", SyscallNumber.truncate), ("ftruncate", SyscallNumber.ftruncate),
        ("getdents", SyscallNumber.getdents), ("symlink", SyscallNumber.symlink),
        ("chmod", SyscallNumber.chmod), ("fchmod", SyscallNumber.fchmod),
        ("times", SyscallNumber.times), ("getresuid", SyscallNumber.getresuid),
        ("getresgid", SyscallNumber.getresgid), ("rt_sigtimedwait", SyscallNumber.rt_sigtimedwait),
        ("rt_sigsuspend", SyscallNumber.rt_sigsuspend), ("prctl", SyscallNumber.prctl),
        ("tkill", SyscallNumber.tkill), ("futex", SyscallNumber.futex),
        ("tgkill", SyscallNumber.tgkill), ("waitid", SyscallNumber.waitid),
        ("renameat", SyscallNumber.renameat), ("linkat", SyscallNumber.linkat),
        ("symlinkat", SyscallNumber.symlinkat), ("readlinkat", SyscallNumber.readlinkat),
        ("fchmodat", SyscallNumber.fchmodat), ("set_robust_list", SyscallNumber.set_robust_list),
        ("utimensat", SyscallNumber.utimensat), ("renameat2", SyscallNumber.renameat2),
        ("statx", SyscallNumber.statx), ("rseq", SyscallNumber.rseq),
    ]

    @Test(.enabled(if: hostSyscallNumbers != nil), arguments: table)
    func numberMatchesTheHost(name: String, number: Int) {
        #expect(hostSyscallNumbers?[name] == number, "\(name)")
        #expect(SyscallNumber.name(number)?.description == name)
    }

    @Test func everyRequiredSyscallIsNamed() {
        let required = """
            read write open close stat fstat lstat lseek mmap mprotect munmap brk rt_sigaction
            rt_sigprocmask rt_sigreturn ioctl pread64 readv writev access pipe sched_yield mremap dup
            dup2 pause nanosleep getitimer alarm setitimer getpid fork vfork clone execve exit wait4
            kill uname fcntl getdents64 getcwd chdir fchdir rename mkdir rmdir unlink readlink umask
            gettimeofday getrlimit sysinfo getuid getgid setuid setgid geteuid getegid setpgid getppid
            getpgrp setsid getpgid getsid rt_sigpending sigaltstack arch_prctl reboot gettid
            set_tid_address clock_gettime clock_nanosleep exit_group openat mkdirat newfstatat
            unlinkat faccessat pipe2 dup3 prlimit64 getrandom
            """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        #expect(required.count == 83)
        let named = Set(Self.table.map { $0.0 })
        for name in required { #expect(named.contains(name), "\(name)") }
    }

    /// Every number 0...highestKnown: named exactly as the host names it (the table is the
    /// whole of <asm/unistd_64.h>, so nothing the host has is missing here).
    @Test(.enabled(if: hostSyscallNumbers != nil))
    func everyNumberMatchesTheHost() throws {
        let host = try #require(hostSyscallNumbers)
        var byNumber: [Int: String] = [:]
        for (name, number) in host { byNumber[number] = name }
        for number in 0...max(SyscallNumber.highestKnown, byNumber.keys.max() ?? 0) {
            #expect(SyscallNumber.name(number)?.description == byNumber[number], "\(number)")
        }
    }

    /// Edge values: below zero, the gaps between named numbers (335–423 are unused on
    /// x86_64), the top, far past it.
    @Test(arguments: [-1, 335, 400, SyscallNumber.highestKnown + 1, 1_000, Int.max, Int.min])
    func unnamedNumbers(number: Int) {
        #expect(SyscallNumber.name(number) == nil)
    }

    @Test func highestKnownIsTheLargestNamed() {
        #expect(SyscallNumber.highestKnown >= Self.table.map { $0.1 }.max()!)
        #expect(SyscallNumber.name(SyscallNumber.highestKnown) != nil)
        #expect(SyscallNumber.name(SyscallNumber.highestKnown + 1) == nil)
    }
}
