// RamFS namespace operations by path (Kernel/Core/RamFS/RamFS+Paths.swift and the
// by-name rules under it): the errno of every case in Linux's order, as root and as
// ordinary users, then the effects — link counts, timestamps, entry order, lifetimes.
import Testing
import LinuxABI
@testable import KernelCore

/// One namespace operation of the tables.
enum RamOp: Sendable, CustomStringConvertible {
    case mkdir(String)
    case create(String)
    case mknod(String, UInt32)
    case symlink(target: String, String)
    case link(String, String, follow: Bool)
    case unlink(String)
    case rmdir(String)
    case readlink(String)

    var description: String {
        switch self {
        case .mkdir(let path): "mkdir \(path)"
        case .create(let path): "create \(path)"
        case .mknod(let path, let mode): "mknod \(path) \(String(mode, radix: 8))"
        case .symlink(let target, let path): "symlink \(target) \(path)"
        case .link(let old, let new, let follow): "link \(old) \(new) follow=\(follow)"
        case .unlink(let path): "unlink \(path)"
        case .rmdir(let path): "rmdir \(path)"
        case .readlink(let path): "readlink \(path)"
        }
    }

    func run(_ f: RamFixture, as credentials: FSCredentials) throws(Errno) {
        let fs = f.fs, root = f.root
        switch self {
        case .mkdir(let path): _ = try fs.mkdir(rb(path), from: root, mode: 0o755, credentials: credentials)
        case .create(let path): _ = try f.file(path, as: credentials)
        case .mknod(let path, let mode):
            _ = try fs.mknod(rb(path), from: root, mode: FileMode(rawValue: mode),
                             device: RamDeviceNumber(major: 1, minor: 3), credentials: credentials)
        case .symlink(let target, let path):
            _ = try fs.symlink(target: rb(target), at: rb(path), from: root, credentials: credentials)
        case .link(let old, let new, let follow):
            try fs.link(rb(old), from: root, to: rb(new), from: root, followSymlink: follow, credentials: credentials)
        case .unlink(let path): try fs.unlink(rb(path), from: root, credentials: credentials)
        case .rmdir(let path): try fs.rmdir(rb(path), from: root, credentials: credentials)
        case .readlink(let path): _ = try fs.readlink(rb(path), from: root, credentials: credentials)
        }
    }
}

/// /d/{f, sub/inner, empty/}  /f  /link → d  /dangling → nowhere
/// /ro (0555) with x   /pub (0777) with af (alice's)   /sticky (1777) with af (alice's), bf (bob's)
let operationSteps: [RamTreeStep] = [
    .dir("d"), .file("d/f"), .dir("d/sub"), .file("d/sub/inner"), .dir("d/empty"), .file("f", "data"),
    .symlink("link", to: "d"), .symlink("dangling", to: "nowhere"), .dir("ro", mode: 0o555), .file("ro/x"),
    .dir("pub", mode: 0o777), .file("pub/af", uid: 1000, gid: 1000), .dir("sticky", mode: 0o1777),
    .file("sticky/af", uid: 1000, gid: 1000), .file("sticky/bf", uid: 2000, gid: 2000),
]

func operationTree() throws(Errno) -> RamFixture { try RamFixture(tree: operationSteps) }

let name255 = String(repeating: "x", count: 255), name256 = String(repeating: "x", count: 256)

