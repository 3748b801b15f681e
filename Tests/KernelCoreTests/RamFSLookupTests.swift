// RamFS path resolution (Kernel/Core/RamFS/RamFS+Lookup.swift): a table over the standard
// tree (RamFSFixtures.swift), symlink limits at 40/41, name and path length limits at
// their edges, search permission as non-root users, and what `resolve` reports.
import Testing
import LinuxABI
@testable import KernelCore

/// What a lookup should give: the inode at a directly walked path, or an error.
enum RamExpect: Sendable {
    case at(String)
    case link(String)
    case error(Errno)
}

struct RamFSLookupTests {
    static let table: [(String, Bool, RamExpect)] = [
        // Edges: empty, root, slashes.
        ("", true, .error(.ENOENT)),
        ("/", true, .at("")),
        ("//", true, .at("")),
        ("///", false, .at("")),
        (".", true, .at("")),
        ("..", true, .at("")),
        ("/..", true, .at("")),
        ("/../../a", true, .at("a")),
        ("a", true, .at("a")),
        ("a/", true, .at("a")),
        ("//a///b/", true, .at("a/b")),
        ("a/./b/./file", true, .at("a/b/file")),
        ("a/../file", true, .at("file")),
        ("a/../b", true, .error(.ENOENT)),
        ("a/b/..", true, .at("a")),
        // Missing components and non-directories in the middle.
        ("missing", true, .error(.ENOENT)),
        ("missing/", true, .error(.ENOENT)),
        ("missing/x", true, .error(.ENOENT)),
        ("a/b/file/", true, .error(.ENOTDIR)),
        ("a/b/file/", false, .error(.ENOTDIR)),
        ("a/b/file/.", true, .error(.ENOTDIR)),
        ("a/b/file/..", true, .error(.ENOTDIR)),
        ("file/x", true, .error(.ENOTDIR)),
        // Symlinks at the end and in the middle.
        ("dir-link", true, .at("a")),
        ("dir-link", false, .link("dir-link")),
        ("dir-link/", false, .at("a")),
        ("dir-link/b/file", false, .at("a/b/file")),
        ("dir-link/link-to-b/file", true, .at("a/b/file")),
        ("file-link", true, .at("file")),
        ("file-link", false, .link("file-link")),
        ("file-link/", true, .error(.ENOTDIR)),
        ("file-link/", false, .error(.ENOTDIR)),
        ("dangling", true, .error(.ENOENT)),
        ("dangling", false, .link("dangling")),
        ("dangling/", false, .error(.ENOENT)),
        ("loop1", true, .error(.ELOOP)),
        ("loop1", false, .link("loop1")),
        ("loop1/", false, .error(.ELOOP)),
        ("loop1/x", false, .error(.ELOOP)),
        ("self", true, .error(.ELOOP)),
        ("a/abs-link/file", true, .at("a/b/file")),
        ("a/abs-link", true, .at("a/b")),
        ("a/up", true, .at("file")),
        ("rootlink", true, .at("")),
        ("rootlink/a", true, .at("a")),
        ("rootlink/..", true, .at("")),
        ("slashes", true, .at("a/b")),
        ("slashes/file", true, .at("a/b/file")),
    ]

