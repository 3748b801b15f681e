// A minimal procfs at /proc, kept inside the root RamFS: /proc is a directory whose entries
// ProcFS makes (RamFS.refreshDirectory, under VFS.lock) whenever a path walk looks a name
// up in it — one directory per live pid and the `self` symlink to the caller's pid — and
// each /proc/<pid> directory gets fresh `stat`, `cmdline`, `status` and `comm` files
// (read-only regular files holding a snapshot taken at that lookup; an open file keeps the
// snapshot it opened). Between VFS operations /proc is empty again (`trim`, called as
// VFS.withLock ends), so procfs holds no memory once its readers are done; getdents of
// /proc and /proc/<pid> is ProcDirectoryFile's, computed from the process table. The texts
// are KernelCore's ProcStatFormat. Linux: fs/proc (root.c, base.c, array.c, self.c).
import KernelCore
import LinuxABI

enum ProcFS {
    /// providerTag of /proc itself; a pid directory's tag is `pidTagBase + pid`.
    static let rootTag: UInt64 = 1
    static let pidTagBase: UInt64 = 1 << 32
    /// The pid directories made in this VFS operation (guarded by VFS.lock).
    nonisolated(unsafe) private static var pidDirectories: [(pid: Int, inode: RamInode)] = []
    nonisolated(unsafe) private static var madeSelf = false
    nonisolated(unsafe) private static var procRoot: RamInode? = nil

    /// Makes /proc (mode 0555) and installs the refresh hook. Boot, before any process.
    static func mount(_ fs: RamFS) {
        let name = Array("proc".utf8)
        let proc: RamInode
        if let existing = try? fs.lookup(name, from: fs.root, credentials: .root), existing.isDirectory {
            proc = existing
        } else if let made = try? fs.makeDirectory(in: fs.root, name: name, mode: 0o555, uid: 0, gid: 0) {
            proc = made
        } else {
            Log.warn("procfs: cannot make /proc")
            return
        }
        try? fs.changeMode(proc, to: 0o555, credentials: .root)   // as Linux's /proc, whatever the initrd said
        proc.providerTag = rootTag
        procRoot = proc
        fs.refreshDirectory = { fs, directory in refresh(fs, directory) }
    }

    /// The hook: brings `directory` (/proc or a pid directory) up to date. Caller holds VFS.lock.
    static func refresh(_ fs: RamFS, _ directory: RamInode) {
        if directory.providerTag == rootTag {
            refreshRoot(fs, directory)
        } else if directory.providerTag >= pidTagBase {
            refreshPid(fs, directory, pid: Int(directory.providerTag - pidTagBase))
        }
    }

    private static func refreshRoot(_ fs: RamFS, _ proc: RamInode) {
        for pid in livePids() where !pidDirectories.contains(where: { $0.pid == pid }) {
            guard let inode = try? fs.makeDirectory(in: proc, name: Array(String(pid).utf8), mode: 0o555,
                                                    uid: 0, gid: 0) else { continue }
            inode.providerTag = pidTagBase + UInt64(pid)
            pidDirectories.append((pid, inode))
        }
        // /proc/self names the caller.
        if !madeSelf {
            let caller = Process.current?.pid ?? 0
            madeSelf = (try? fs.makeSymlink(in: proc, name: Array("self".utf8), target: Array(String(caller).utf8),
                                            uid: 0, gid: 0)) != nil
        }
    }

    /// The pids of the process table, ascending.
    static func livePids() -> [Int] {
        var pids: [Int] = ProcessTable.lock.withLock { ProcessTable.allLocked.map { $0.pid } }
        pids.sort()
        return pids
    }

    /// Empties /proc after a VFS operation: what was made for it goes (an inode someone
    /// still holds — an open file, a cwd — lives on unlinked). Caller holds VFS.lock.
    static func trim(_ fs: RamFS) {
        guard let proc = procRoot, !pidDirectories.isEmpty || madeSelf else { return }
        for entry in pidDirectories { removePidDirectory(fs, proc, entry.inode, pid: entry.pid) }
        pidDirectories = []
        if madeSelf { try? fs.unlink(name: Array("self".utf8), in: proc) }
        madeSelf = false
    }

    static let fileNames = ["stat", "cmdline", "status", "comm"]

    private static func removePidDirectory(_ fs: RamFS, _ proc: RamInode, _ inode: RamInode, pid: Int) {
        for file in fileNames { try? fs.unlink(name: Array(file.utf8), in: inode) }
        try? fs.removeDirectory(name: Array(String(pid).utf8), in: proc)
    }

    private static func refreshPid(_ fs: RamFS, _ directory: RamInode, pid: Int) {
        guard let snapshot = snapshot(pid) else { return }
        try? fs.changeOwner(directory, uid: snapshot.uid, gid: snapshot.gid, credentials: .root)
        let texts = [ProcStatFormat.stat(snapshot), snapshot.commandLine, ProcStatFormat.status(snapshot),
                     ProcStatFormat.comm(snapshot)]
        for (index, file) in fileNames.enumerated() {
            let name = Array(file.utf8)
            try? fs.unlink(name: name, in: directory)
            guard let inode = try? fs.create(in: directory, name: name, mode: 0o444, uid: snapshot.uid, gid: snapshot.gid)
            else { continue }
            _ = texts[index].withUnsafeBytes { try? fs.write(inode, at: 0, from: $0) }
        }
    }

    /// What procfs shows of `pid`, read under ProcessTable.lock; nil when it is gone. The
    /// state is the first thread's (Linux shows the group leader's): its scheduler state is
    /// read under Scheduler.lock, which nests inside ProcessTable.lock. A process that has
    /// not exited still has its threads (exit empties them only after it became a zombie,
    /// under this lock).
    private static func snapshot(_ pid: Int) -> ProcessSnapshot? {
        let foreground = ConsoleTTY.console?.foreground
        return ProcessTable.lock.withLock { () -> ProcessSnapshot? in
            guard let process = ProcessTable.findLocked(pid) else { return nil }
            let zombie = process.state == .zombie
            let thread = zombie ? nil : process.threads.first
            let (runnable, uninterruptible) = thread.map { thread in
                Scheduler.lock.withLock { (thread.state == .runnable, thread.sleepsUninterruptibly) }
            } ?? (false, false)
            let state = ProcStatFormat.stateLetter(zombie: zombie, stopped: process.signals.stopped, runnable: runnable,
                                                   uninterruptible: uninterruptible)
            // The console is the only terminal: tty_nr and tpgid are its own when the
            // process has it as its controlling terminal (Linux signal->tty).
            let console = DeviceFiles.console
            let hasTerminal = process.hasControllingTTY
            return ProcessSnapshot(pid: pid, comm: Array(process.name.utf8), state: state, ppid: process.parentPID,
                                   pgrp: process.pgid, session: process.sid,
                                   ttyNumber: hasTerminal ? ProcStatFormat.ttyNumber(major: console.major,
                                                                                     minor: console.minor) : 0,
                                   terminalGroup: hasTerminal ? foreground ?? 0 : -1, threads: 1,
                                   uid: process.credentials.euid, gid: process.credentials.egid,
                                   commandLine: zombie ? [] : process.commandLine)
        }
    }
}
