// CpioNewc.encode: exact bytes of a small archive, padding for every name and data length
// modulo 4, modes, symlinks, and the paths it refuses.
import Testing
@testable import RunnerKit

struct CpioNewcTests {
    /// A header written out by hand from the format description, field by field.
    private func header(ino: String, mode: String, nlink: String, size: String, namesize: String) -> String {
        "070701" + ino + mode + "00000000" + "00000000" + nlink + "00000000" + size
            + "00000000" + "00000000" + "00000000" + "00000000" + namesize + "00000000"
    }

    @Test func exactBytesOfASmallArchive() throws {
        let archive = try CpioNewc.encode([
            CpioEntry(path: "d", kind: .directory, permissions: 0o755),
            CpioEntry(path: "d/f", kind: .file(Array("hi".utf8)), permissions: 0o644),
        ])
        var expected: [UInt8] = []
        // "d": 110 + 2 = 112 bytes, already aligned; no data.
        expected += Array(header(ino: "00000001", mode: "000041ED", nlink: "00000002", size: "00000000",
                                 namesize: "00000002").utf8) + Array("d\0".utf8)
        // "d/f": 110 + 4 = 114 → 2 bytes of padding; "hi" → 2 bytes of padding.
        expected += Array(header(ino: "00000002", mode: "000081A4", nlink: "00000001", size: "00000002",
                                 namesize: "00000004").utf8) + Array("d/f\0".utf8) + [0, 0] + Array("hi".utf8) + [0, 0]
        // Trailer: 110 + 11 = 121 → 3 bytes of padding.
        expected += Array(header(ino: "00000000", mode: "00000000", nlink: "00000001", size: "00000000",
                                 namesize: "0000000B").utf8) + Array("TRAILER!!!\0".utf8) + [0, 0, 0]
        #expect(archive.count == 356)
        #expect(archive == expected)
    }

    @Test func emptyArchiveIsJustTheTrailer() throws {
        let members = try NewcReader.read(try CpioNewc.encode([]))
        #expect(members.map(\.name) == ["TRAILER!!!"])
        #expect(members[0].links == 1 && members[0].inode == 0 && members[0].mode == 0)
    }

    @Test(arguments: 1...5)
    func paddingForEveryNameLength(length: Int) throws {
        let name = String(repeating: "n", count: length)
        let archive = try CpioNewc.encode([CpioEntry(path: name, kind: .file([7]), permissions: 0o644)])
        let members = try NewcReader.read(archive)
        #expect(members.map(\.name) == [name, "TRAILER!!!"])
        #expect(members[0].data == [7])
        let nameEnd = 110 + length + 1
        #expect(members[1].offset == (nameEnd + 3) / 4 * 4 + 4)
    }

    @Test(arguments: 0...4)
    func paddingForEveryDataLength(length: Int) throws {
        let data = (0..<length).map { UInt8($0 + 1) }
        let archive = try CpioNewc.encode([
            CpioEntry(path: "abc", kind: .file(data), permissions: 0o600),
            CpioEntry(path: "next", kind: .file([9]), permissions: 0o600),
        ])
        let members = try NewcReader.read(archive)
        #expect(members[0].data == data)
        #expect(members[1].data == [9])
        // "abc\0" ends the header exactly at 114 → 116.
        #expect(members[1].offset == 116 + (length + 3) / 4 * 4)
    }

    @Test func modesTypesAndLinks() throws {
        let members = try NewcReader.read(try CpioNewc.encode([
            CpioEntry(path: "bin", kind: .directory, permissions: 0o755),
            CpioEntry(path: "bin/su", kind: .file([1]), permissions: 0o4755),
            CpioEntry(path: "bin/sg", kind: .file([2]), permissions: 0o2711),
            CpioEntry(path: "tmp", kind: .directory, permissions: 0o1777),
            CpioEntry(path: "sh", kind: .symlink("bin/busybox"), permissions: 0o777),
            CpioEntry(path: "ro", kind: .file([]), permissions: 0o400),
        ]))
        #expect(members.map(\.mode) == [0o040755, 0o104755, 0o102711, 0o041777, 0o120777, 0o100400, 0])
        #expect(members.map(\.links) == [2, 1, 1, 2, 1, 1, 1])
        #expect(members.map(\.inode) == [1, 2, 3, 4, 5, 6, 0])
        #expect(members.allSatisfy { $0.uid == 0 && $0.gid == 0 && $0.mtime == 0 })
        #expect(members[4].data == Array("bin/busybox".utf8))
    }

    @Test func permissionsAreMaskedToTwelveBits() {
        let entry = CpioEntry(path: "f", kind: .file([]), permissions: 0o177777)
        #expect(entry.permissions == 0o7777)
        #expect(entry.mode == 0o107777)
    }

    @Test func sameInputSameBytes() throws {
        let entries = [CpioEntry(path: "a", kind: .file(Array("x".utf8)), permissions: 0o644)]
        #expect(try CpioNewc.encode(entries) == CpioNewc.encode(entries))
    }

    @Test(arguments: ["", "/etc", "./etc", "etc/", "a//b", "a/./b", "a/../b", "..", "TRAILER!!!", "nul\0byte"])
    func refusesBadPaths(path: String) {
        #expect(throws: CpioError.self) {
            try CpioNewc.encode([CpioEntry(path: path, kind: .directory, permissions: 0o755)])
        }
    }

    @Test func hexFieldsAreUpperCaseAndEightWide() {
        #expect(CpioNewc.hex8(0) == Array("00000000".utf8))
        #expect(CpioNewc.hex8(0xABCDEF12) == Array("ABCDEF12".utf8))
        #expect(CpioNewc.hex8(UInt32.max) == Array("FFFFFFFF".utf8))
    }
}
