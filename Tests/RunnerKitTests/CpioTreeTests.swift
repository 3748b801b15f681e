// CpioTree: the union of directory trees (ROOTFS_EXTRA overriding the base rootfs) and
// the order of the archive.
import Testing
@testable import RunnerKit

struct CpioTreeTests {
    private func file(_ path: String, _ text: String = "", _ permissions: UInt32 = 0o644) -> CpioEntry {
        CpioEntry(path: path, kind: .file(Array(text.utf8)), permissions: permissions)
    }

    private func directory(_ path: String, _ permissions: UInt32 = 0o755) -> CpioEntry {
        CpioEntry(path: path, kind: .directory, permissions: permissions)
    }

    @Test func sortsDirectoriesBeforeTheirContents() {
        let merged = CpioTree.merge([[file("a-b"), file("a/z"), directory("a"), file("a/b/c"), directory("a/b"), file("B")]])
        #expect(merged.map(\.path) == ["B", "a", "a/b", "a/b/c", "a/z", "a-b"])
    }

    @Test func orderDoesNotDependOnInputOrder() {
        let entries = [directory("etc"), file("etc/motd"), file("etc/passwd"), directory("bin"), file("bin/sh")]
        #expect(CpioTree.merge([entries]) == CpioTree.merge([entries.reversed()]))
    }

    @Test func laterLayersOverride() {
        let base = [directory("etc"), file("etc/motd", "base"), file("etc/hosts", "h")]
        let extra = [directory("etc", 0o700), file("etc/motd", "mine", 0o600), file("etc/new", "n")]
        let merged = CpioTree.merge([base, extra])
        #expect(merged == [directory("etc", 0o700), file("etc/hosts", "h"), file("etc/motd", "mine", 0o600),
                           file("etc/new", "n")])
    }

    @Test func earlierLayersDoNotOverride() {
        let merged = CpioTree.merge([[file("x", "first")], [file("x", "second")], [file("x", "third")]])
        #expect(merged == [file("x", "third")])
    }

    @Test func fileReplacingADirectoryTakesItsContents() {
        let merged = CpioTree.merge([[directory("d"), file("d/a"), directory("d/e"), file("d/e/f"), file("dx")],
                                     [file("d", "now a file")]])
        #expect(merged == [file("d", "now a file"), file("dx")])
    }

    @Test func directoryReplacingAFileGetsItsContents() {
        let merged = CpioTree.merge([[file("d", "was a file")], [directory("d"), file("d/a")]])
        #expect(merged == [directory("d"), file("d/a")])
    }

    @Test func symlinkReplacingADirectory() {
        let link = CpioEntry(path: "lib", kind: .symlink("usr/lib"), permissions: 0o777)
        let merged = CpioTree.merge([[directory("lib"), file("lib/libc.so")], [link]])
        #expect(merged == [link])
    }

    @Test(arguments: [("a", "a/b", true), ("a/b", "a", false), ("a/b", "a-b", true), ("a-b", "a/b", false),
                      ("a", "a", false), ("B", "a", true), ("a/b/c", "a/c", true)])
    func precedes(a: String, b: String, expected: Bool) {
        #expect(CpioTree.precedes(a, b) == expected)
    }
}
