// RamFS.populate(fromCpio:) (Kernel/Core/RamFS/RamFS+Populate.swift) over archives built
// as bytes here (newc() from CpioTests.swift), and over one written by the host's GNU cpio
// from a real tree (hard links, symlinks, a FIFO, a device node when run as root).
import Foundation
import Testing
import LinuxABI
@testable import KernelCore

/// A fresh fixture filled from `archive`, with the summary or the archive error.
func populated(_ archive: [UInt8]) -> (RamFixture, Result<RamPopulateSummary, CpioError>) {
    let fixture = RamFixture()
    let result = archive.withUnsafeBytes { raw in
        Result { () throws(CpioError) -> RamPopulateSummary in try fixture.fs.populate(fromCpio: raw) }
    }
    return (fixture, result)
}

struct RamFSPopulateTests {
    @Test func filesDirectoriesSymlinksWithModesOwnersAndTimes() throws {
        let archive = newc(".", mode: 0o40755, inode: 1)
            + newc("bin", mode: 0o40755, inode: 2)
            + newc("bin/sh", mode: 0o100755, data: Array("#!x\n".utf8), inode: 3)
            + newc("./etc", mode: 0o40700, inode: 4)
            + newc("etc/motd", mode: 0o100600, data: Array(repeating: 7, count: 5000), inode: 5)
            + newc("tmp", mode: 0o41777, inode: 6)
            + newc("bin/ls", mode: 0o120777, data: Array("sh".utf8), inode: 7)
            + newc("dev", mode: 0o40755, inode: 8)
            + newc("dev/null", mode: 0o20666, inode: 9, rdev: (1, 3))
            + newc("fifo", mode: 0o10644, inode: 10)
            + trailer
        let (fixture, result) = populated(archive)
        let summary = try result.get()
        #expect(summary.directories == 5 && summary.files == 2 && summary.symlinks == 1 && summary.nodes == 2)
        #expect(summary.skipped == 0)
        let sh = try #require(fixture.direct("bin/sh"))
        #expect(sh.mode.rawValue == 0o100755 && sh.uid == 1000 && sh.gid == 100)
        #expect(fixture.contents(sh) == Array("#!x\n".utf8))
        #expect(sh.mtime == RamTimestamp(seconds: 1_700_000_000))
        let motd = try #require(fixture.direct("etc/motd"))
        #expect(motd.size == 5000 && fixture.contents(motd) == Array(repeating: 7, count: 5000))
        #expect(fixture.direct("etc")?.mode.rawValue == 0o40700)
        #expect(fixture.direct("tmp")?.mode.rawValue == 0o41777)
        #expect(fixture.direct("bin/ls")?.symlinkTarget == Array("sh".utf8))
        #expect(try fixture.lookup("/bin/ls") === sh)
        let null = try #require(fixture.direct("dev/null"))
        #expect(null.mode.isCharacterDevice && null.device == RamDeviceNumber(major: 1, minor: 3))
        #expect(fixture.direct("fifo")?.mode.isFIFO == true)
        // Directory times are set last, after their children were added.
        #expect(fixture.direct("bin")?.mtime == RamTimestamp(seconds: 1_700_000_000))
        #expect(fixture.root.mtime == RamTimestamp(seconds: 1_700_000_000))
        #expect(fixture.root.uid == 1000 && fixture.root.nlink == 6)
    }

