// RamFS.exchange (Kernel/Core/RamFS/RamFS+Exchange.swift): renameat2's RENAME_EXCHANGE —
// swapped inodes, directories' ".." and link counts, and the errors in Linux's order.
import Testing
import LinuxABI
@testable import KernelCore

struct RamFSExchangeTests {
    func exchange(_ f: RamFixture, _ a: String, _ b: String, as credentials: FSCredentials = .root) throws(Errno) {
        try f.fs.exchange(rb(a), from: f.root, with: rb(b), from: f.root, credentials: credentials)
    }

    @Test func twoFilesSwap() throws {
        let f = RamFixture()
        let a = try f.file("a", "A")
        let b = try f.file("b", "B")
        try exchange(f, "a", "b")
        #expect(f.direct("a") === b && f.direct("b") === a)
        #expect(f.names("") == ["a", "b"], "both keep their positions")
    }

    @Test func aDirectoryAndAFileSwapAcrossParents() throws {
        let f = RamFixture()
        let p = try f.mkdir("p")
        let q = try f.mkdir("q")
        let d = try f.mkdir("p/d")
        try f.file("p/d/inner")
        let file = try f.file("q/file")
        #expect(p.nlink == 3 && q.nlink == 2)
        try exchange(f, "p/d", "q/file")
        #expect(f.direct("q/file") === d && f.direct("p/d") === file)
        #expect(d.directory?.parent === q, "the directory's \"..\" is its new parent")
        #expect(p.nlink == 2 && q.nlink == 3)
        #expect(try f.lookup("q/file/inner").isRegular)
        #expect(try f.lookup("q/file/..") === q)
    }

    @Test func twoDirectoriesSwapAcrossParents() throws {
        let f = RamFixture()
        let p = try f.mkdir("p")
        let q = try f.mkdir("q")
        let x = try f.mkdir("p/x")
        let y = try f.mkdir("q/y")
        try exchange(f, "p/x", "q/y")
        #expect(f.direct("p/x") === y && f.direct("q/y") === x)
        #expect(x.directory?.parent === q && y.directory?.parent === p)
        #expect(p.nlink == 3 && q.nlink == 3)
    }

    @Test func errors() throws {
        let f = RamFixture()
        try f.mkdir("d")
        try f.mkdir("d/sub")
        try f.file("file")
        fixtureOwnedByBob(f)
        #expect(ramError { () throws(Errno) in try exchange(f, "file", "missing") } == .ENOENT)
        #expect(ramError { () throws(Errno) in try exchange(f, "missing", "file") } == .ENOENT)
        #expect(ramError { () throws(Errno) in try exchange(f, "file", "/") } == .EBUSY)
        #expect(ramError { () throws(Errno) in try exchange(f, "d/.", "file") } == .EBUSY)
        #expect(ramError { () throws(Errno) in try exchange(f, "file/", "d") } == .ENOTDIR)
        #expect(ramError { () throws(Errno) in try exchange(f, "d", "d/sub") } == .EINVAL)
        #expect(ramError { () throws(Errno) in try exchange(f, "d/sub", "d") } == .EINVAL)
        #expect(ramError { () throws(Errno) in try exchange(f, "file", "d", as: alice) } == .EACCES)
        #expect(ramError { () throws(Errno) in try exchange(f, "t/bobs", "t/alices", as: alice) } == .EPERM)
        try exchange(f, "file", "file")
        #expect(f.direct("file")?.isRegular == true, "a name exchanged with itself stays")
    }

    /// A sticky, world-writable /t holding one file of bob's and one of alice's.
    func fixtureOwnedByBob(_ f: RamFixture) {
        _ = try? f.mkdir("t", 0o1777)
        f.own("t", uid: 0, gid: 0, mode: 0o1777)
        _ = try? f.file("t/bobs")
        _ = try? f.file("t/alices")
        f.own("t/bobs", uid: bob.uid, gid: bob.gid, mode: 0o644)
        f.own("t/alices", uid: alice.uid, gid: alice.gid, mode: 0o644)
    }
}
