// One member of an initrd archive, as mkcpio reads it from a directory tree. Encoded by
// CpioNewc.swift; merged and ordered by CpioTree.swift.

/// A file, directory or symbolic link to put in a cpio archive.
public struct CpioEntry: Equatable, Sendable {
    /// What the entry is, with its contents.
    public enum Kind: Equatable, Sendable {
        case file([UInt8])
        case directory
        /// The link's target, stored as the member's data.
        case symlink(String)
    }

    /// Path relative to the archive root: no leading `/` or `./`, no `.`/`..` parts.
    public var path: String
    public var kind: Kind
    /// Permission bits including setuid, setgid and sticky (`0o7777` mask).
    public var permissions: UInt32
    /// Last modification, seconds since the epoch (the header's `c_mtime`; the unpacker
    /// gives it to the file as its atime and mtime, as Linux's initramfs does).
    public var mtime: UInt32

    public init(path: String, kind: Kind, permissions: UInt32, mtime: UInt32 = 0) {
        self.path = path
        self.kind = kind
        self.permissions = permissions & 0o7777
        self.mtime = mtime
    }

    /// The file-type bits of `st_mode` (Linux `S_IFREG`, `S_IFDIR`, `S_IFLNK`).
    public var typeBits: UInt32 {
        switch kind {
        case .file: return 0o100000
        case .directory: return 0o040000
        case .symlink: return 0o120000
        }
    }

    /// The full `st_mode`: type bits and permission bits.
    public var mode: UInt32 { typeBits | permissions }

    /// The member's data: file bytes, or the link target without a terminating NUL.
    public var data: [UInt8] {
        switch kind {
        case .file(let bytes): return bytes
        case .directory: return []
        case .symlink(let target): return Array(target.utf8)
        }
    }

    public var isDirectory: Bool { kind == .directory }
}
