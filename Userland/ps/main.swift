// ps(1): one line per process from /proc — PID, PPID, STAT (the state letter of
// /proc/<pid>/stat with procps's flags: `s` session leader, `+` foreground group, `<`/`N`
// nice, `l` threads; ProcStat.statText) and CMD (the command line, or [comm] when it is
// empty) — in pid order, so the same program works on Linux and on Apus. Linux: procps/BusyBox ps reading
// /proc/<pid>/stat and /proc/<pid>/cmdline.
import Runtime
import UtilFormat
import UtilKit

@main struct Ps: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let tool = Tool(arguments, usage: "[-ef] [aux]")
        for word in arguments.dropFirst() {
            let allowed = word.hasPrefix("-") ? "-efAa" : "auxw"
            for c in word where !allowed.contains(c) { return tool.usageError("invalid option -- '" + String(c) + "'") }
        }
        let entries: [DirectoryEntry]
        do { entries = try readDirectory("/proc") } catch {
            tool.complain("/proc: " + errnoText(error))
            return 1
        }
        var pids: [Int32] = []
        for entry in entries { if let pid = Int32(entry.name), pid > 0 { pids.append(pid) } }
        pids.sort()
        print(padLeft("PID", 5) + " " + padLeft("PPID", 5) + " STAT CMD")
        for pid in pids {
            // A process may end between the listing and the read: skip it.
            guard let statText = try? readWholeFile("/proc/" + String(pid) + "/stat"),
                  let stat = ProcStat(statText) else { continue }
            let cmdline = (try? readWholeFile("/proc/" + String(pid) + "/cmdline")).flatMap { commandLineText($0) }
            print(padLeft(String(stat.pid), 5) + " " + padLeft(String(stat.ppid), 5) + " "
                  + padRight(stat.statText, 4) + " " + (cmdline ?? "[" + stat.comm + "]"))
        }
        return 0
    }
}
