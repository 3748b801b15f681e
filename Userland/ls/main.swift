// ls(1): lists files and directories. -l: mode, links, owner and group (names from
// /etc/passwd and /etc/group when they know the id), size, mtime, name (-> target for a
// symlink); -a: names starting with "." too; -d: directories as themselves; -1: one per
// line (always, since output is not columnated). Several operands: files first, then each
// directory under a "name:" header, as GNU ls.
import Runtime
import UtilFormat
import UtilKit

@main struct Ls: Program {
    nonisolated(unsafe) static var passwd: [UInt8]? = nil
    nonisolated(unsafe) static var group: [UInt8]? = nil
    /// The time "now" for the date column: read once, and again when a file seems to be
    /// from the future (it may have changed since), as GNU ls does.
    nonisolated(unsafe) static var now = Timespec(tv_sec: 0, tv_nsec: 0)

    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "[-1adl] [FILE]...")
        var bad = ""
        guard let options = Options(Array(arguments.dropFirst()), allowed: "1adlAnF", bad: &bad) else {
            return tool.usageError("invalid option -- '" + bad + "'", status: 2)
        }
        let long = options.has("l") || options.has("n")
        if long && !options.has("n") {
            passwd = try? readWholeFile("/etc/passwd")
            group = try? readWholeFile("/etc/group")
        }
        readClock()
        let operands = options.operands.isEmpty ? ["."] : options.operands
        var files: [(String, Stat)] = []
        var directories: [(String, Stat)] = []
        for path in operands {
            do {
                let info = try lstat(path)
                var followed = info
                if info.st_mode & 0o170000 == 0o120000, !long, let target = try? stat(path) { followed = target }
                if followed.st_mode & 0o170000 == 0o040000 && !options.has("d") {
                    directories.append((path, followed))
                } else {
                    files.append((path, info))
                }
            } catch {
                tool.fail("cannot access '" + path + "'", error)
            }
        }
        for (path, info) in files { show(path, path: path, info, long: long) }
        let headers = operands.count > 1
        for (index, (path, _)) in directories.enumerated() {
            if headers {
                if index > 0 || !files.isEmpty { print("") }
                print(path + ":")
            }
            let entries: [DirectoryEntry]
            do { entries = try readDirectory(path) } catch {
                tool.fail("cannot open directory '" + path + "'", error)
                continue
            }
            var names = entries.map { $0.name }.filter { options.has("a") || !$0.hasPrefix(".") }
            if options.has("A") { names = entries.map { $0.name }.filter { $0 != "." && $0 != ".." } }
            names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            var infos: [(String, Stat)] = []
            var blocks: Int64 = 0
            for name in names {
                let full = path.hasSuffix("/") ? path + name : path + "/" + name
                do {
                    let info = try lstat(full)
                    blocks += info.st_blocks
                    infos.append((name, info))
                } catch { tool.fail("cannot access '" + full + "'", error) }
            }
            if long { print("total " + String(blocks / 2)) }
            for (name, info) in infos {
                let full = path.hasSuffix("/") ? path + name : path + "/" + name
                show(name, path: full, info, long: long)
            }
        }
        // GNU: 2 for a missing command-line operand ("serious trouble"), 1 for minor problems.
        return tool.failed ? 2 : 0
    }

    static func show(_ name: String, path: String, _ info: Stat, long: Bool) {
        guard long else {
            print(name)
            return
        }
        var line = modeString(info.st_mode) + " " + padLeft(String(info.st_nlink), 2) + " "
        line += padRight(owner(info.st_uid, passwd), 8) + " " + padRight(owner(info.st_gid, group), 8) + " "
        if info.st_mode & 0o170000 == 0o020000 || info.st_mode & 0o170000 == 0o060000 {
            let major = (info.st_rdev >> 8) & 0xfff, minor = (info.st_rdev & 0xff) | ((info.st_rdev >> 12) & 0xfff00)
            line += padLeft(String(major) + ",", 4) + " " + padLeft(String(minor), 3)
        } else {
            line += padLeft(String(info.st_size), 8)
        }
        let mtime = info.st_mtim
        if mtime.tv_sec > now.tv_sec || (mtime.tv_sec == now.tv_sec && mtime.tv_nsec > now.tv_nsec) { readClock() }
        line += " " + listingTime(mtime.tv_sec, nanoseconds: mtime.tv_nsec, now: now.tv_sec, nowNanoseconds: now.tv_nsec)
        line += " " + name
        if info.st_mode & 0o170000 == 0o120000, let target = try? readlink(path) { line += " -> " + target }
        print(line)
    }

    static func readClock() {
        if let time = try? clockGettime(ClockID.CLOCK_REALTIME) { now = time }
    }

    static func owner(_ id: UInt32, _ database: [UInt8]?) -> String {
        if let database, let name = nameForID(id, inDatabase: database) { return name }
        return String(id)
    }
}