    @Test func hardLinksShareOneInodeAndTakeTheDataFromTheLastName() throws {
        // GNU cpio's newc: earlier names of a linked file carry no data, the last one does.
        let archive = newc("a", mode: 0o100644, inode: 42, nlink: 3)
            + newc("b", mode: 0o100644, inode: 42, nlink: 3)
            + newc("c", mode: 0o100644, data: Array("shared".utf8), inode: 42, nlink: 3)
            + newc("d", mode: 0o100644, data: Array("own".utf8), inode: 43, nlink: 1)
            + newc("e", mode: 0o100644, data: Array("own".utf8), inode: 43, nlink: 1)
            + trailer
        let (fixture, result) = populated(archive)
        let summary = try result.get()
        #expect(summary.files == 3 && summary.hardLinks == 2)
        let a = try #require(fixture.direct("a"))
        #expect(fixture.direct("b") === a && fixture.direct("c") === a)
        #expect(a.nlink == 3 && fixture.contents(a) == Array("shared".utf8))
        #expect(fixture.direct("d") !== fixture.direct("e"), "nlink 1: same ino does not link")
    }

    @Test func missingParentsAreCreatedAndExistingNamesReplaced() throws {
        let archive = newc("usr/lib/x", mode: 0o100644, data: [1], inode: 1)
            + newc("f", mode: 0o100644, data: [1, 2, 3], inode: 2)
            + newc("f", mode: 0o120777, data: Array("x".utf8), inode: 3)
            + newc("usr", mode: 0o40711, inode: 4)
            + newc("usr/lib", mode: 0o100644, inode: 5)   // a non-empty directory is not replaced
            + trailer
        let (fixture, result) = populated(archive)
        let summary = try result.get()
        #expect(summary.skipped == 1)
        #expect(fixture.direct("usr/lib/x")?.size == 1)
        #expect(fixture.direct("usr")?.mode.rawValue == 0o40711, "an existing directory takes the new attributes")
        #expect(fixture.direct("f")?.isSymlink == true)
    }

    @Test(arguments: [
        ("..", 0o40755 as UInt32), ("a/../../b", 0o100644), ("bad\u{1}", 0o160644), ("empty-link", 0o120777),
    ])
    func membersThatCannotBeAddedAreSkipped(name: String, mode: UInt32) throws {
        let (fixture, result) = populated(newc(name, mode: mode) + newc("ok", data: [9]) + trailer)
        let summary = try result.get()
        #expect(summary.skipped == 1 && summary.files == 1)
        #expect(fixture.direct("ok")?.size == 1)
    }

    @Test func aMalformedArchiveThrowsButKeepsWhatCameBefore() {
        let (fixture, result) = populated(newc("first", data: [1]) + Array("070701zz".utf8) + [UInt8](repeating: 0, count: 200))
        guard case .failure(let error) = result else { Issue.record("expected an error"); return }
        #expect(error == .badHexField(offset: newc("first", data: [1]).count))
        #expect(fixture.direct("first") != nil)
        let (_, missing) = populated(newc("x"))
        #expect(missing.map { _ in 0 } == .failure(.missingTrailer(offset: newc("x").count)))
    }

    @Test func componentsOfMemberNames() {
        func parts(_ name: String) -> [String] {
            Array(name.utf8).withUnsafeBytes { RamFS.components(of: $0).map { String(decoding: $0, as: UTF8.self) } }
        }
        #expect(parts(".") == [] && parts("") == [] && parts("/") == [] && parts("./") == [])
        #expect(parts("./bin//sh") == ["bin", "sh"] && parts("/etc/") == ["etc"] && parts("a/./b") == ["a", "b"])
        #expect(parts("..") == [".."])
    }

