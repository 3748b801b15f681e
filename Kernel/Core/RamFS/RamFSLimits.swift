// The Linux limits the ramfs enforces on paths and names. Kept here (not in Kernel/ABI)
// until LinuxABI carries them: include/uapi/linux/limits.h and include/linux/namei.h.
// Used by the path walk (RamFS+Lookup.swift) and the name checks (RamFS+Create.swift).

/// Path, name and symlink limits. Linux: `PATH_MAX`, `NAME_MAX`, `MAXSYMLINKS`.
public enum RamFSLimits {
    /// Bytes of a path including its NUL (Linux `PATH_MAX`): a path of 4096 bytes or more
    /// is `ENAMETOOLONG`, and so is a symlink target of that length.
    public static var pathMax: Int { 4096 }
    /// Longest name of one directory entry (Linux `NAME_MAX`).
    public static var nameMax: Int { 255 }
    /// Symlinks one path walk may follow; the next one is `ELOOP` (Linux `MAXSYMLINKS`).
    public static var maxSymlinks: Int { 40 }
    /// Unit of file storage and of `st_blksize` (one page, as tmpfs).
    public static var pageSize: Int { 4096 }
}
