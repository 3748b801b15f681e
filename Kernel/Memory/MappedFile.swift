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

/// A private mapping of an open file description, read with pread (Linux: generic
/// filemap_fault, without a page cache: each faulting page gets its own copy).
final class OpenFileMapping: MappedFileSource {
    let file: OpenFile

    init(file: OpenFile) { self.file = file }

    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        guard offset <= UInt64(Int64.max) else { return 0 }
        var done = 0
        while done < buffer.count {
            let count = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]),
                                      at: Int64(offset) + Int64(done))
            if count == 0 { break }
            done += count
        }
        return done
    }

    /// mmap's file lookup over the descriptor table: EBADF for a descriptor that is not
    /// open (or O_PATH), EACCES when it is not open for reading (Linux: even a private
    /// mapping needs read access), ENODEV when the file cannot be read at an offset (the
    /// console, pipes: Linux's missing ->mmap).
    static func open(_ process: Process, _ fd: Int32, _ protection: MemoryProtection) throws(Errno) -> MappedFileSource {
        let file = try process.files.entry(Int(fd))
        guard !file.flags.contains(.O_PATH) else { throw .EBADF }
        guard file.isReadable else { throw .EACCES }
        var probe: UInt8 = 0
        do throws(Errno) {
            _ = try withUnsafeMutableBytes(of: &probe) { (bytes: UnsafeMutableRawBufferPointer) throws(Errno) -> Int in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[0..<0]), at: 0)
            }
        } catch {
            throw .ENODEV
        }
        return OpenFileMapping(file: file)
    }
}