struct RamFSOperationTests {
    static let table: [(RamOp, FSCredentials, Errno?)] = [
        // mkdir
        (.mkdir(""), .root, .ENOENT), (.mkdir("/"), .root, .EEXIST), (.mkdir("."), .root, .EEXIST),
        (.mkdir(".."), .root, .EEXIST), (.mkdir("d/."), .root, .EEXIST), (.mkdir("d"), .root, .EEXIST),
        (.mkdir("f"), .root, .EEXIST), (.mkdir("link"), .root, .EEXIST), (.mkdir("link/"), .root, .EEXIST),
        (.mkdir("dangling"), .root, .EEXIST), (.mkdir("new"), .root, nil), (.mkdir("new/"), .root, nil),
        (.mkdir("new//"), .root, nil), (.mkdir("d/new"), .root, nil), (.mkdir("link/new"), .root, nil),
        (.mkdir("missing/new"), .root, .ENOENT), (.mkdir("f/new"), .root, .ENOTDIR),
        (.mkdir(name255), .root, nil), (.mkdir(name256), .root, .ENAMETOOLONG),
        (.mkdir("ro/new"), alice, .EACCES), (.mkdir("ro/new"), .root, nil), (.mkdir("ro/x"), alice, .EEXIST),
        (.mkdir("pub/new"), alice, nil), (.mkdir("d/new"), alice, .EACCES),
        // create (mknod S_IFREG)
        (.create("new"), .root, nil), (.create("new/"), .root, .ENOENT), (.create("d/f"), .root, .EEXIST),
        (.create("d/f/"), .root, .EEXIST), (.create("."), .root, .EEXIST), (.create("/"), .root, .EEXIST),
        (.create("ro/new"), alice, .EACCES), (.create("pub/new"), alice, nil), (.create(name256), .root, .ENAMETOOLONG),
        (.create("f/new"), .root, .ENOTDIR),
        // mknod types
        (.mknod("n", FileMode.S_IFDIR | 0o755), .root, .EPERM), (.mknod("n", 0o170000), .root, .EINVAL),
        (.mknod("n", FileMode.S_IFDIR | 0o755), .root, .EPERM), (.mknod("d", 0o170000), .root, .EINVAL),
        (.mknod("n", 0o644), .root, nil), (.mknod("n", FileMode.S_IFCHR | 0o666), .root, nil),
        (.mknod("pub/n", FileMode.S_IFCHR | 0o666), alice, .EPERM), (.mknod("pub/n", FileMode.S_IFBLK | 0o666), alice, .EPERM),
        (.mknod("pub/n", FileMode.S_IFIFO | 0o666), alice, nil), (.mknod("pub/n", FileMode.S_IFSOCK | 0o666), alice, nil),
        (.mknod("ro/n", FileMode.S_IFCHR | 0o666), alice, .EACCES),
        // symlink
        (.symlink(target: "", "s"), .root, .ENOENT), (.symlink(target: String(repeating: "t", count: 4096), "s"), .root, .ENAMETOOLONG),
        (.symlink(target: String(repeating: "t", count: 4095), "s"), .root, nil), (.symlink(target: "d", "s"), .root, nil),
        (.symlink(target: "x", "d"), .root, .EEXIST), (.symlink(target: "x", "link"), .root, .EEXIST),
        (.symlink(target: "x", "s/"), .root, .ENOENT), (.symlink(target: "x", "/"), .root, .EEXIST),
        (.symlink(target: "x", "ro/s"), alice, .EACCES),
        // link
        (.link("f", "f2", follow: false), .root, nil), (.link("d", "d2", follow: false), .root, .EPERM),
        (.link("missing", "x", follow: false), .root, .ENOENT), (.link("f", "d/f", follow: false), .root, .EEXIST),
        (.link("f", "new/", follow: false), .root, .ENOENT), (.link("f/", "x", follow: false), .root, .ENOTDIR),
        (.link("link", "x", follow: false), .root, nil), (.link("link", "x", follow: true), .root, .EPERM),
        (.link("f", ".", follow: false), .root, .EEXIST), (.link("f", "ro/x2", follow: false), alice, .EACCES),
        (.link("dangling", "x", follow: true), .root, .ENOENT),
        // unlink
        (.unlink(""), .root, .ENOENT), (.unlink("/"), .root, .EISDIR), (.unlink("."), .root, .EISDIR),
        (.unlink(".."), .root, .EISDIR), (.unlink("d"), .root, .EISDIR), (.unlink("d/"), .root, .EISDIR),
        (.unlink("f/"), .root, .ENOTDIR), (.unlink("missing"), .root, .ENOENT), (.unlink("missing/"), .root, .ENOENT),
        (.unlink("link"), .root, nil), (.unlink("link/"), .root, .ENOTDIR), (.unlink("f"), .root, nil),
        (.unlink("d/f"), .root, nil), (.unlink(name256), .root, .ENAMETOOLONG),
        (.unlink("ro/x"), alice, .EACCES), (.unlink("ro/x"), .root, nil), (.unlink("pub/af"), bob, nil),
        (.unlink("sticky/bf"), alice, .EPERM), (.unlink("sticky/af"), alice, nil), (.unlink("sticky/bf"), .root, nil),
        (.unlink("sticky/af"), bob, .EPERM),
        // rmdir
        (.rmdir(""), .root, .ENOENT), (.rmdir("/"), .root, .EBUSY), (.rmdir("."), .root, .EINVAL),
        (.rmdir("d/."), .root, .EINVAL), (.rmdir(".."), .root, .ENOTEMPTY), (.rmdir("d/.."), .root, .ENOTEMPTY),
        (.rmdir("d"), .root, .ENOTEMPTY), (.rmdir("d/sub"), .root, .ENOTEMPTY), (.rmdir("d/empty"), .root, nil),
        (.rmdir("d/empty/"), .root, nil), (.rmdir("f"), .root, .ENOTDIR), (.rmdir("link"), .root, .ENOTDIR),
        (.rmdir("link/"), .root, .ENOTDIR), (.rmdir("missing"), .root, .ENOENT), (.rmdir("d/empty"), alice, .EACCES),
        (.rmdir(name256), .root, .ENAMETOOLONG),
        // readlink
        (.readlink("link"), .root, nil), (.readlink("dangling"), .root, nil), (.readlink("f"), .root, .EINVAL),
        (.readlink("d"), .root, .EINVAL), (.readlink("link/"), .root, .EINVAL), (.readlink("missing"), .root, .ENOENT),
        (.readlink(""), .root, .ENOENT),
    ]

