// CpioReader (Kernel/Core/Cpio.swift) over newc archives built byte by byte here, and
// FileMode (Kernel/ABI/FileMode.swift) against the host's <sys/stat.h>.
import Testing
import LinuxABI
@testable import KernelCore
#if canImport(Glibc)
import Glibc
#endif

/// One newc member as bytes: header, name + NUL + padding, data + padding.
func newc(_ name: String, mode: UInt32 = 0o100644, data: [UInt8] = [], inode: UInt32 = 1, nlink: UInt32 = 1,
          magic: String = "070701", check: UInt32 = 0, nameSize: Int? = nil, fileSize: Int? = nil,
          rdev: (UInt32, UInt32) = (0, 0)) -> [UInt8] {
    func hex8(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
    let nameBytes = Array(name.utf8) + [0]
    var header = magic
    for value: UInt32 in [inode, mode, 1000, 100, nlink, 1_700_000_000, UInt32(fileSize ?? data.count), 8, 1,
                          rdev.0, rdev.1, UInt32(nameSize ?? nameBytes.count), check] {
        header += hex8(value)
    }
    var bytes = Array(header.utf8) + nameBytes
    while bytes.count % 4 != 0 { bytes.append(0) }
    bytes += data
    while bytes.count % 4 != 0 { bytes.append(0) }
    return bytes
}

let trailer = newc("TRAILER!!!", mode: 0, inode: 0)

/// Reads every entry as (name, mode, data), or the error.
func readAll(_ archive: [UInt8]) -> Result<[(String, UInt32, [UInt8])], CpioError> {
    archive.withUnsafeBytes { raw in
        var reader = CpioReader(raw)
        var result: [(String, UInt32, [UInt8])] = []
        do throws(CpioError) {
            while let entry = try reader.next() { result.append((entry.name, entry.mode.rawValue, Array(entry.data))) }
        } catch {
            return .failure(error)
        }
        return .success(result)
    }
}

func names(_ archive: [UInt8]) -> [String]? {
    if case .success(let entries) = readAll(archive) { return entries.map { $0.0 } }
    return nil
}

func failure(_ archive: [UInt8]) -> CpioError? {
    if case .failure(let error) = readAll(archive) { return error }
    return nil
}

struct CpioTests {
    @Test func emptyArchiveIsJustATrailer() {
        #expect(names(trailer) == [])
        #expect(failure([]) == .missingTrailer(offset: 0))
    }

    /// Name lengths 1…8 cover every padding of header + name (110 + n + 1).
    static let paddingCases: [(Int, Int)] = [(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6), (8, 7), (1, 4096)]

    @Test(arguments: paddingCases)
    func namesAndDataPadding(nameLength: Int, dataLength: Int) throws {
        let name = String(repeating: "n", count: nameLength)
        let data = (0..<dataLength).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let archive = newc(name, data: data) + newc("second", data: [1, 2, 3]) + trailer
        let entries = try readAll(archive).get()
        #expect(entries.map { $0.0 } == [name, "second"])
        #expect(entries[0].2 == data)
        #expect(entries[1].2 == [1, 2, 3])
    }

    @Test func fieldsAndTypes() throws {
        let archive = newc(".", mode: 0o040755) + newc("bin", mode: 0o040755, nlink: 2)
            + newc("bin/sh", mode: 0o100755, data: Array("#!".utf8))
            + newc("bin/link", mode: 0o120777, data: Array("sh".utf8))
            + newc("dev/console", mode: 0o020600, rdev: (5, 1)) + trailer
        try archive.withUnsafeBytes { raw in
            var reader = CpioReader(raw)
            var entries: [CpioEntry] = []
            try reader.forEach { entries.append($0) }
            #expect(reader.reachedTrailer)
            #expect(entries.count == 5)
            #expect(entries[0].isDirectory && !entries[0].isRegular)
            #expect(entries[1].nlink == 2)
            #expect(entries[2].isRegular && entries[2].mode.permissions == 0o755 && entries[2].fileSize == 2)
            #expect(entries[2].uid == 1000 && entries[2].gid == 100 && entries[2].mtime == 1_700_000_000)
            #expect(entries[2].devMajor == 8 && entries[2].devMinor == 1)
            #expect(entries[3].isSymlink && String(decoding: entries[3].data, as: UTF8.self) == "sh")
            #expect(entries[4].mode.isCharacterDevice && entries[4].rdevMajor == 5 && entries[4].rdevMinor == 1)
            #expect(entries[0].offset == 0 && entries[1].offset == 112)
            // After the trailer: nil again, no error.
            #expect(try reader.next() == nil)
        }
    }

    @Test func uppercaseHexAndChecksums() throws {
        var upper = newc("x", mode: 0o100644, data: [0xAB])
        let text = String(decoding: upper[0..<110], as: UTF8.self).uppercased()
        upper.replaceSubrange(0..<110, with: Array(text.utf8))
        #expect(names(upper + trailer) == ["x"])
        let data: [UInt8] = [1, 2, 250]
        #expect(names(newc("c", data: data, magic: "070702", check: 253) + trailer) == ["c"])
        #expect(failure(newc("c", data: data, magic: "070702", check: 252) + trailer) == .badChecksum(offset: 0))
        // 070701 ignores the check field.
        #expect(names(newc("c", data: data, check: 99) + trailer) == ["c"])
    }

    @Test func trailerAtTheVeryEndWithoutPadding() {
        var archive = newc("a") + trailer
        while archive.last == 0 && archive.count > newc("a").count + 110 + 11 { archive.removeLast() }
        #expect(names(archive) == ["a"])
    }

    @Test func bytesAfterTheTrailerAreIgnored() {
        #expect(names(newc("a") + trailer + [UInt8](repeating: 0, count: 512) + Array("junk".utf8)) == ["a"])
    }

    static let malformedCases: [(String, [UInt8], CpioError)] = {
        let good = newc("file", data: [1, 2, 3, 4, 5])
        func patched(_ offset: Int, _ text: String) -> [UInt8] {
            var copy = good
            copy.replaceSubrange(offset..<(offset + text.utf8.count), with: Array(text.utf8))
            return copy + trailer
        }
        return [
            ("no trailer", good, .missingTrailer(offset: good.count)),
            ("header cut", Array(good[0..<109]), .truncated(offset: 0)),
            ("old binary magic", patched(0, "070707"), .badMagic(offset: 0)),
            ("magic 070703", patched(0, "070703"), .badMagic(offset: 0)),
            ("zeros", [UInt8](repeating: 0, count: 200), .badMagic(offset: 0)),
            ("bad hex in mode", patched(6 + 8, "0000g000"), .badHexField(offset: 0)),
            ("space in a field", patched(6 + 6 * 8, " 0000005"), .badHexField(offset: 0)),
            ("sign in a field", patched(6 + 6 * 8, "-0000005"), .badHexField(offset: 0)),
            ("name size zero", newc("x", nameSize: 0) + trailer, .badName(offset: 0)),
            ("name without NUL", newc("abc", nameSize: 3) + trailer, .nameNotTerminated(offset: 0)),
            ("NUL inside name", newc("ab\0cd") + trailer, .badName(offset: 0)),
            ("name size past end", newc("x", nameSize: 0x7FFF_FFFF), .truncated(offset: 0)),
            ("name size max", newc("x", nameSize: Int(UInt32.max)), .truncated(offset: 0)),
            ("file size past end", newc("x", data: [1], fileSize: 100), .truncated(offset: 0)),
            ("file size max", newc("x", fileSize: Int(UInt32.max)) + trailer, .truncated(offset: 0)),
            ("second entry bad", good + Array("070701zz".utf8) + [UInt8](repeating: 0x30, count: 120),
             .badHexField(offset: good.count)),
        ]
    }()

    @Test(arguments: malformedCases)
    func malformed(name: String, archive: [UInt8], error: CpioError) {
        #expect(failure(archive) == error, "\(name)")
    }

    /// Random corruption of a good archive: errors are fine, traps are not, and every
    /// entry returned lies inside the archive.
    @Test(arguments: Array(UInt64(1)...UInt64(300)))
    func fuzz(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var archive = newc(".", mode: 0o040755) + newc("init", mode: 0o100755, data: Array(repeating: 0x90, count: 37))
            + newc("etc/motd", data: Array("hello\n".utf8)) + trailer
        let alphabet = Array("0123456789abcdefABCDEFxyz\0 -".utf8) + [0xFF]
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let index = Int.random(in: 0..<archive.count, using: &random)
            archive[index] = Bool.random(using: &random) ? alphabet.randomElement(using: &random)!
                                                         : UInt8.random(in: 0...255, using: &random)
        }
        if Bool.random(using: &random) { archive.removeLast(Int.random(in: 0..<archive.count, using: &random)) }
        archive.withUnsafeBytes { raw in
            var reader = CpioReader(raw)
            var count = 0
            while count < 100, let entry = try? reader.next() {
                count += 1
                let low = raw.baseAddress!, high = raw.baseAddress! + raw.count
                #expect(entry.data.isEmpty || (entry.data.baseAddress! >= low && entry.data.baseAddress! + entry.data.count <= high))
                #expect(entry.nameBytes.baseAddress! >= low && entry.nameBytes.baseAddress! + entry.nameBytes.count <= high)
            }
            #expect(count < 100)
        }
    }

    static let modeCases: [(UInt32, UInt32)] = [
        (FileMode.S_IFMT, UInt32(S_IFMT)), (FileMode.S_IFSOCK, UInt32(S_IFSOCK)), (FileMode.S_IFLNK, UInt32(S_IFLNK)),
        (FileMode.S_IFREG, UInt32(S_IFREG)), (FileMode.S_IFBLK, UInt32(S_IFBLK)), (FileMode.S_IFDIR, UInt32(S_IFDIR)),
        (FileMode.S_IFCHR, UInt32(S_IFCHR)), (FileMode.S_IFIFO, UInt32(S_IFIFO)), (FileMode.S_ISUID, UInt32(S_ISUID)),
        (FileMode.S_ISGID, UInt32(S_ISGID)), (FileMode.S_ISVTX, UInt32(S_ISVTX)),
    ]

    @Test(arguments: modeCases)
    func modeBitsMatchTheHost(ours: UInt32, host: UInt32) {
        #expect(ours == host)
    }

    @Test func modePredicates() {
        let types: [(UInt32, KeyPath<FileMode, Bool>)] = [
            (0o040000, \.isDirectory), (0o100000, \.isRegular), (0o120000, \.isSymlink), (0o020000, \.isCharacterDevice),
            (0o060000, \.isBlockDevice), (0o010000, \.isFIFO), (0o140000, \.isSocket),
        ]
        for (type, predicate) in types {
            for (other, _) in types {
                #expect(FileMode(rawValue: other | 0o7777)[keyPath: predicate] == (other == type))
            }
        }
        #expect(FileMode(rawValue: 0o104755).permissions == 0o4755)
        #expect(FileMode(rawValue: 0).type == 0)
    }
}
