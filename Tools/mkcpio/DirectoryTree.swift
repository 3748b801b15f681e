// Reads one directory tree into archive entries (RunnerKit's CpioEntry) without following
// symbolic links: a link is stored as a link, with its target as data.
import Foundation
import Glibc
import RunnerKit

/// A tree that cannot be read.
struct TreeError: Error {
    var message: String
}

/// Lists every file, directory and link below `root` (not `root` itself), with paths
/// relative to it and their mtimes (clamped to `clamp`, SOURCE_DATE_EPOCH, when set).
/// Other kinds (sockets, devices, FIFOs) are skipped with a warning: an initrd built
/// without root privileges has no use for them.
func readTree(root: String, clamp: Int64?, warn: (String) -> Void) throws(TreeError) -> [CpioEntry] {
    var info = stat()
    guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
        throw TreeError(message: "\(root) is not a directory")
    }
    var entries: [CpioEntry] = []
    try walk(root: root, relative: "", clamp: clamp, into: &entries, warn: warn)
    return entries
}

/// Adds the contents of `root/relative`, recursively.
private func walk(root: String, relative: String, clamp: Int64?, into entries: inout [CpioEntry],
                  warn: (String) -> Void) throws(TreeError) {
    let directory = relative.isEmpty ? root : root + "/" + relative
    let names: [String]
    do {
        names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
        throw TreeError(message: "cannot list \(directory): \(error.localizedDescription)")
    }
    for name in names {
        let path = relative.isEmpty ? name : relative + "/" + name
        let full = root + "/" + path
        var info = stat()
        guard lstat(full, &info) == 0 else {
            throw TreeError(message: "cannot stat \(full): \(String(cString: strerror(errno)))")
        }
        let permissions = UInt32(info.st_mode) & 0o7777
        let mtime = ArchiveTime.memberTime(fileSeconds: Int64(info.st_mtim.tv_sec), clamp: clamp)
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard let data = FileManager.default.contents(atPath: full) else {
                throw TreeError(message: "cannot read \(full)")
            }
            entries.append(CpioEntry(path: path, kind: .file(Array(data)), permissions: permissions, mtime: mtime))
        case S_IFDIR:
            entries.append(CpioEntry(path: path, kind: .directory, permissions: permissions, mtime: mtime))
            try walk(root: root, relative: path, clamp: clamp, into: &entries, warn: warn)
        case S_IFLNK:
            let target: String
            do {
                target = try FileManager.default.destinationOfSymbolicLink(atPath: full)
            } catch {
                throw TreeError(message: "cannot read link \(full): \(error.localizedDescription)")
            }
            entries.append(CpioEntry(path: path, kind: .symlink(target), permissions: permissions, mtime: mtime))
        default:
            warn("skipping \(full): not a regular file, directory or symbolic link")
        }
    }
}
