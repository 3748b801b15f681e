// getdents64 records, getcwd paths, stat, chmod/chown/utimensat of the ramfs
// (RamDirents.swift, RamStat.swift, RamFS+Attributes.swift).
import Testing
import LinuxABI
@testable import KernelCore

/// One decoded linux_dirent64 record.
struct DirentRecord: Equatable {
    let ino: UInt64
    let off: Int64
    let reclen: Int
    let type: UInt8
    let name: String
}

/// Lists `directory` from `position` with a buffer of `size` bytes, decoding the records.
func listing(_ fixture: RamFixture, _ directory: RamInode, from position: Int64, size: Int)
    -> Result<(records: [DirentRecord], next: Int64), Errno> {
    var buffer = [UInt8](repeating: 0xAA, count: size)
    let result = buffer.withUnsafeMutableBytes { raw in
        Result { () throws(Errno) -> (count: Int, next: Int64) in
            try fixture.fs.readDirectory(directory, from: position, into: raw)
        }
    }
    return result.map { count, next in
        var records: [DirentRecord] = []
        var offset = 0
        while offset < count {
            func load<T: FixedWidthInteger>(_ at: Int, _: T.Type) -> T {
                buffer[(offset + at)...].withUnsafeBytes { $0.loadUnaligned(as: T.self) }
            }
            let reclen = Int(load(16, UInt16.self))
            let nameBytes = buffer[(offset + 19)..<(offset + reclen)].prefix { $0 != 0 }
            records.append(DirentRecord(ino: load(0, UInt64.self), off: load(8, Int64.self), reclen: reclen,
                                        type: buffer[offset + 18], name: String(decoding: nameBytes, as: UTF8.self)))
            offset += reclen
        }
        return (records, next)
    }
}