    static let cpio = "/usr/bin/cpio"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: cpio)))
    func aTreeWrittenByGNUCpio() throws {
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("apus-populate-\(getpid())")
        try? manager.removeItem(at: directory)
        defer { try? manager.removeItem(at: directory) }
        try manager.createDirectory(at: directory.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try manager.createDirectory(at: directory.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        let data = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(data).write(to: directory.appendingPathComponent("bin/prog"))
        try manager.linkItem(atPath: directory.appendingPathComponent("bin/prog").path,
                             toPath: directory.appendingPathComponent("bin/prog2").path)
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("bin/sym").path,
                                       withDestinationPath: "prog")
        #expect(mkfifo(directory.appendingPathComponent("fifo").path, 0o640) == 0)
        let asRoot = getuid() == 0
        if asRoot {
            #expect(mknod(directory.appendingPathComponent("null").path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        }
        #expect(chmod(directory.appendingPathComponent("bin/prog").path, 0o4751) == 0)
        #expect(chmod(directory.appendingPathComponent("tmp").path, 0o1777) == 0)
        var times = [timespec(tv_sec: 1_234_567_890, tv_nsec: 0), timespec(tv_sec: 1_234_567_890, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, directory.appendingPathComponent("bin/prog").path, &times, 0) == 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "cd '\(directory.path)' && find . | LC_ALL=C sort | \(Self.cpio) -o -H newc --quiet"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let archive = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let (fixture, result) = populated(archive)
        let summary = try result.get()
        #expect(summary.skipped == 0 && summary.hardLinks == 1 && summary.symlinks == 1)
        // Every attribute the host reports for a path, the ramfs reports too.
        for path in ["bin", "bin/prog", "bin/prog2", "bin/sym", "tmp", "fifo"] + (asRoot ? ["null"] : []) {
            var host = stat()
            #expect(lstat(directory.appendingPathComponent(path).path, &host) == 0)
            let inode = try #require(fixture.direct(path), "\(path)")
            let ours = fixture.fs.stat(inode)
            #expect(ours.st_mode == host.st_mode, "\(path) mode")
            #expect(ours.st_uid == host.st_uid && ours.st_gid == host.st_gid, "\(path) owner")
            #expect(ours.st_nlink == UInt64(host.st_nlink), "\(path) nlink")
            #expect(ours.st_rdev == UInt64(host.st_rdev), "\(path) rdev")
            if !inode.isDirectory {
                #expect(ours.st_size == Int64(host.st_size), "\(path) size")
                #expect(ours.st_mtim.tv_sec == Int64(host.st_mtim.tv_sec), "\(path) mtime")
            }
        }
        let prog = try #require(fixture.direct("bin/prog"))
        #expect(fixture.direct("bin/prog2") === prog && fixture.contents(prog) == data)
        #expect(prog.mtime == RamTimestamp(seconds: 1_234_567_890))
    }
}

/// RamPageAllocator: every page a filesystem takes goes back when files shrink or go away.
struct RamPageAllocatorTests {
    final class Counter {
        var live = 0
        var allocations = 0
        var limit = Int.max
    }

    @Test func pagesComeFromTheAllocatorAndAllGoBack() throws {
        let counter = Counter()
        let allocator = RamPageAllocator(allocate: {
            guard counter.live < counter.limit else { return nil }
            counter.live += 1
            counter.allocations += 1
            return RamPageAllocator.heap.allocate()
        }, free: { page in
            counter.live -= 1
            RamPageAllocator.heap.free(page)
        })
        do {
            let fs = RamFS(pages: allocator)
            let f = try fs.mknod(rb("f"), from: fs.root, mode: FileMode(rawValue: FileMode.S_IFREG | 0o644),
                                 credentials: .root)
            let data = [UInt8](repeating: 1, count: 3 * 4096 + 1)
            let written = try data.withUnsafeBytes { raw throws(Errno) in try fs.write(f, at: 0, from: raw) }
            #expect(written == data.count && counter.live == 4 && fs.fileDataPages == 4)
            try fs.truncate(f, to: 4096)
            #expect(counter.live == 1 && fs.fileDataPages == 1)
            counter.limit = 1
            let refused = data.withUnsafeBytes { raw in
                Result { () throws(Errno) -> Int in try fs.write(f, at: 8192, from: raw) }
            }
            #expect(refused.map { _ in 0 } == .failure(.ENOSPC), "an allocator that runs dry is ENOSPC")
            try fs.unlink(rb("f"), from: fs.root, credentials: .root)
            #expect(counter.live == 1, "an unlinked file keeps its pages while referenced")
        }
        #expect(counter.live == 0, "every page went back with the filesystem")
    }
}
