// The RamFS tables checked against the host's Linux kernel: each table's tree is built in
// a temporary directory (tmpfs when /dev/shm is there), each case runs there through the
// *at(2) system calls, and the host's errno must be the one the table expects for RamFS.
// Non-root cases switch the thread's fsuid/fsgid (setfsuid(2) is per thread; cases with
// supplementary groups are skipped, since setgroups would change the whole process).
// Runs only as root on Linux. The tables: RamFS{Lookup,Operation,Rename}Tests.swift.
#if canImport(Glibc)
import Foundation
import Glibc
import Testing
import LinuxABI
@testable import KernelCore

/// A temporary host directory holding a test tree; removed on deinit.
final class HostTree {
    let path: String
    let fd: Int32

    init(_ steps: [RamTreeStep]) throws {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : NSTemporaryDirectory()
        var template = Array("\(base)/apus-ramfs-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw HostError.call("mkdtemp", errno) }
        path = String(cString: made)
        chmod(path, 0o755)
        fd = open(path, O_RDONLY | O_DIRECTORY)
        for step in steps { try apply(step) }
    }

    deinit {
        close(fd)
        try? FileManager.default.removeItem(atPath: path)
    }

    enum HostError: Error { case call(String, Int32) }

    private func check(_ name: String, _ result: Int32) throws {
        if result < 0 { throw HostError.call(name, errno) }
    }

    private func apply(_ step: RamTreeStep) throws {
        switch step {
        case .dir(let name, let mode, let uid, let gid):
            try check("mkdirat", mkdirat(fd, name, 0o700))
            try check("fchownat", fchownat(fd, name, uid, gid, 0))
            try check("fchmodat", fchmodat(fd, name, mode, 0))
        case .file(let name, let contents, let mode, let uid, let gid):
            let file = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            try check("openat", file)
            let bytes = rb(contents)
            _ = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
            close(file)
            try check("fchownat", fchownat(fd, name, uid, gid, 0))
            try check("fchmodat", fchmodat(fd, name, mode, 0))
        case .symlink(let name, let target):
            try check("symlinkat", symlinkat(target, fd, name))
        case .hardlink(let name, let existing):
            try check("linkat", linkat(fd, existing, fd, name, 0))
        }
    }

    /// The inode number at `name` (not following a final symlink), or nil.
    func inodeNumber(_ name: String) -> UInt64? {
        var status = stat()
        return fstatat(fd, name.isEmpty ? "." : name, &status, AT_SYMLINK_NOFOLLOW) == 0 ? UInt64(status.st_ino) : nil
    }
}

/// Runs `body` on this thread as `credentials` (fsuid/fsgid), then back as root; the
/// errno of a call returning −1, or nil.
func hostErrno(as credentials: FSCredentials, _ body: () -> Int) -> Errno? {
    typealias SetID = @convention(c) (UInt32) -> Int32
    let setfsuid = unsafeBitCast(dlsym(nil, "setfsuid")!, to: SetID.self)
    let setfsgid = unsafeBitCast(dlsym(nil, "setfsgid")!, to: SetID.self)
    _ = setfsgid(credentials.gid)
    _ = setfsuid(credentials.uid)
    errno = 0
    let result = body()
    let saved = errno
    _ = setfsuid(0)
    _ = setfsgid(0)
    return result < 0 ? Errno(rawValue: saved) : nil
}

let hostIsLinuxRoot = getuid() == 0

struct RamFSHostOracleTests {
    static let renameat2 = unsafeBitCast(
        dlsym(nil, "renameat2")!,
        to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)

    /// Lookup rows that stay inside the temporary directory (no absolute paths or links,
    /// no ".." above it, no supplementary groups).
    static let lookupRows = RamFSLookupTests.table.filter { path, _, _ in
        !path.hasPrefix("/") && !path.hasPrefix("..") && !path.contains("abs-link") && !path.contains("rootlink")
    }

    @Test(.enabled(if: hostIsLinuxRoot), arguments: lookupRows)
    func lookupTable(path: String, follow: Bool, expected: RamExpect) throws {
        let host = try HostTree(RamFixture.standardSteps)
        var status = stat()
        let error = hostErrno(as: .root) { Int(fstatat(host.fd, path, &status, follow ? 0 : AT_SYMLINK_NOFOLLOW)) }
        switch expected {
        case .at(let target), .link(let target):
            #expect(error == nil, "\(path)")
            #expect(UInt64(status.st_ino) == host.inodeNumber(target), "\(path)")
        case .error(let errno):
            #expect(error == errno, "\(path)")
        }
    }

