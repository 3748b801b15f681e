// Helpers for the RamFS tests (Kernel/Core/RamFS/): a filesystem with a settable clock,
// paths as strings, errors as values, and a standard tree for lookup tests.
import Testing
import LinuxABI
@testable import KernelCore

/// The bytes of `text` (paths and names in the tests are written as strings).
func rb(_ text: String) -> [UInt8] { Array(text.utf8) }

/// The error `body` throws, or nil when it succeeds.
func ramError<T>(_ body: () throws(Errno) -> T) -> Errno? {
    do throws(Errno) {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// A clock the test sets by hand.
final class RamTestClock {
    var seconds: Int64 = 1_000
    var nanoseconds: UInt64 = 0
    var now: RamTimestamp { RamTimestamp(seconds: seconds, nanoseconds: nanoseconds) }
}

/// Credentials of an ordinary user.
let alice = FSCredentials(uid: 1000, gid: 1000)
let bob = FSCredentials(uid: 2000, gid: 2000, groups: [50])

/// A filesystem plus conveniences that take string paths and root credentials.
final class RamFixture {
    let clock = RamTestClock()
    let fs: RamFS

    init(pageLimit: Int = Int.max) {
        let clock = self.clock
        fs = RamFS(deviceNumber: RamDeviceNumber(major: 0, minor: 42), pageLimit: pageLimit, clock: { clock.now })
    }

    var root: RamInode { fs.root }

    /// The inode at `path`, bypassing lookup (walks the entries directly, no symlinks).
    func direct(_ path: String) -> RamInode? {
        var current = fs.root
        for part in path.split(separator: "/") {
            guard let next = current.directory?.child(named: rb(String(part))[...]) else { return nil }
            current = next
        }
        return current
    }

    func lookup(_ path: String, follow: Bool = true, from cwd: RamInode? = nil,
                as credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        try fs.lookup(rb(path), from: cwd ?? fs.root, followFinalSymlink: follow, credentials: credentials)
    }

    @discardableResult
    func mkdir(_ path: String, _ mode: UInt32 = 0o755, as credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        try fs.mkdir(rb(path), from: fs.root, mode: mode, credentials: credentials)
    }

    @discardableResult
    func file(_ path: String, _ contents: String = "", mode: UInt32 = 0o644,
              as credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        let inode = try fs.mknod(rb(path), from: fs.root, mode: FileMode(rawValue: FileMode.S_IFREG | mode),
                                 credentials: credentials)
        let bytes = rb(contents)
        if !bytes.isEmpty { _ = try write(inode, bytes) }
        return inode
    }

    /// `fs.write` of an array.
    @discardableResult
    func write(_ inode: RamInode, at offset: Int64 = 0, _ bytes: [UInt8]) throws(Errno) -> Int {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(Errno) -> Int in try fs.write(inode, at: offset, from: raw) }
        }
        return try result.get()
    }

    /// `fs.read` into a new array of `count` bytes, cut to what was read.
    func read(_ inode: RamInode, at offset: Int64, count: Int) throws(Errno) -> [UInt8] {
        var buffer = [UInt8](repeating: 0xEE, count: count)
        let result = buffer.withUnsafeMutableBytes { raw in
            Result { () throws(Errno) -> Int in try fs.read(inode, at: offset, into: raw) }
        }
        return Array(buffer[0..<(try result.get())])
    }

    @discardableResult
    func symlink(_ path: String, _ target: String, as credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        try fs.symlink(target: rb(target), at: rb(path), from: fs.root, credentials: credentials)
    }

    /// Sets owner and mode directly (the tests' chmod/chown without rules).
    func own(_ path: String, uid: UInt32, gid: UInt32, mode: UInt32) {
        guard let inode = direct(path) else { Issue.record("no \(path)"); return }
        inode.uid = uid
        inode.gid = gid
        inode.mode = FileMode(rawValue: inode.mode.type | mode)
    }

    /// The names in a directory, in getdents order, without "." and "..".
    func names(_ path: String) -> [String] {
        direct(path)?.directory?.entries.map { String(decoding: $0.name, as: UTF8.self) } ?? []
    }

    /// The whole contents of a regular file.
    func contents(_ inode: RamInode) -> [UInt8] {
        var buffer = [UInt8](repeating: 0xEE, count: Int(inode.size))
        let count = buffer.withUnsafeMutableBytes { raw in (try? fs.read(inode, at: 0, into: raw)) ?? -1 }
        return count == buffer.count ? buffer : []
    }

    /// A filesystem holding `tree`, built with root credentials.
    convenience init(tree: [RamTreeStep]) throws(Errno) {
        self.init()
        for step in tree {
            switch step {
            case .dir(let path, let mode, let uid, let gid):
                try mkdir(path, mode)
                own(path, uid: uid, gid: gid, mode: mode)
            case .file(let path, let contents, let mode, let uid, let gid):
                try file(path, contents, mode: mode)
                own(path, uid: uid, gid: gid, mode: mode)
            case .symlink(let path, let target):
                try symlink(path, target)
            case .hardlink(let path, let existing):
                try fs.link(rb(existing), from: fs.root, to: rb(path), from: fs.root, credentials: .root)
            }
        }
    }

    /// The standard tree of the lookup tests.
    static func standardTree() throws(Errno) -> RamFixture { try RamFixture(tree: standardSteps) }

    ///   /a/b/file ("hello")   /a/link-to-b → b   /a/abs-link → /a/b   /a/up → ../file
    ///   /file                 /dir-link → a      /file-link → file    /dangling → missing
    ///   /loop1 ⇄ /loop2       /self → self       /rootlink → /        /slashes → a/b//
    ///   /private (0700, uid 2000) with secret;   /group (0710, gid 50) with inside
    ///   /owner-denied (0071, uid 1000) with x
    static let standardSteps: [RamTreeStep] = [
        .dir("a"), .dir("a/b"), .file("a/b/file", "hello"), .symlink("a/link-to-b", to: "b"),
        .symlink("a/abs-link", to: "/a/b"), .symlink("a/up", to: "../file"), .file("file", "top"),
        .symlink("dir-link", to: "a"), .symlink("file-link", to: "file"), .symlink("dangling", to: "missing"),
        .symlink("loop1", to: "loop2"), .symlink("loop2", to: "loop1"), .symlink("self", to: "self"),
        .symlink("rootlink", to: "/"), .symlink("slashes", to: "a/b//"),
        .dir("private", mode: 0o700, uid: 2000, gid: 2000), .file("private/secret"),
        .dir("group", mode: 0o710, gid: 50), .file("group/inside"),
        .dir("owner-denied", mode: 0o071, uid: 1000, gid: 1000), .file("owner-denied/x"),
    ]
}

/// One step of building a test tree, applied to a RamFS (RamFixture) or to a host
/// directory (RamFSHostOracleTests) so both hold the same tree.
enum RamTreeStep: Sendable {
    case dir(String, mode: UInt32 = 0o755, uid: UInt32 = 0, gid: UInt32 = 0)
    case file(String, String = "", mode: UInt32 = 0o644, uid: UInt32 = 0, gid: UInt32 = 0)
    case symlink(String, to: String)
    case hardlink(String, to: String)
}
