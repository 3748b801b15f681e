// FileDescriptorTable: Linux's descriptor numbering rules (lowest free, dup2 replacing,
// F_DUPFD bounds, RLIMIT_NOFILE, close-on-exec), checked with a table of plain Ints.
import Testing
import LinuxABI
@testable import KernelCore

@Suite struct FileDescriptorTableTests {
    typealias Table = FileDescriptorTable<Int>

    @Test func lowestFreeNumberIsReused() throws {
        var table = Table()
        #expect(try table.allocate(10) == 0)
        #expect(try table.allocate(11) == 1)
        #expect(try table.allocate(12) == 2)
        #expect(try table.remove(1) == 11)
        #expect(try table.allocate(13) == 1)
        #expect(try table.allocate(14) == 3)
        #expect(table.openDescriptors == [0, 1, 2, 3])
    }

    @Test(arguments: [-1, Int.min, 0, 5, 1023, 1024, Int.max])
    func lookupOfClosedNumbersIsEBADF(fd: Int) {
        let table = Table()
        #expect(throws: Errno.EBADF) { try table.entry(fd) }
        #expect(throws: Errno.EBADF) { try table.closeOnExec(fd) }
    }

    @Test func removingTwiceIsEBADF() throws {
        var table = Table()
        let fd = try table.allocate(1)
        _ = try table.remove(fd)
        #expect(throws: Errno.EBADF) { try table.remove(fd) }
    }

    /// F_DUPFD: lowest free at or above the argument; EINVAL outside [0, limit).
    @Test(arguments: [(0, 1), (1, 1), (2, 2), (7, 7), (1023, 1023)])
    func lowerBound(lowest: Int, expected: Int) throws {
        var table = Table()
        _ = try table.allocate(0)
        #expect(try table.allocate(5, lowest: lowest) == expected)
    }

    @Test(arguments: [-1, 1024, Int.max, Int.min])
    func lowerBoundOutsideTheLimitIsEINVAL(lowest: Int) {
        var table = Table()
        #expect(throws: Errno.EINVAL) { try table.allocate(1, lowest: lowest) }
    }

    @Test func fullTableIsEMFILE() throws {
        var table = Table(limit: 3)
        for value in 0..<3 { _ = try table.allocate(value) }
        #expect(throws: Errno.EMFILE) { try table.allocate(9) }
        _ = try table.remove(1)
        #expect(try table.allocate(9) == 1)
        #expect(throws: Errno.EMFILE) { try table.allocate(9, lowest: 2) }
    }

    @Test func installReplacesAndReturnsTheOldEntry() throws {
        var table = Table()
        _ = try table.allocate(1)
        #expect(try table.install(2, at: 0) == 1)
        #expect(try table.entry(0) == 2)
        #expect(try table.install(3, at: 9) == nil)
        #expect(table.openDescriptors == [0, 9])
        #expect(try table.allocate(4) == 1)
    }

    @Test(arguments: [-1, 1024, Int.max])
    func installOutsideTheLimitIsEBADF(fd: Int) {
        var table = Table()
        #expect(throws: Errno.EBADF) { try table.install(1, at: fd) }
    }

    @Test func closeOnExecSweepKeepsTheOthers() throws {
        var table = Table()
        _ = try table.allocate(0)
        _ = try table.allocate(1, closeOnExec: true)
        _ = try table.allocate(2)
        try table.install(3, at: 7, closeOnExec: true)
        try table.setCloseOnExec(2, true)
        try table.setCloseOnExec(2, false)
        #expect(try table.closeOnExec(1))
        #expect(try !table.closeOnExec(2))
        #expect(table.removeCloseOnExec().sorted() == [1, 3])
        #expect(table.openDescriptors == [0, 2])
        #expect(throws: Errno.EBADF) { try table.setCloseOnExec(7, true) }
    }

    @Test func installDropsCloseOnExecUnlessAsked() throws {
        var table = Table()
        _ = try table.allocate(1, closeOnExec: true)
        try table.install(2, at: 0)
        #expect(try !table.closeOnExec(0))
    }

    @Test func copiesAreIndependent() throws {
        var parent = Table()
        _ = try parent.allocate(1)
        var child = parent
        _ = try child.remove(0)
        _ = try child.allocate(5)
        #expect(try parent.entry(0) == 1)
        #expect(try child.entry(0) == 5)
    }

    @Test func removeAllEmptiesTheTable() throws {
        var table = Table()
        for value in 0..<5 { _ = try table.allocate(value) }
        #expect(table.removeAll().count == 5)
        #expect(table.openCount == 0)
        #expect(try table.allocate(1) == 0)
    }
}