    static let permissionRows = RamFSLookupTests.permissionTable.filter { $0.1.groups.isEmpty }

    @Test(.enabled(if: hostIsLinuxRoot), arguments: permissionRows)
    func searchPermissionTable(path: String, credentials: FSCredentials, expected: RamExpect) throws {
        let host = try HostTree(RamFixture.standardSteps)
        var status = stat()
        let error = hostErrno(as: credentials) { Int(fstatat(host.fd, path, &status, 0)) }
        if case .error(let errno) = expected { #expect(error == errno, "\(path)") } else { #expect(error == nil, "\(path)") }
    }

    @Test(.enabled(if: hostIsLinuxRoot), arguments: RamFSLookupTests.chainCases)
    func symlinkChainLimit(length: Int, error: Errno?) throws {
        var steps: [RamTreeStep] = [.file("file")]
        for index in 1...length { steps.append(.symlink("c\(index)", to: index == length ? "file" : "c\(index + 1)")) }
        let host = try HostTree(steps)
        var status = stat()
        #expect(hostErrno(as: .root) { Int(fstatat(host.fd, "c1", &status, 0)) } == error)
    }

    @Test(.enabled(if: hostIsLinuxRoot), arguments: RamFSLookupTests.pathLengthCases)
    func pathLength(length: Int, error: Errno?) throws {
        let host = try HostTree([])
        var path = "."
        while path.utf8.count + 2 <= length { path += "/." }
        while path.utf8.count < length { path += "/" }
        var status = stat()
        #expect(hostErrno(as: .root) { Int(fstatat(host.fd, path, &status, 0)) } == error)
    }

    static let hostProtectsHardlinks =
        (try? String(contentsOfFile: "/proc/sys/fs/protected_hardlinks", encoding: .utf8))?.hasPrefix("1") ?? false

    /// makedev(1, 3) (/dev/null): glibc's makedev is a macro Swift cannot import.
    static let nullDevice: dev_t = (1 << 8) | 3

    @Test(.enabled(if: hostIsLinuxRoot), arguments: RamFSOperationTests.table)
    func operationTable(op: RamOp, credentials: FSCredentials, expected: Errno?) throws {
        // fs.protected_hardlinks (systemd turns it on) makes the host refuse a non-owner's
        // link with EPERM before the directory check; Apus follows the kernel default (off).
        if case .link = op, !credentials.isPrivileged, Self.hostProtectsHardlinks { return }
        let host = try HostTree(operationSteps)
        let fd = host.fd
        let error = hostErrno(as: credentials) { () -> Int in
            switch op {
            case .mkdir(let path): return Int(mkdirat(fd, path, 0o755))
            case .create(let path): return Int(mknodat(fd, path, S_IFREG | 0o644, 0))
            case .mknod(let path, let mode): return Int(mknodat(fd, path, mode, Self.nullDevice))
            case .symlink(let target, let path): return Int(symlinkat(target, fd, path))
            case .link(let old, let new, let follow): return Int(linkat(fd, old, fd, new, follow ? AT_SYMLINK_FOLLOW : 0))
            case .unlink(let path): return Int(unlinkat(fd, path, 0))
            case .rmdir(let path): return Int(unlinkat(fd, path, AT_REMOVEDIR))
            case .readlink(let path):
                var buffer = [CChar](repeating: 0, count: 4096)
                return readlinkat(fd, path, &buffer, buffer.count)
            }
        }
        #expect(error == expected, "\(op)")
    }

    @Test(.enabled(if: hostIsLinuxRoot), arguments: RamFSRenameTests.table)
    func renameTable(old: String, new: String, who: FSCredentials, noReplace: Bool, expected: Errno?) throws {
        // "/" names the host's own root, outside the test tree (a different mount: EXDEV).
        if old == "/" || new == "/" { return }
        let host = try HostTree(renameSteps)
        let error = hostErrno(as: who) { Int(Self.renameat2(host.fd, old, host.fd, new, noReplace ? 1 : 0)) }
        #expect(error == expected, "\(old) → \(new)")
    }
}
#endif
