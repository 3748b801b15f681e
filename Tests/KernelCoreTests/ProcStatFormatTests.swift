// KernelCore.ProcStatFormat: /proc/<pid>/stat has Linux's 52 fields in Linux's order
// (fs/proc/array.c do_task_stat), status and comm lines, comm cut to 15 bytes.
import Testing
import KernelCore

private func sample(comm: String = "sh", state: Character = "S") -> ProcessSnapshot {
    ProcessSnapshot(pid: 42, comm: Array(comm.utf8), state: state.asciiValue!, ppid: 1, pgrp: 40, session: 39,
                    ttyNumber: 0x501, terminalGroup: 40, threads: 1, uid: 1000, gid: 100,
                    commandLine: Array("sh\0-c\0x\0".utf8))
}

@Test func statHasLinuxFieldsInOrder() {
    let text = String(decoding: ProcStatFormat.stat(sample()), as: UTF8.self)
    #expect(text.hasSuffix("\n"))
    let fields = text.dropLast().split(separator: " ").map(String.init)
    #expect(fields.count == ProcStatFormat.statFieldCount)
    #expect(Array(fields.prefix(8)) == ["42", "(sh)", "S", "1", "40", "39", "1281", "40"])
    #expect(fields[17] == "20")          // priority
    #expect(fields[19] == "1")           // num_threads
    #expect(fields[37] == "17")          // exit_signal: SIGCHLD
    #expect(fields[51] == "0")           // exit_code
}

@Test(arguments: [("", ""), ("a-very-long-command-name", "a-very-long-com"), ("a b)c", "a b)c")])
func commIsCutTo15Bytes(name: String, expected: String) {
    let snapshot = sample(comm: name)
    #expect(String(decoding: ProcStatFormat.comm(snapshot), as: UTF8.self) == expected + "\n")
    let stat = String(decoding: ProcStatFormat.stat(snapshot), as: UTF8.self)
    #expect(stat.hasPrefix("42 (" + expected + ") S 1 "))
}

@Test(arguments: [(Character("R"), "R (running)"), ("S", "S (sleeping)"), ("D", "D (disk sleep)"), ("T", "T (stopped)"), ("Z", "Z (zombie)")])
func statusNamesTheState(state: Character, expected: String) {
    let text = String(decoding: ProcStatFormat.status(sample(state: state)), as: UTF8.self)
    #expect(text.hasPrefix("Name:\tsh\nState:\t" + expected + "\nTgid:\t42\nPid:\t42\nPPid:\t1\n"))
    #expect(text.contains("\nUid:\t1000\t1000\t1000\t1000\n") && text.contains("\nGid:\t100\t100\t100\t100\n"))
}

@Test(arguments: [
    // (zombie, stopped, runnable, uninterruptible, letter)
    (true, true, true, false, "Z"), (true, false, false, true, "Z"), (false, true, true, false, "T"),
    (false, true, false, true, "T"), (false, false, true, false, "R"), (false, false, false, false, "S"),
    (false, false, false, true, "D"), (false, false, true, true, "R"),
] as [(Bool, Bool, Bool, Bool, Character)])
func stateLetterPrecedence(zombie: Bool, stopped: Bool, runnable: Bool, uninterruptible: Bool, letter: Character) {
    #expect(ProcStatFormat.stateLetter(zombie: zombie, stopped: stopped, runnable: runnable,
                                       uninterruptible: uninterruptible) == letter.asciiValue!)
}

/// tty_nr as Linux's new_encode_dev packs it: (minor & 0xff) | major << 8 | (minor & ~0xff) << 12.
@Test(arguments: [(UInt32(0), UInt32(0), 0), (5, 1, 1281), (4, 64, 1088), (136, 0, 34816), (136, 255, 35071),
                  (136, 256, 1_083_392), (136, 0xf_ffff, 4_293_953_791), (4095, 0, 1_048_320)])
func ttyNumberIsNewEncodeDev(major: UInt32, minor: UInt32, expected: Int) {
    #expect(ProcStatFormat.ttyNumber(major: major, minor: minor) == expected)
}
