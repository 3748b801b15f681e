// getdents64 of /proc and /proc/<pid>: the names computed from the process table at each
// call (ProcFS keeps no entries between operations, so RamFS cookies would not last).
// Positions: 0 ".", 1 "..", then 2 + an index — into ["self"] + the live pids for /proc
// (resuming at the first pid above the last one listed), into ProcFS.fileNames for a pid.
// Linux: proc_root_readdir, proc_pid_readdir, proc_tgid_base_readdir.
import KernelCore
import LinuxABI

final class ProcDirectoryFile: InodeFile {
    /// /proc's positions past "self": pid + this, so a listing resumes after the last pid
    /// shown even if processes came and went.
    private static let pidPositionBase: Int64 = 3

    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { throw .EISDIR }
    override func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int { throw .EISDIR }

    override func readDirectory(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard node.nlink > 0 else { throw .ENOENT }
        var entries: [(position: Int64, name: [UInt8], type: UInt8, inode: UInt64)] = [
            (0, Array(".".utf8), LinuxDirent64.DT_DIR, node.number), (1, Array("..".utf8), LinuxDirent64.DT_DIR, 1)]
        if node.providerTag == ProcFS.rootTag {
            entries.append((2, Array("self".utf8), LinuxDirent64.DT_LNK, 2))
            for pid in ProcFS.livePids() {
                entries.append((Int64(pid) + Self.pidPositionBase, Array(String(pid).utf8), LinuxDirent64.DT_DIR, UInt64(pid) << 8))
            }
        } else {
            guard ProcessTable.find(Int(node.providerTag - ProcFS.pidTagBase)) != nil else { throw .ENOENT }
            for (index, name) in ProcFS.fileNames.enumerated() {
                entries.append((Int64(index) + 2, Array(name.utf8), LinuxDirent64.DT_REG, node.number << 8 | UInt64(index)))
            }
        }
        var used = 0
        for (index, entry) in entries.enumerated() where entry.position >= offset {
            let next = index + 1 < entries.count ? entries[index + 1].position : entry.position + 1
            let length = LinuxDirent64.recordLength(nameLength: entry.name.count)
            guard buffer.count - used >= length else { break }
            let record = UnsafeMutableRawBufferPointer(rebasing: buffer[used..<(used + length)])
            _ = record.initializeMemory(as: UInt8.self, repeating: 0)
            record.storeBytes(of: entry.inode, toByteOffset: 0, as: UInt64.self)
            record.storeBytes(of: next, toByteOffset: 8, as: Int64.self)
            record.storeBytes(of: UInt16(length), toByteOffset: 16, as: UInt16.self)
            record.storeBytes(of: entry.type, toByteOffset: 18, as: UInt8.self)
            for (i, byte) in entry.name.enumerated() { record[LinuxDirent64.nameOffset + i] = byte }
            used += length
            offset = next
        }
        if used == 0 && entries.contains(where: { $0.position >= offset }) { throw .EINVAL }
        return used
    }

    /// SEEK_SET and SEEK_CUR to any position ≥ 0, as a ramfs directory.
    override func seek(_ delta: Int64, whence: Int32) throws(Errno) -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        offset = try DirectoryPosition.seek(from: offset, by: delta, whence: whence)
        return offset
    }
}
