// The entries of one ramfs directory, in insertion order, each with a cookie that never
// changes while the entry exists: getdents64 (RamDirents.swift) resumes at a cookie, so a
// listing stays stable while names are added or removed. "." and ".." are not stored.
// Names are found by a linear scan that compares a 32-bit FNV-1a hash first.
// Linux: the dentry children list walked by dcache_readdir (fs/libfs.c).

/// A directory's names and the inodes they point to.
final class RamDirectory {
    /// One name in the directory.
    struct Entry {
        let name: [UInt8]
        let hash: UInt32
        /// Position for getdents64: increasing in insertion order, ≥ `firstCookie`.
        let cookie: Int64
        var inode: RamInode
    }

    /// Cookie of the first stored entry; 0 and 1 are "." and "..".
    static var firstCookie: Int64 { 2 }

    /// Entries in insertion order (ascending cookies).
    private(set) var entries: [Entry] = []
    private var nextCookie = RamDirectory.firstCookie
    /// The directory ".." names; nil only for the root, whose ".." is itself. Kept after
    /// the directory is removed, as Linux keeps d_parent (".." of a removed cwd works).
    var parent: RamInode?

    init(parent: RamInode?) {
        self.parent = parent
    }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// FNV-1a over the name's bytes.
    static func hash(_ name: ArraySlice<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in name { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// The index in `entries` of `name`, or nil.
    func index(of name: ArraySlice<UInt8>) -> Int? {
        let hash = Self.hash(name)
        return entries.firstIndex { $0.hash == hash && $0.name.elementsEqual(name) }
    }

    /// The inode `name` points to, or nil.
    func child(named name: ArraySlice<UInt8>) -> RamInode? {
        index(of: name).map { entries[$0].inode }
    }

    /// Adds `name` → `inode` at the end (the caller checked the name is new).
    func append(_ name: [UInt8], _ inode: RamInode) {
        entries.append(Entry(name: name, hash: Self.hash(name[...]), cookie: nextCookie, inode: inode))
        nextCookie += 1
    }

    /// Removes the entry at `index`; a directory emptied after a burst (/tmp) gives its
    /// storage back.
    func remove(at index: Int) {
        entries.removeReleasing(at: index)
    }

    /// Points the entry at `index` to `inode`, keeping its name and position (rename over
    /// an existing name).
    func replace(at index: Int, with inode: RamInode) {
        entries[index].inode = inode
    }

    /// The index of the first entry whose cookie is `cookie` or more (`count` if none).
    func firstIndex(atOrAfterCookie cookie: Int64) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = low + (high - low) / 2
            if entries[middle].cookie < cookie { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
