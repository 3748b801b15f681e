// RamFS.refreshDirectory (the VFS's procfs hook): it runs before a lookup in, or a listing
// of, a directory with a providerTag — and never for other directories.
import Testing
import KernelCore
import LinuxABI

@Test func refreshRunsBeforeLookupAndListingOfTaggedDirectories() throws {
    let fs = RamFS()
    let tagged = try fs.makeDirectory(in: fs.root, name: Array("proc".utf8), mode: 0o555, uid: 0, gid: 0)
    let plain = try fs.makeDirectory(in: fs.root, name: Array("plain".utf8), mode: 0o755, uid: 0, gid: 0)
    tagged.providerTag = 7
    var calls: [UInt64] = []
    fs.refreshDirectory = { fs, directory in
        calls.append(directory.providerTag)
        if (try? fs.lookup(Array("x".utf8), from: fs.root, credentials: .root)) == nil {
            _ = try? fs.create(in: directory, name: Array("fresh".utf8), mode: 0o444, uid: 0, gid: 0)
        }
    }
    // The name exists only because the refresh made it just before the lookup.
    let found = try fs.lookup(Array("/proc/fresh".utf8), from: fs.root, credentials: .root)
    #expect(found.isRegular && calls == [7])
    _ = try? fs.lookup(Array("/plain/nothing".utf8), from: fs.root, credentials: .root)
    _ = try fs.lookup(Array("/plain".utf8), from: fs.root, credentials: .root)
    #expect(calls == [7])
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 8)
    defer { buffer.deallocate() }
    _ = try fs.readDirectory(tagged, from: 0, into: buffer)
    #expect(calls == [7, 7])
    _ = try fs.readDirectory(plain, from: 0, into: buffer)
    #expect(calls == [7, 7])
}