    @Test(arguments: table)
    func resolvesLikeLinux(path: String, follow: Bool, expected: RamExpect) throws {
        let f = try RamFixture.standardTree()
        let result = Result { () throws(Errno) -> RamInode in try f.lookup(path, follow: follow) }
        switch expected {
        case .at(let target), .link(let target):
            let inode = try #require(try? result.get(), "\(path) → \(result)")
            #expect(inode === f.direct(target), "\(path)")
            if case .link = expected { #expect(inode.isSymlink) }
        case .error(let errno):
            #expect(result.errorValue == errno, "\(path)")
        }
    }

    /// A chain of `length` symlinks c1 → c2 → … → c<length> → file: 40 is the limit.
    static let chainCases: [(Int, Errno?)] = [(1, nil), (39, nil), (40, nil), (41, .ELOOP), (100, .ELOOP)]

    @Test(arguments: chainCases)
    func symlinkChainLimit(length: Int, error: Errno?) throws {
        let f = RamFixture()
        let file = try f.file("file")
        for index in 1...length {
            try f.symlink("c\(index)", index == length ? "file" : "c\(index + 1)")
        }
        #expect(ramError { () throws(Errno) in try f.lookup("c1") } == error)
        if error == nil { #expect(try f.lookup("c1") === file) }
        // Not following the last one costs nothing.
        #expect(try f.lookup("c1", follow: false).isSymlink)
    }

    /// Links counted in the middle of a path too: 20 links to a directory, twice.
    @Test func linksInTheMiddleCountTowardsTheLimit() throws {
        let f = RamFixture()
        try f.mkdir("d")
        try f.file("d/file")
        for index in 1...20 { try f.symlink("m\(index)", index == 20 ? "d" : "m\(index + 1)") }
        #expect(try f.lookup("m1/file") === f.direct("d/file"))
        try f.symlink("d/back", "/m1")  // /m1 → … → d: 20 more
        #expect(ramError { () throws(Errno) in try f.lookup("m1/back/file") } == .ELOOP)
        try f.symlink("d/back19", "/m2")  // 19 more: 39 in all
        #expect(try f.lookup("m1/back19/file") === f.direct("d/file"))
    }

    static let nameLengthCases: [(Int, Errno?)] = [(1, .ENOENT), (254, .ENOENT), (255, .ENOENT), (256, .ENAMETOOLONG),
                                                   (1000, .ENAMETOOLONG)]

    @Test(arguments: nameLengthCases)
    func componentLength(length: Int, missing: Errno?) throws {
        let f = RamFixture()
        let name = String(repeating: "n", count: length)
        #expect(ramError { () throws(Errno) in try f.lookup(name) } == missing)
        #expect(ramError { () throws(Errno) in try f.lookup("/\(name)/x") } == missing)
        if length <= 255 {
            let inode = try f.file(name)
            #expect(try f.lookup(name) === inode)
        } else {
            #expect(ramError { () throws(Errno) in try f.file(name) } == .ENAMETOOLONG)
        }
    }

    /// Whole paths: 4095 bytes resolve, 4096 do not (PATH_MAX counts the NUL).
    static let pathLengthCases: [(Int, Errno?)] = [(1, nil), (4093, nil), (4095, nil), (4096, .ENAMETOOLONG),
                                                   (10_000, .ENAMETOOLONG)]

    @Test(arguments: pathLengthCases)
    func pathLength(length: Int, error: Errno?) throws {
        let f = RamFixture()
        // "." then "/." pairs, then slashes to reach the exact length: the root.
        var path = "."
        while path.utf8.count + 2 <= length { path += "/." }
        while path.utf8.count < length { path += "/" }
        #expect(path.utf8.count == length)
        #expect(ramError { () throws(Errno) in try f.lookup(path) } == error)
        if error == nil { #expect(try f.lookup(path) === f.root) }
    }

    static let permissionTable: [(String, FSCredentials, RamExpect)] = [
        ("private/secret", alice, .error(.EACCES)),
        ("private/secret", FSCredentials(uid: 3000, gid: 2000), .error(.EACCES)),
        ("private/secret", FSCredentials(uid: 2000, gid: 1), .at("private/secret")),
        ("private/secret", .root, .at("private/secret")),
        ("private/missing", alice, .error(.EACCES)),
        ("private", alice, .at("private")),
        ("private/", alice, .at("private")),
        ("private/.", alice, .error(.EACCES)),
        ("private/..", alice, .error(.EACCES)),
        ("group/inside", bob, .at("group/inside")),
        ("group/inside", alice, .error(.EACCES)),
        ("group/inside", FSCredentials(uid: 3000, gid: 50), .at("group/inside")),
        ("owner-denied/x", alice, .error(.EACCES)),
        ("owner-denied/x", bob, .at("owner-denied/x")),
        ("a/b/file", alice, .at("a/b/file")),
    ]

    @Test(arguments: permissionTable)
    func searchPermission(path: String, credentials: FSCredentials, expected: RamExpect) throws {
        let f = try RamFixture.standardTree()
        let result = Result { () throws(Errno) -> RamInode in try f.lookup(path, as: credentials) }
        switch expected {
        case .at(let target), .link(let target):
            #expect((try? result.get()) === f.direct(target), "\(path)")
        case .error(let errno):
            #expect(result.errorValue == errno, "\(path)")
        }
    }

    @Test func symlinkThroughAnUnsearchableDirectory() throws {
        let f = try RamFixture.standardTree()
        try f.symlink("to-secret", "private/secret")
        #expect(ramError { () throws(Errno) in try f.lookup("to-secret", as: alice) } == .EACCES)
        #expect(try f.lookup("to-secret", follow: false, as: alice).isSymlink)
    }

    @Test func relativeToACurrentDirectory() throws {
        let f = try RamFixture.standardTree()
        let a = try #require(f.direct("a"))
        #expect(try f.lookup("b/file", from: a) === f.direct("a/b/file"))
        #expect(try f.lookup("..", from: a) === f.root)
        #expect(try f.lookup("../file", from: a) === f.direct("file"))
        #expect(try f.lookup("/a", from: a) === a)
        #expect(try f.lookup("link-to-b", from: a) === f.direct("a/b"))
        let file = try #require(f.direct("file"))
        #expect(ramError { () throws(Errno) in try f.lookup("x", from: file) } == .ENOTDIR)
        #expect(try f.lookup("/a", from: file) === a)
    }

    /// A removed directory still knows "." and "..", but holds no names (Linux IS_DEADDIR).
    @Test func removedCurrentDirectory() throws {
        let f = RamFixture()
        let x = try f.mkdir("x")
        try f.fs.rmdir(rb("x"), from: f.root, credentials: .root)
        #expect(x.isDeadDirectory)
        #expect(try f.lookup(".", from: x) === x)
        #expect(try f.lookup("..", from: x) === f.root)
        #expect(ramError { () throws(Errno) in try f.lookup("y", from: x) } == .ENOENT)
        #expect(ramError { () throws(Errno) in try f.fs.mkdir(rb("y"), from: x, mode: 0o755, credentials: .root) } == .ENOENT)
        #expect(ramError { () throws(Errno) in try f.fs.create(in: x, name: rb("y"), mode: 0o644, uid: 0, gid: 0) } == .ENOENT)
    }

    @Test func resolveReportsParentNameAndKind() throws {
        let f = try RamFixture.standardTree()
        let a = try #require(f.direct("a")), b = try #require(f.direct("a/b"))
        func resolve(_ path: String, _ final: RamFinalComponent) throws(Errno) -> RamPathResolution {
            try f.fs.resolve(rb(path), from: f.root, final: final, credentials: .root)
        }
        var r = try resolve("a/new", .parentOnly)
        #expect(r.parent === a && r.name == rb("new") && r.last == .normal && !r.trailingSlash && r.inode == nil)
        r = try resolve("a/b", .parentOnly)
        #expect(r.parent === a && r.name == rb("b") && r.inode == nil)
        r = try resolve("a/b", .follow)
        #expect(r.parent === a && r.inode === b)
        r = try resolve("a/new//", .parentOnly)
        #expect(r.name == rb("new") && r.trailingSlash)
        r = try resolve("/", .parentOnly)
        #expect(r.parent === f.root && r.name.isEmpty && r.last == .root && r.inode === f.root)
        r = try resolve("a/.", .follow)
        #expect(r.parent === a && r.last == .dot && r.inode === a)
        r = try resolve("a/b/..", .follow)
        #expect(r.parent === b && r.last == .dotDot && r.inode === a)
        r = try resolve("a/..", .parentOnly)
        #expect(r.last == .dotDot && r.inode == nil)
        // A final symlink followed to a missing name: where open(O_CREAT) would create it.
        r = try resolve("dangling", .follow)
        #expect(r.parent === f.root && r.name == rb("missing") && r.inode == nil)
        r = try resolve("dangling", .noFollow)
        #expect(r.name == rb("dangling") && r.inode?.isSymlink == true)
        r = try resolve("dir-link/", .parentOnly)
        #expect(r.name == rb("dir-link") && r.trailingSlash && r.inode == nil)
        // A trailing slash after a followed final symlink carries to its target's name.
        try f.symlink("to-new", "a/new")
        r = try resolve("to-new/", .noFollow)
        #expect(r.parent === a && r.name == rb("new") && r.trailingSlash && r.inode == nil)
        #expect(ramError { () throws(Errno) in try resolve("a/missing/x", .parentOnly) } == .ENOENT)
        #expect(ramError { () throws(Errno) in try resolve("private/x", .parentOnly) } == nil)
    }
}

extension Result {
    /// The failure, or nil.
    var errorValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
