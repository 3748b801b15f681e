// Parsing what the utilities read: sleep's durations, /proc/<pid>/stat lines, /etc/passwd.

/// A sleep(1) operand in nanoseconds: "1", "0.5", ".25", "2s", "1m", "1h", "1d"
/// (GNU sleep's suffixes); nil when malformed or negative.
public func parseDuration(_ text: String) -> Int64? {
    var bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return nil }
    var multiplier: Int64 = 1
    switch bytes.last! {
    case UInt8(ascii: "s"): multiplier = 1; bytes.removeLast()
    case UInt8(ascii: "m"): multiplier = 60; bytes.removeLast()
    case UInt8(ascii: "h"): multiplier = 3600; bytes.removeLast()
    case UInt8(ascii: "d"): multiplier = 86_400; bytes.removeLast()
    default: break
    }
    guard !bytes.isEmpty else { return nil }
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var fractionScale: Int64 = 1_000_000_000
    var seenDot = false
    var digits = 0
    for b in bytes {
        if b == UInt8(ascii: ".") {
            if seenDot { return nil }
            seenDot = true
            continue
        }
        guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
        digits += 1
        let d = Int64(b - UInt8(ascii: "0"))
        if seenDot {
            if fractionScale > 1 { fractionScale /= 10; fraction += d * fractionScale }
        } else {
            let (m, o1) = whole.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            whole = s
        }
    }
    guard digits > 0 else { return nil }
    let (wholeNs, o1) = whole.multipliedReportingOverflow(by: 1_000_000_000)
    let (sum, o2) = wholeNs.addingReportingOverflow(fraction)
    let (total, o3) = sum.multipliedReportingOverflow(by: multiplier)
    if o1 || o2 || o3 { return nil }
    return total
}

/// The fields of a /proc/<pid>/stat line ps uses. Linux: fs/proc/array.c do_task_stat —
/// "pid (comm) state ppid pgrp session tty_nr tpgid flags … priority nice num_threads …";
/// comm may hold spaces and parentheses, so it runs to the last ")". The fields after
/// tty_nr may be missing (an old or short line): tpgid is then -1, nice 0, threads 1.
public struct ProcStat: Equatable, Sendable {
    public var pid: Int32
    public var comm: String
    public var state: Character
    public var ppid: Int32
    public var pgrp: Int32
    public var session: Int32
    public var ttyNr: Int32
    /// The foreground process group of the controlling terminal (-1 without one).
    public var tpgid: Int32 = -1
    /// The nice value, -20 … 19.
    public var nice: Int32 = 0
    /// Threads in the process.
    public var threads: Int32 = 1

    /// Where the fields sit after the ")": state is 0 (the stat file's field 3).
    private static let tpgidIndex = 5, niceIndex = 16, threadsIndex = 17

    /// Parses `line`; nil when it does not have Linux's shape.
    public init?(_ line: [UInt8]) {
        guard let open = line.firstIndex(of: UInt8(ascii: "(")),
              let close = line.lastIndex(of: UInt8(ascii: ")")), close > open else { return nil }
        guard let pid = Int32(String(decoding: line[..<open], as: UTF8.self).trimmingSpaces) else { return nil }
        self.pid = pid
        comm = String(decoding: line[(open + 1)..<close], as: UTF8.self)
        let rest = String(decoding: line[(close + 1)...], as: UTF8.self)
        let fields = rest.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 5, let state = fields[0].first, fields[0].count == 1,
              let ppid = Int32(fields[1]), let pgrp = Int32(fields[2]), let session = Int32(fields[3]),
              let tty = Int32(fields[4]) else { return nil }
        self.state = state
        self.ppid = ppid
        self.pgrp = pgrp
        self.session = session
        ttyNr = tty
        func number(_ index: Int) -> Int32? { index < fields.count ? Int32(fields[index]) : nil }
        if let value = number(Self.tpgidIndex) { tpgid = value }
        if let value = number(Self.niceIndex) { nice = value }
        if let value = number(Self.threadsIndex) { threads = value }
    }

    /// ps's STAT column (procps pr_stat, BSD-style flags after the state letter): `<` high
    /// priority (nice < 0), `N` low (nice > 0), `s` a session leader, `l` multi-threaded,
    /// `+` in the foreground process group of its terminal. procps's `L` (pages locked in
    /// memory) needs /proc/<pid>/status and is not shown.
    public var statText: String {
        var text = String(state)
        if nice < 0 { text += "<" }
        if nice > 0 { text += "N" }
        if session == pid { text += "s" }
        if threads > 1 { text += "l" }
        if pgrp == tpgid { text += "+" }
        return text
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    public var trimmingSpaces: String {
        var bytes = Array(utf8)
        while let f = bytes.first, f == 32 || f == 10 || f == 9 { bytes.removeFirst() }
        while let l = bytes.last, l == 32 || l == 10 || l == 9 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A /proc/<pid>/cmdline (NUL-separated argv) as one line with spaces; nil when empty
/// (kernel threads and zombies: ps then shows "[comm]").
public func commandLineText(_ bytes: [UInt8]) -> String? {
    var words = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    while words.last == "" { words.removeLast() }
    return words.isEmpty ? nil : words.joined(separator: " ")
}

/// The name /etc/passwd (or /etc/group) gives id `id`: lines "name:x:id:…".
public func nameForID(_ id: UInt32, inDatabase text: [UInt8]) -> String? {
    for line in text.split(separator: UInt8(ascii: "\n")) {
        let fields = line.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard fields.count >= 3 else { continue }
        if UInt32(String(decoding: fields[2], as: UTF8.self)) == id {
            return String(decoding: fields[0], as: UTF8.self)
        }
    }
    return nil
}
