// RamInode's write access count (Linux i_writecount): writers and running programs
// exclude each other, each side counts, and both come back to zero.
import Testing
@testable import KernelCore

struct RamInodeWriteAccessTests {
    private func inode() throws -> RamInode {
        let fs = RamFS()
        return try fs.create(in: fs.root, name: Array("prog".utf8), mode: 0o755, uid: 0, gid: 0)
    }

    @Test func writersKeepProgramsOut() throws {
        let file = try inode()
        #expect(file.getWriteAccess() && file.getWriteAccess())
        #expect(!file.denyWriteAccess())
        file.putWriteAccess()
        #expect(!file.denyWriteAccess())
        file.putWriteAccess()
        #expect(file.denyWriteAccess())
        #expect(file.writeCount == -1)
    }

    @Test func programsKeepWritersOut() throws {
        let file = try inode()
        #expect(file.denyWriteAccess() && file.denyWriteAccess())   // two processes run it
        #expect(!file.getWriteAccess())
        file.allowWriteAccess()
        #expect(!file.getWriteAccess())
        file.allowWriteAccess()
        #expect(file.getWriteAccess())
        #expect(file.writeCount == 1)
    }
}
