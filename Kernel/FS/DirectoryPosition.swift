// lseek(2) on a directory (Linux dcache_dir_lseek): SEEK_SET and SEEK_CUR to any position
// ≥ 0; positions are cookies the directory's getdents64 understands. Shared by the ramfs
// and /proc directory files.
import LinuxABI

enum DirectoryPosition {
    /// The new position from `current`, or EINVAL (another whence, overflow, negative).
    static func seek(from current: Int64, by delta: Int64, whence: Int32) throws(Errno) -> Int64 {
        let base: Int64
        switch whence {
        case Whence.SEEK_SET: base = 0
        case Whence.SEEK_CUR: base = current
        default: throw .EINVAL
        }
        let (target, overflow) = base.addingReportingOverflow(delta)
        guard !overflow, target >= 0 else { throw .EINVAL }
        return target
    }
}
