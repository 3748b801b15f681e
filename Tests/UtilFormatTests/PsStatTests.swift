// ps's STAT column from /proc/<pid>/stat (procps pr_stat): the state letter, then < N s l +.
// Tables with the edges, and the host's procps ps as the oracle for every live process.
import Testing
import UtilFormat
#if canImport(Glibc)
import Glibc
#endif

struct PsStatTests {
    /// A stat line with Linux's 52 fields: the ones ps reads set, the rest 0.
    static func line(pid: Int32, state: Character = "S", pgrp: Int32, session: Int32, tty: Int32 = 1025,
                     tpgid: Int32, nice: Int32 = 0, threads: Int32 = 1) -> [UInt8] {
        var fields = [String(pid), "(sh)", String(state), "1", String(pgrp), String(session), String(tty),
                      String(tpgid), "4194560"]
        fields += Array(repeating: "0", count: 8) + ["20", String(nice), String(threads)]
        fields += Array(repeating: "0", count: 52 - fields.count)
        return Array((fields.joined(separator: " ") + "\n").utf8)
    }

    @Test(arguments: [
        // (pid, state, pgrp, session, tpgid, nice, threads, STAT)
        (42, "S", 42, 42, 42, 0, 1, "Ss+"),     // an interactive shell
        (42, "S", 42, 42, 50, 0, 1, "Ss"),      // ... while a job runs in the foreground
        (50, "R", 50, 42, 50, 0, 1, "R+"),      // that job
        (51, "S", 50, 42, 50, 0, 1, "S+"),      // another process of it
        (60, "T", 60, 42, 50, 0, 1, "T"),       // a stopped background job
        (61, "Z", 60, 42, 50, 0, 1, "Z"),
        (1, "S", 0, 0, -1, 0, 1, "S"),          // init: no terminal, tpgid -1
        (7, "S", 7, 7, -1, -20, 1, "S<s"),
        (7, "S", 7, 7, -1, 19, 4, "SNsl"),
        (8, "S", 7, 7, 7, -1, 2, "S<l+"),
        (9, "D", 9, 9, 9, 5, 3, "DNsl+"),
    ] as [(Int32, Character, Int32, Int32, Int32, Int32, Int32, String)])
    func flags(pid: Int32, state: Character, pgrp: Int32, session: Int32, tpgid: Int32, nice: Int32, threads: Int32,
               expected: String) throws {
        let stat = try #require(ProcStat(Self.line(pid: pid, state: state, pgrp: pgrp, session: session,
                                                   tpgid: tpgid, nice: nice, threads: threads)))
        #expect(stat.tpgid == tpgid && stat.nice == nice && stat.threads == threads)
        #expect(stat.statText == expected)
    }

    @Test func shortLinesHaveNoForegroundGroup() throws {
        // Up to tty_nr only: tpgid -1, so no "+".
        let short = try #require(ProcStat(Array("5 (x) S 1 5 5 0\n".utf8)))
        #expect(short.tpgid == -1 && short.nice == 0 && short.threads == 1 && short.statText == "Ss")
        // A non-number where tpgid goes leaves the default.
        let bad = try #require(ProcStat(Array("5 (x) S 1 5 4 0 x\n".utf8)))
        #expect(bad.tpgid == -1 && bad.statText == "S")
    }

    #if canImport(Glibc)
    /// Every process's STAT as the host's procps prints it, pid → STAT, or nil without procps.
    private func hostStats() -> [Int32: String]? {
        guard let pipe = popen("ps -eo pid=,stat= 2>/dev/null", "r") else { return nil }
        var result: [Int32: String] = [:]
        var buffer = [CChar](repeating: 0, count: 256)
        while fgets(&buffer, 256, pipe) != nil {
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            if words.count == 2, let pid = Int32(words[0]) { result[pid] = String(words[1]) }
        }
        return pclose(pipe) == 0 && !result.isEmpty ? result : nil
    }

    private func procStat(_ pid: Int32) -> ProcStat? {
        guard let file = fopen("/proc/\(pid)/stat", "r") else { return nil }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = fread(&bytes, 1, bytes.count, file)
        return ProcStat(Array(bytes.prefix(count)))
    }

    /// The flags (everything after the state letter, without procps's `L`) agree with
    /// procps for the processes whose flags did not change between the two readings.
    @Test func agreesWithTheHostsProcps() throws {
        guard let before = hostStats() else { return }   // no procps ps: nothing to compare
        var compared = 0
        for (pid, hostStat) in before.sorted(by: { $0.key < $1.key }) {
            guard let stat = procStat(pid), let after = hostStats()?[pid], after == hostStat else { continue }
            let theirs = String(hostStat.dropFirst().filter { $0 != "L" })
            #expect(String(stat.statText.dropFirst()) == theirs, "pid \(pid): procps says \(hostStat)")
            compared += 1
            if compared >= 40 { break }
        }
        #expect(compared > 0)
    }
    #endif
}
