// RamFS rename (Kernel/Core/RamFS/RamFS+Rename.swift): Linux rename(2) rules as a table
// (replacing, directory/non-directory mismatches, moving into its own subtree, "." and
// "..", trailing slashes, RENAME_NOREPLACE, sticky and permission cases), then effects.
import Testing
import LinuxABI
@testable import KernelCore

/// /a/{f, sub/deep/}  /b/ (empty)  /full/x  /f ("one")  /g ("two")  /h (hard link of f)
/// /link → a  /ro (0555) with x  /pub (0777) with af (alice)  /sticky (1777) with af, bf
/// /bobdir (0777, bob's) with sub (0755, bob's)
let renameSteps: [RamTreeStep] = [
    .dir("a"), .file("a/f"), .dir("a/sub"), .dir("a/sub/deep"), .dir("b"), .dir("full"), .file("full/x"),
    .file("f", "one"), .file("g", "two"), .hardlink("h", to: "f"), .symlink("link", to: "a"),
    .dir("ro", mode: 0o555), .file("ro/x"), .dir("pub", mode: 0o777), .file("pub/af", uid: 1000, gid: 1000),
    .dir("sticky", mode: 0o1777), .file("sticky/af", uid: 1000, gid: 1000), .file("sticky/bf", uid: 2000, gid: 2000),
    .dir("bobdir", mode: 0o777, uid: 2000, gid: 2000), .dir("bobdir/sub", uid: 2000, gid: 2000),
]

func renameTree() throws(Errno) -> RamFixture { try RamFixture(tree: renameSteps) }

struct RamFSRenameTests {
    /// (old, new, who, noReplace, expected)
    static let table: [(String, String, FSCredentials, Bool, Errno?)] = [
        // Same inode: nothing happens.
        ("f", "f", .root, false, nil), ("f", "h", .root, false, nil), ("a", "a", .root, false, nil),
        // Files.
        ("f", "g", .root, false, nil), ("f", "new", .root, false, nil), ("f", "b/new", .root, false, nil),
        ("f", "link", .root, false, nil), ("link", "new", .root, false, nil),
        ("f", "a", .root, false, .EISDIR), ("f", "b", .root, false, .EISDIR),
        // Directories.
        ("a", "f", .root, false, .ENOTDIR), ("a", "b", .root, false, nil), ("a", "full", .root, false, .ENOTEMPTY),
        ("a/sub", "b", .root, false, nil), ("a/sub", "new", .root, false, nil), ("b", "a/sub/deep/b", .root, false, nil),
        // Into its own subtree, or over its own ancestors.
        ("a", "a/new", .root, false, .EINVAL), ("a", "a/sub/new", .root, false, .EINVAL),
        ("a", "a/sub", .root, false, .EINVAL), ("a", "a/sub/deep", .root, false, .EINVAL),
        ("a/sub", "a", .root, false, .ENOTEMPTY), ("a/sub/deep", "a", .root, false, .ENOTEMPTY),
        ("a/sub/deep", "a/sub", .root, false, .ENOTEMPTY), ("a/sub", "a/sub/deep/x", .root, false, .EINVAL),
        // ".", ".." and "/".
        (".", "x", .root, false, .EBUSY), ("..", "x", .root, false, .EBUSY), ("/", "x", .root, false, .EBUSY),
        ("a/.", "x", .root, false, .EBUSY), ("b", ".", .root, false, .EBUSY), ("b", "a/..", .root, false, .EBUSY),
        ("b", "/", .root, false, .EBUSY), ("b", ".", .root, true, .EEXIST),
        // Missing names and parents.
        ("missing", "x", .root, false, .ENOENT), ("f", "missing/x", .root, false, .ENOENT),
        ("missing/x", "y", .root, false, .ENOENT), ("f", "g/x", .root, false, .ENOTDIR),
        ("", "x", .root, false, .ENOENT), ("f", "", .root, false, .ENOENT),
        (name256, "x", .root, false, .ENAMETOOLONG), ("f", name256, .root, false, .ENAMETOOLONG),
        // Trailing slashes need a directory.
        ("f/", "x", .root, false, .ENOTDIR), ("f", "x/", .root, false, .ENOTDIR), ("link/", "x", .root, false, .ENOTDIR),
        ("a/", "x/", .root, false, nil), ("a", "new/", .root, false, nil), ("a", "b/", .root, false, nil),
        // RENAME_NOREPLACE.
        ("f", "g", .root, true, .EEXIST), ("f", "new", .root, true, nil), ("a", "b", .root, true, .EEXIST),
        // Permissions and the sticky bit.
        ("ro/x", "ro/y", alice, false, .EACCES), ("pub/af", "ro/new", alice, false, .EACCES),
        ("pub/af", "pub/new", alice, false, nil), ("pub/af", "pub/new", bob, false, nil),
        ("sticky/bf", "sticky/x", alice, false, .EPERM), ("sticky/af", "sticky/x", alice, false, nil),
        ("sticky/af", "sticky/bf", alice, false, .EPERM), ("sticky/af", "pub/af", alice, false, nil),
        ("sticky/bf", "pub/x", .root, false, nil),
        // Moving a directory to a new parent needs write permission on it (its "..").
        ("bobdir/sub", "pub/sub", bob, false, nil), ("bobdir/sub", "pub/sub", alice, false, .EACCES),
        ("bobdir/sub", "bobdir/sub2", alice, false, nil),
    ]