    @Test(arguments: table)
    func errnoLikeLinux(op: RamOp, credentials: FSCredentials, expected: Errno?) throws {
        let f = try operationTree()
        #expect(ramError { () throws(Errno) in try op.run(f, as: credentials) } == expected, "\(op)")
    }

    @Test func readlinkGivesTheTarget() throws {
        let f = try operationTree()
        #expect(try f.fs.readlink(rb("link"), from: f.root, credentials: .root) == rb("d"))
        #expect(try f.fs.readlink(rb("dangling"), from: f.root, credentials: .root) == rb("nowhere"))
        #expect(ramError { () throws(Errno) in try f.fs.readLink(f.root) } == .EINVAL)
    }

    @Test func directoryLinkCounts() throws {
        let f = RamFixture()
        #expect(f.root.nlink == 2)
        let a = try f.mkdir("a")
        #expect(f.root.nlink == 3 && a.nlink == 2)
        try f.mkdir("a/b")
        try f.file("a/file")
        #expect(a.nlink == 3)
        try f.fs.rmdir(rb("a/b"), from: f.root, credentials: .root)
        #expect(a.nlink == 2)
        try f.fs.unlink(rb("a/file"), from: f.root, credentials: .root)
        try f.fs.rmdir(rb("a"), from: f.root, credentials: .root)
        #expect(f.root.nlink == 2 && a.nlink == 0 && a.isDeadDirectory)
    }

    @Test func hardLinksShareTheInode() throws {
        let f = RamFixture()
        let file = try f.file("f", "shared")
        try f.fs.link(rb("f"), from: f.root, to: rb("g"), from: f.root, credentials: .root)
        #expect(file.nlink == 2 && f.direct("g") === file)
        try f.fs.unlink(rb("f"), from: f.root, credentials: .root)
        #expect(file.nlink == 1 && f.contents(file) == rb("shared"))
        try f.fs.unlink(rb("g"), from: f.root, credentials: .root)
        #expect(file.nlink == 0)
        // An inode with no names cannot get one back (Linux: no I_LINKABLE here).
        #expect(ramError { () throws(Errno) in try f.fs.link(file, in: f.root, name: rb("back")) } == .ENOENT)
    }

    @Test func timestampsFollowTheClock() throws {
        let f = RamFixture()
        f.clock.seconds = 2_000
        let d = try f.mkdir("d")
        #expect(d.atime == RamTimestamp(seconds: 2_000) && d.mtime == d.atime && d.ctime == d.atime)
        #expect(f.root.mtime.seconds == 2_000 && f.root.ctime.seconds == 2_000)
        f.clock.seconds = 2_001
        f.clock.nanoseconds = 5
        let file = try f.file("d/x")
        #expect(file.mtime == RamTimestamp(seconds: 2_001, nanoseconds: 5))
        #expect(d.mtime == file.mtime && f.root.mtime.seconds == 2_000)
        f.clock.seconds = 2_002
        try f.fs.link(rb("d/x"), from: f.root, to: rb("y"), from: f.root, credentials: .root)
        #expect(file.ctime.seconds == 2_002 && file.mtime.seconds == 2_001 && f.root.mtime.seconds == 2_002)
        f.clock.seconds = 2_003
        try f.fs.unlink(rb("d/x"), from: f.root, credentials: .root)
        #expect(file.ctime.seconds == 2_003 && d.mtime.seconds == 2_003 && d.ctime.seconds == 2_003)
        f.clock.seconds = 2_004
        try f.fs.rmdir(rb("d"), from: f.root, credentials: .root)
        #expect(f.root.mtime.seconds == 2_004)
    }

    @Test func entriesKeepInsertionOrder() throws {
        let f = RamFixture()
        for name in ["zeta", "alpha", "mid", "beta"] { try f.file(name) }
        #expect(f.names("") == ["zeta", "alpha", "mid", "beta"])
        try f.fs.unlink(rb("alpha"), from: f.root, credentials: .root)
        try f.file("alpha")
        #expect(f.names("") == ["zeta", "mid", "beta", "alpha"])
    }