struct RamFSDirentTests {
    @Test func dotsThenEntriesInOrderWithOffsetsAndTypes() throws {
        let fixture = RamFixture()
        let d = try fixture.mkdir("d")
        let f = try fixture.file("d/file")
        try fixture.mkdir("d/sub")
        try fixture.symlink("d/link", "file")
        let (records, next) = try listing(fixture, d, from: 0, size: 4096).get()
        #expect(records.map(\.name) == [".", "..", "file", "sub", "link"])
        #expect(records.map(\.type) == [LinuxDirent64.DT_DIR, LinuxDirent64.DT_DIR, LinuxDirent64.DT_REG,
                                        LinuxDirent64.DT_DIR, LinuxDirent64.DT_LNK])
        #expect(records[0].ino == d.number && records[1].ino == fixture.root.number && records[2].ino == f.number)
        #expect(records.map(\.reclen) == [24, 24, 24, 24, 24])
        #expect(records.map(\.off) == [1, 2, 3, 4, 5])
        #expect(next == 5)
        // At the end: nothing more.
        #expect(try listing(fixture, d, from: next, size: 4096).get().records.isEmpty)
        // The root's ".." is itself.
        #expect(try listing(fixture, fixture.root, from: 1, size: 24).get().records.first?.ino == fixture.root.number)
    }

    @Test(arguments: [0, 1, 18, 23])
    func aBufferTooSmallForOneRecordIsEINVAL(size: Int) throws {
        let fixture = RamFixture()
        let d = try fixture.mkdir("d")
        #expect(listing(fixture, d, from: 0, size: size).map { _ in 0 } == .failure(.EINVAL))
        #expect(try listing(fixture, d, from: 0, size: 24).get().records.map(\.name) == ["."])
    }

    @Test func positionsStayValidWhileNamesComeAndGo() throws {
        let fixture = RamFixture()
        let d = try fixture.mkdir("d")
        for index in 0..<5 { try fixture.file("d/f\(index)") }
        let first = try listing(fixture, d, from: 0, size: 24 * 4).get()
        #expect(first.records.map(\.name) == [".", "..", "f0", "f1"])
        try fixture.fs.unlink(rb("d/f1"), from: fixture.root, credentials: .root)
        try fixture.fs.unlink(rb("d/f2"), from: fixture.root, credentials: .root)
        try fixture.file("d/new")
        let rest = try listing(fixture, d, from: first.next, size: 4096).get()
        #expect(rest.records.map(\.name) == ["f3", "f4", "new"])
    }

    @Test func aLongNameRecordIsPaddedTo8() throws {
        let fixture = RamFixture()
        let d = try fixture.mkdir("d")
        let name = String(repeating: "n", count: 255)
        try fixture.file("d/" + name)
        let records = try listing(fixture, d, from: 2, size: 4096).get().records
        #expect(records.count == 1 && records[0].reclen == LinuxDirent64.recordLength(nameLength: 255))
        #expect(records[0].reclen == 280 && records[0].name == name)
    }

    @Test func removedAndNonDirectories() throws {
        let fixture = RamFixture()
        let d = try fixture.mkdir("d")
        let f = try fixture.file("f")
        #expect(listing(fixture, f, from: 0, size: 4096).map { _ in 0 } == .failure(.ENOTDIR))
        try fixture.fs.rmdir(rb("d"), from: fixture.root, credentials: .root)
        #expect(listing(fixture, d, from: 0, size: 4096).map { _ in 0 } == .failure(.ENOENT))
    }

    @Test func pathsOfDirectories() throws {
        let fixture = RamFixture()
        let c = try fixture.mkdir("a")
        let b = try fixture.mkdir("a/bb")
        let f = try fixture.file("a/f")
        #expect(fixture.fs.path(of: fixture.root) == rb("/"))
        #expect(fixture.fs.path(of: c) == rb("/a") && fixture.fs.path(of: b) == rb("/a/bb"))
        #expect(fixture.fs.path(of: f) == nil)
        try fixture.fs.rename(rb("a/bb"), from: fixture.root, to: rb("moved"), from: fixture.root, credentials: .root)
        #expect(fixture.fs.path(of: b) == rb("/moved"))
        try fixture.fs.rmdir(rb("moved"), from: fixture.root, credentials: .root)
        #expect(fixture.fs.path(of: b) == nil)
    }

    @Test func statFields() throws {
        let fixture = RamFixture()
        fixture.clock.seconds = 77
        fixture.clock.nanoseconds = 5
        let f = try fixture.file("f", "hello", mode: 0o640)
        let info = fixture.fs.stat(f)
        #expect(info.st_ino == f.number && info.st_nlink == 1 && info.st_mode == 0o100640)
        #expect(info.st_size == 5 && info.st_blocks == 8 && info.st_blksize == 4096)
        #expect(info.st_dev == RamDeviceNumber(major: 0, minor: 42).encoded)
        #expect(info.st_mtim == Timespec(tv_sec: 77, tv_nsec: 5))
        let node = try fixture.fs.mknod(rb("zero"), from: fixture.root, mode: FileMode(rawValue: FileMode.S_IFCHR | 0o666),
                                        device: RamDeviceNumber(major: 1, minor: 5), credentials: .root)
        #expect(fixture.fs.stat(node).st_rdev == (1 << 8 | 5))
    }

    @Test func chmodRules() throws {
        let fixture = RamFixture()
        let f = try fixture.file("f", mode: 0o644)
        fixture.own("f", uid: alice.uid, gid: 3, mode: 0o644)
        #expect(ramError { () throws(Errno) in try fixture.fs.changeMode(f, to: 0o777, credentials: bob) } == .EPERM)
        try fixture.fs.changeMode(f, to: 0o2755, credentials: alice)
        #expect(f.mode.rawValue == 0o100755, "not in group 3: set-group-ID dropped")
        try fixture.fs.changeMode(f, to: 0o17777, credentials: .root)
        #expect(f.mode.rawValue == 0o107777, "only 07777 is kept")
    }

    @Test func chownRules() throws {
        let fixture = RamFixture()
        let f = try fixture.file("f")
        fixture.own("f", uid: bob.uid, gid: bob.gid, mode: 0o6755)
        #expect(ramError { () throws(Errno) in try fixture.fs.changeOwner(f, uid: alice.uid, gid: nil, credentials: bob) } == .EPERM)
        #expect(ramError { () throws(Errno) in try fixture.fs.changeOwner(f, uid: nil, gid: 7, credentials: bob) } == .EPERM)
        #expect(ramError { () throws(Errno) in try fixture.fs.changeOwner(f, uid: nil, gid: 50, credentials: alice) } == .EPERM)
        try fixture.fs.changeOwner(f, uid: nil, gid: 50, credentials: bob)
        #expect(f.gid == 50 && f.mode.rawValue == 0o100755, "set-id bits cleared (group-executable)")
        fixture.own("f", uid: bob.uid, gid: 50, mode: 0o6745)
        try fixture.fs.changeOwner(f, uid: 0, gid: 0, credentials: .root)
        #expect(f.uid == 0 && f.gid == 0 && f.mode.rawValue == 0o102745, "root clears set-user-ID too")
        let d = try fixture.mkdir("d", 0o2755)
        try fixture.fs.changeOwner(d, uid: 5, gid: nil, credentials: .root)
        #expect(d.uid == 5 && d.mode.permissions == 0o2755, "directories keep their bits")
    }

    @Test func utimensRules() throws {
        let fixture = RamFixture()
        let f = try fixture.file("f", mode: 0o646)
        fixture.own("f", uid: bob.uid, gid: bob.gid, mode: 0o646)
        let t = RamTimestamp(seconds: 5, nanoseconds: 6)
        #expect(ramError { () throws(Errno) in try fixture.fs.changeTimes(f, access: .time(t), modification: .omit, credentials: alice) } == .EPERM)
        fixture.clock.seconds = 2_000
        try fixture.fs.changeTimes(f, access: .now, modification: .now, credentials: alice)
        #expect(f.atime.seconds == 2_000 && f.mtime.seconds == 2_000, "write permission allows now/now")
        // One now beside an omit is an explicit change (Linux ATTR_TIMES_SET): owner only.
        #expect(ramError { () throws(Errno) in try fixture.fs.changeTimes(f, access: .now, modification: .omit, credentials: alice) } == .EPERM)
        #expect(ramError { () throws(Errno) in try fixture.fs.changeTimes(f, access: .omit, modification: .now, credentials: alice) } == .EPERM)
        fixture.own("f", uid: bob.uid, gid: bob.gid, mode: 0o644)
        #expect(ramError { () throws(Errno) in try fixture.fs.changeTimes(f, access: .now, modification: .now, credentials: alice) } == .EACCES)
        try fixture.fs.changeTimes(f, access: .omit, modification: .time(t), credentials: bob)
        #expect(f.mtime == t && f.atime.seconds == 2_000)
        fixture.clock.seconds = 3_000
        try fixture.fs.changeTimes(f, access: .omit, modification: .omit, credentials: alice)
        #expect(f.ctime.seconds == 2_000, "omit/omit changes nothing")
        let before = RamTimestamp(seconds: -86_400, nanoseconds: 999_999_999)
        try fixture.fs.changeTimes(f, access: .time(before), modification: .now, credentials: .root)
        #expect(f.atime == before && f.mtime.seconds == 3_000 && f.ctime.seconds == 3_000,
                "times before the epoch are kept; ctime is now")
    }
}
