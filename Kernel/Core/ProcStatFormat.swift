// The text of procfs's per-process files, as pure functions of a snapshot of the process
// (Kernel/FS/ProcFS.swift takes the snapshot). Linux: fs/proc/array.c (do_task_stat,
// proc_pid_status) and fs/proc/base.c (proc_pid_cmdline_read, comm).

/// What procfs shows of one process.
public struct ProcessSnapshot: Equatable, Sendable {
    public var pid: Int
    /// The executable's base name, cut to 15 bytes (Linux TASK_COMM_LEN - 1).
    public var comm: [UInt8]
    /// R running, S sleeping, D uninterruptible sleep, T stopped, Z zombie.
    public var state: UInt8
    public var ppid: Int
    public var pgrp: Int
    public var session: Int
    /// The controlling terminal as Linux encodes it (`ProcStatFormat.ttyNumber`), 0 without one.
    public var ttyNumber: Int
    /// Its foreground process group (stat's tpgid): -1 without a terminal, 0 when the
    /// terminal has no foreground group (Linux pid_nr of a NULL pgrp).
    public var terminalGroup: Int
    public var threads: Int
    public var uid: UInt32
    public var gid: UInt32
    /// argv, NUL-separated (empty for a zombie).
    public var commandLine: [UInt8]

    public init(pid: Int, comm: [UInt8], state: UInt8, ppid: Int, pgrp: Int, session: Int, ttyNumber: Int,
                terminalGroup: Int, threads: Int, uid: UInt32, gid: UInt32, commandLine: [UInt8]) {
        self.pid = pid
        self.comm = Array(comm.prefix(15))
        self.state = state
        self.ppid = ppid
        self.pgrp = pgrp
        self.session = session
        self.ttyNumber = ttyNumber
        self.terminalGroup = terminalGroup
        self.threads = threads
        self.uid = uid
        self.gid = gid
        self.commandLine = commandLine
    }
}

public enum ProcStatFormat {
    /// Fields of /proc/<pid>/stat since Linux 3.5 (the last is exit_code).
    public static let statFieldCount = 52

    /// The state letter of /proc/<pid>/stat, in the precedence of Linux's
    /// task_state_index: a zombie is Z, a stopped process T (even while its thread
    /// sleeps in the stop), a runnable or running one R, a sleep no signal ends D (a
    /// vfork parent, a mutex), any other sleep S.
    public static func stateLetter(zombie: Bool, stopped: Bool, runnable: Bool, uninterruptible: Bool = false) -> UInt8 {
        if zombie { return UInt8(ascii: "Z") }
        if stopped { return UInt8(ascii: "T") }
        if runnable { return UInt8(ascii: "R") }
        return uninterruptible ? UInt8(ascii: "D") : UInt8(ascii: "S")
    }

    /// stat's tty_nr: the controlling terminal's device number as Linux's new_encode_dev
    /// packs it (minor's low byte, major, then minor's upper bits from bit 20); 0 without one.
    public static func ttyNumber(major: UInt32, minor: UInt32) -> Int {
        Int(minor & 0xff) | Int(major & 0xfff) << 8 | Int(minor & ~0xff) << 12
    }

    /// /proc/<pid>/stat: "pid (comm) state ppid pgrp session tty_nr tpgid flags …", 52
    /// fields in Linux's order; what Apus does not track (fault counts, times, memory,
    /// addresses) is 0, num_threads is the thread count, exit_signal 17 (SIGCHLD).
    public static func stat(_ p: ProcessSnapshot) -> [UInt8] {
        var fields: [String] = [String(p.pid), "(" + String(decoding: p.comm, as: UTF8.self) + ")",
                                String(decoding: [p.state], as: UTF8.self), String(p.ppid), String(p.pgrp),
                                String(p.session), String(p.ttyNumber), String(p.terminalGroup)]
        // flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice
        fields += ["0", "0", "0", "0", "0", "0", "0", "0", "0", "20", "0"]
        // num_threads itrealvalue starttime vsize rss rsslim
        fields += [String(p.threads), "0", "0", "0", "0", "18446744073709551615"]
        // startcode … exit_signal processor rt_priority policy … exit_code (fields 26–52)
        for index in 26...statFieldCount { fields.append(index == 38 ? "17" : "0") }
        return Array((fields.joined(separator: " ") + "\n").utf8)
    }

    /// /proc/<pid>/status: the first lines of Linux's (Name, State, Tgid, Pid, PPid, Uid, Gid, Threads).
    public static func status(_ p: ProcessSnapshot) -> [UInt8] {
        let stateName: String
        switch p.state {
        case UInt8(ascii: "R"): stateName = "R (running)"
        case UInt8(ascii: "D"): stateName = "D (disk sleep)"
        case UInt8(ascii: "T"): stateName = "T (stopped)"
        case UInt8(ascii: "Z"): stateName = "Z (zombie)"
        default: stateName = "S (sleeping)"
        }
        let uid = String(p.uid), gid = String(p.gid)
        let text = "Name:\t" + String(decoding: p.comm, as: UTF8.self) + "\nState:\t" + stateName
            + "\nTgid:\t" + String(p.pid) + "\nPid:\t" + String(p.pid) + "\nPPid:\t" + String(p.ppid)
            + "\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid
            + "\nGid:\t" + gid + "\t" + gid + "\t" + gid + "\t" + gid
            + "\nThreads:\t" + String(p.threads) + "\n"
        return Array(text.utf8)
    }

    /// /proc/<pid>/comm: the name and a newline.
    public static func comm(_ p: ProcessSnapshot) -> [UInt8] { p.comm + [UInt8(ascii: "\n")] }
}
