// A file's pages that a program maps (exec maps a program's pages instead of copying them):
// the file changes a copy, and the mapped page keeps what the program saw.
import Testing
import LinuxABI
@testable import KernelCore

/// Heap pages with a set the test marks as "mapped by someone else"; frees of a marked
/// page are counted but the page is kept (the mapping still owns it).
final class SharingPages {
    var shared: Set<UnsafeMutableRawPointer> = []
    var freedShared = 0

    var allocator: RamPageAllocator {
        RamPageAllocator(allocate: { RamPageAllocator.heap.allocate() },
                         free: { page in
                             if self.shared.contains(page) { self.freedShared += 1 } else { page.deallocate() }
                         },
                         isShared: { self.shared.contains($0) })
    }
}

struct RamFSSharedPageTests {
    private func file(_ fs: RamFS, _ text: String) throws -> RamInode {
        let inode = try fs.create(in: fs.root, name: rb("prog"), mode: 0o755, uid: 0, gid: 0)
        let bytes = rb(text)
        _ = try bytes.withUnsafeBytes { try fs.write(inode, at: 0, from: $0) }
        return inode
    }

    private func contents(_ fs: RamFS, _ inode: RamInode, count: Int) throws -> String {
        var buffer = [UInt8](repeating: 0, count: count)
        let got = try buffer.withUnsafeMutableBytes { try fs.read(inode, at: 0, into: $0) }
        return String(decoding: buffer[0..<got], as: UTF8.self)
    }

    @Test func dataPagesListsEveryPageAndHoles() throws {
        let fs = RamFS()
        let inode = try fs.create(in: fs.root, name: rb("sparse"), mode: 0o644, uid: 0, gid: 0)
        let byte: [UInt8] = [7]
        _ = try byte.withUnsafeBytes { try fs.write(inode, at: Int64(2 * RamFSLimits.pageSize), from: $0) }
        let pages = fs.dataPages(inode)
        #expect(pages.count == 3)
        #expect(pages[0] == nil && pages[1] == nil && pages[2] != nil)
        #expect(pages[2]!.load(as: UInt8.self) == 7)
        #expect(fs.dataPages(fs.root).isEmpty)
    }

    @Test func aWriteToAMappedPageGoesToACopy() throws {
        let sharing = SharingPages()
        let fs = RamFS(pages: sharing.allocator)
        let inode = try file(fs, "old text")
        let mapped = try #require(fs.dataPages(inode)[0])
        sharing.shared.insert(mapped)
        let new: [UInt8] = rb("NEW")
        _ = try new.withUnsafeBytes { try fs.write(inode, at: 0, from: $0) }
        #expect(try contents(fs, inode, count: 8) == "NEW text")
        #expect(String(decoding: UnsafeRawBufferPointer(start: mapped, count: 8), as: UTF8.self) == "old text")
        #expect(fs.dataPages(inode)[0] != mapped)
        #expect(sharing.freedShared == 1)   // the file let go of the mapped page
    }

    @Test func truncatingAMappedPageLeavesTheMappingWhole() throws {
        let sharing = SharingPages()
        let fs = RamFS(pages: sharing.allocator)
        let inode = try file(fs, "abcdefgh")
        let mapped = try #require(fs.dataPages(inode)[0])
        sharing.shared.insert(mapped)
        try fs.truncate(inode, to: 3)
        #expect(try contents(fs, inode, count: 8) == "abc")
        #expect(String(decoding: UnsafeRawBufferPointer(start: mapped, count: 8), as: UTF8.self) == "abcdefgh")
    }

    @Test func unsharedPagesAreWrittenInPlace() throws {
        let fs = RamFS()
        let inode = try file(fs, "in place")
        let before = fs.dataPages(inode)[0]
        let new: [UInt8] = rb("IN")
        _ = try new.withUnsafeBytes { try fs.write(inode, at: 0, from: $0) }
        #expect(fs.dataPages(inode)[0] == before)
        #expect(try contents(fs, inode, count: 8) == "IN place")
    }
}
