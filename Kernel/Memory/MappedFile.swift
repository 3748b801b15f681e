// Files behind private file-backed mappings. The VFS's open file conforms to
// MappedFileSource; an address space keeps the sources its areas name by id (VMABacking's
// `file(id:offset:)`), shares them with a forked child and forgets them when no area
// names them any more. Pages are read in on the first touch (AddressSpace+Faults.swift).
import KernelCore
import LinuxABI

/// What a private file mapping reads its pages from. Linux: the file's ->mmap and
/// ->read_folio, reduced to one call.
protocol MappedFileSource: AnyObject {
    /// Copies the file's bytes at `offset` into `buffer` (one page) and returns how many
    /// there were (fewer at the end of the file; the rest of the page stays zero).
    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int
}

/// Looks up fd `fd` of `process` for mmap with `protection` and returns what to read
/// pages from: EBADF for no such fd, EACCES when its open mode does not allow the
/// mapping, ENODEV when the file cannot be mapped. Installed by the VFS.
typealias MappedFileOpener = (_ process: Process, _ fd: Int32, _ protection: MemoryProtection) throws(Errno) -> MappedFileSource

/// The sources of one address space's file-backed areas, by id.
struct MappedFiles {
    private(set) var entries: [(id: UInt32, source: MappedFileSource)] = []
    private var nextID: UInt32 = 1

    /// Enters `source` and returns its id.
    mutating func add(_ source: MappedFileSource) -> UInt32 {
        let id = nextID
        nextID &+= 1
        entries.append((id, source))
        return id
    }

    func source(_ id: UInt32) -> MappedFileSource? {
        entries.first(where: { $0.id == id })?.source
    }

    /// Forgets every source no area of `map` names.
    mutating func dropUnused(by map: UserAddressMap) {
        guard !entries.isEmpty else { return }
        entries.removeAll { entry in !map.areas.areas.contains { $0.backing.fileID == entry.id } }
    }
}