    @Test func unlinkedFileLivesWhileReferenced() throws {
        let f = RamFixture()
        let before = f.fs.inodeCount
        var file: RamInode? = try f.file("f", String(repeating: "z", count: 5000))
        #expect(f.fs.inodeCount == before + 1 && f.fs.fileDataPages == 2)
        try f.fs.unlink(rb("f"), from: f.root, credentials: .root)
        #expect(f.fs.inodeCount == before + 1 && f.fs.fileDataPages == 2)
        #expect(f.contents(file!).count == 5000)
        #expect(try f.write(file!, at: 5000, rb("more")) == 4)
        file = nil
        #expect(f.fs.inodeCount == before && f.fs.fileDataPages == 0 && f.fs.fileDataBytes == 0)
    }

    @Test func removedDirectoriesAreFreed() throws {
        let f = RamFixture()
        let before = f.fs.inodeCount
        try f.mkdir("a")
        try f.mkdir("a/b")
        try f.file("a/b/c")
        #expect(f.fs.inodeCount == before + 3)
        try f.fs.unlink(rb("a/b/c"), from: f.root, credentials: .root)
        try f.fs.rmdir(rb("a/b"), from: f.root, credentials: .root)
        try f.fs.rmdir(rb("a"), from: f.root, credentials: .root)
        #expect(f.fs.inodeCount == before)
    }

    /// A RamFS dropped with a tree in it frees every inode (no parent cycles left).
    @Test func droppingTheFilesystemFreesTheTree() throws {
        var fs: RamFS? = RamFS()
        weak var probe: RamInode?
        do {
            let top = try fs!.makeDirectory(in: fs!.root, name: rb("a"), mode: 0o755, uid: 0, gid: 0)
            var current = top
            for _ in 0..<2000 { current = try fs!.makeDirectory(in: current, name: rb("d"), mode: 0o755, uid: 0, gid: 0) }
            probe = current
        }
        #expect(probe != nil && fs!.inodeCount == 2002)
        fs = nil
        #expect(probe == nil)
    }

    @Test func deviceAndSpecialNodes() throws {
        let f = RamFixture()
        let console = try f.fs.mknod(rb("console"), from: f.root, mode: FileMode(rawValue: FileMode.S_IFCHR | 0o600),
                                     device: RamDeviceNumber(major: 5, minor: 1), credentials: .root)
        #expect(console.mode.isCharacterDevice && console.device == RamDeviceNumber(major: 5, minor: 1))
        #expect(console.size == 0 && console.blocks == 0)
        let fifo = try f.fs.mknod(rb("fifo"), from: f.root, mode: FileMode(rawValue: FileMode.S_IFIFO | 0o644),
                                  credentials: .root)
        #expect(fifo.mode.isFIFO && fifo.device == nil)
        let plain = try f.fs.mknod(rb("plain"), from: f.root, mode: FileMode(rawValue: 0o600), credentials: .root)
        #expect(plain.isRegular && plain.mode.permissions == 0o600)
        var byte: UInt8 = 0
        #expect(ramError { () throws(Errno) in
            try withUnsafeMutableBytes(of: &byte) { raw throws(Errno) in try f.fs.read(console, at: 0, into: raw) }
        } == .EINVAL)
    }

    @Test func byNameOperationsRejectBadNames() throws {
        let f = RamFixture()
        let fs = f.fs, root = f.root
        #expect(ramError { () throws(Errno) in try fs.create(in: root, name: rb("a/b"), mode: 0o644, uid: 0, gid: 0) } == .EINVAL)
        #expect(ramError { () throws(Errno) in try fs.create(in: root, name: [0x61, 0], mode: 0o644, uid: 0, gid: 0) } == .EINVAL)
        #expect(ramError { () throws(Errno) in try fs.create(in: root, name: [], mode: 0o644, uid: 0, gid: 0) } == .ENOENT)
        #expect(ramError { () throws(Errno) in try fs.create(in: root, name: rb(".."), mode: 0o644, uid: 0, gid: 0) } == .EEXIST)
        let file = try fs.create(in: root, name: rb("file"), mode: 0o644, uid: 7, gid: 8)
        #expect(file.uid == 7 && file.gid == 8 && file.mode.rawValue == FileMode.S_IFREG | 0o644)
        #expect(ramError { () throws(Errno) in try fs.create(in: file, name: rb("x"), mode: 0o644, uid: 0, gid: 0) } == .ENOTDIR)
        #expect(ramError { () throws(Errno) in try fs.makeSymlink(in: root, name: rb("s"), target: [0x61, 0], uid: 0, gid: 0) } == .EINVAL)
        #expect(ramError { () throws(Errno) in try fs.unlink(name: rb("."), in: root) } == .EISDIR)
        #expect(ramError { () throws(Errno) in try fs.removeDirectory(name: rb("file"), in: root) } == .ENOTDIR)
        #expect(ramError { () throws(Errno) in try fs.removeDirectory(name: [], in: root) } == .ENOENT)
        #expect(ramError { () throws(Errno) in try fs.unlink(name: rb("x"), in: file) } == .ENOTDIR)
    }
}