    @Test(arguments: table)
    func errnoLikeLinux(old: String, new: String, who: FSCredentials, noReplace: Bool, expected: Errno?) throws {
        let f = try renameTree()
        let error = ramError { () throws(Errno) in
            try f.fs.rename(rb(old), from: f.root, to: rb(new), from: f.root, noReplace: noReplace, credentials: who)
        }
        #expect(error == expected, "\(old) → \(new)")
    }

    @Test func replacingAFile() throws {
        let f = try renameTree()
        let one = try #require(f.direct("f")), two = try #require(f.direct("g"))
        let position = f.names("").firstIndex(of: "g")
        f.clock.seconds = 5_000
        try f.fs.rename(rb("f"), from: f.root, to: rb("g"), from: f.root, credentials: .root)
        #expect(f.direct("f") == nil && f.direct("g") === one && f.contents(one) == rb("one"))
        #expect(two.nlink == 0 && one.nlink == 2 && f.direct("h") === one)
        #expect(one.ctime.seconds == 5_000 && two.ctime.seconds == 5_000 && f.root.mtime.seconds == 5_000)
        // The replaced name keeps its place in the listing.
        let names = f.names("")
        #expect(names.firstIndex(of: "g") == position! - 1 && !names.contains("f"))
    }

    @Test func renamingOntoAHardLinkOfItselfKeepsBoth() throws {
        let f = try renameTree()
        try f.fs.rename(rb("f"), from: f.root, to: rb("h"), from: f.root, credentials: .root)
        #expect(f.direct("f") != nil && f.direct("h") === f.direct("f") && f.direct("f")!.nlink == 2)
    }

    @Test func movingADirectoryUpdatesParentsAndLinks() throws {
        let f = try renameTree()
        let a = try #require(f.direct("a")), b = try #require(f.direct("b")), sub = try #require(f.direct("a/sub"))
        #expect(a.nlink == 3 && b.nlink == 2)
        try f.fs.rename(rb("a/sub"), from: f.root, to: rb("b/moved"), from: f.root, credentials: .root)
        #expect(a.nlink == 2 && b.nlink == 3 && f.direct("b/moved") === sub)
        #expect(try f.lookup("b/moved/..") === b)
        #expect(try f.lookup("b/moved/deep/../..") === b)
        #expect(sub.directory?.parent === b)
    }

    @Test func directoryOverAnEmptyDirectory() throws {
        let f = try renameTree()
        let a = try #require(f.direct("a")), b = try #require(f.direct("b"))
        let rootLinks = f.root.nlink
        try f.fs.rename(rb("a"), from: f.root, to: rb("b"), from: f.root, credentials: .root)
        #expect(f.direct("a") == nil && f.direct("b") === a)
        #expect(b.nlink == 0 && b.isDeadDirectory && f.root.nlink == rootLinks - 1)
        // Across parents over an empty directory.
        let deep = try #require(f.direct("b/sub/deep"))
        try f.mkdir("full/empty")
        let full = try #require(f.direct("full")), sub = try #require(f.direct("b/sub"))
        try f.fs.rename(rb("b/sub/deep"), from: f.root, to: rb("full/empty"), from: f.root, credentials: .root)
        #expect(sub.nlink == 2 && full.nlink == 3 && f.direct("full/empty") === deep)
        #expect(try f.lookup("full/empty/..") === full)
    }

    @Test func byNameRenameFromDifferentStartDirectories() throws {
        let f = try renameTree()
        let a = try #require(f.direct("a")), b = try #require(f.direct("b"))
        try f.fs.rename(rb("f"), from: a, to: rb("f"), from: b, credentials: .root)
        #expect(f.direct("b/f") != nil && f.direct("a/f") == nil)
        try f.fs.rename(from: b, name: rb("f"), to: f.root, name: rb("moved"))
        #expect(f.direct("moved") != nil)
        #expect(ramError { () throws(Errno) in try f.fs.rename(from: f.root, name: rb("moved"), to: f.direct("f")!, name: rb("x")) } == .ENOTDIR)
    }
}
