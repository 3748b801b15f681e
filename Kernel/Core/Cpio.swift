// Reading the initrd: a cpio archive in the "newc" format (magic 070701, or 070702 with
// checksums), as Linux's initramfs unpacker (init/initramfs.c) and `cpio -H newc` use it.
// Entries point into the archive's bytes; nothing is copied. Tools/mkcpio writes them.
//
// Each entry: a 110-byte ASCII header — the 6-byte magic, then 13 fields of 8 hex digits:
// ino, mode, uid, gid, nlink, mtime, filesize, devmajor, devminor, rdevmajor, rdevminor,
// namesize (including the NUL), check — then the name, NUL, padding to a multiple of 4
// (counted from the start of the archive), the data, padding to a multiple of 4. The entry
// named "TRAILER!!!" ends the archive.
import LinuxABI

/// Why an archive could not be read; `offset` is where the entry's header starts.
public enum CpioError: Error, Equatable, Sendable {
    /// The header does not start with 070701 or 070702.
    case badMagic(offset: Int)
    /// The header, name or data runs past the end of the archive.
    case truncated(offset: Int)
    /// A header field holds something other than 8 hex digits.
    case badHexField(offset: Int)
    /// `namesize` is 0, or the name holds a NUL before its end.
    case badName(offset: Int)
    /// The name's last byte (at `namesize` − 1) is not a NUL.
    case nameNotTerminated(offset: Int)
    /// An offset computed from the sizes overflows.
    case sizeOverflow(offset: Int)
    /// An 070702 entry's data does not add up to its `check` field.
    case badChecksum(offset: Int)
    /// The archive ended without a "TRAILER!!!" entry.
    case missingTrailer(offset: Int)

    /// The errno the kernel reports for a bad initrd.
    public var errno: Errno { .EINVAL }
}

/// One archive member. `nameBytes` and `data` point into the archive.
public struct CpioEntry {
    /// The path, without its NUL (usually relative, like "bin/sh" or ".").
    public let nameBytes: UnsafeRawBufferPointer
    /// The file's contents; for a symlink, the target.
    public let data: UnsafeRawBufferPointer
    /// Where the entry's header starts in the archive.
    public let offset: Int
    public let inode: UInt32
    public let mode: FileMode
    public let uid: UInt32
    public let gid: UInt32
    public let nlink: UInt32
    /// Seconds since the epoch.
    public let mtime: UInt32
    public let devMajor: UInt32
    public let devMinor: UInt32
    /// For device nodes: the device they name.
    public let rdevMajor: UInt32
    public let rdevMinor: UInt32

    /// The path as a String.
    public var name: String { String(decoding: nameBytes, as: UTF8.self) }
    /// `data.count`: the `filesize` field.
    public var fileSize: Int { data.count }
    public var isDirectory: Bool { mode.isDirectory }
    public var isRegular: Bool { mode.isRegular }
    public var isSymlink: Bool { mode.isSymlink }
}

/// Walks the entries of a newc archive in order. Linux: init/initramfs.c's state machine.
public struct CpioReader {
    /// Size of a newc header.
    public static let headerSize = 110
    /// The name of the entry that ends an archive.
    public static let trailerName: StaticString = "TRAILER!!!"

    let bytes: UnsafeRawBufferPointer
    /// Where the next header starts.
    public private(set) var offset = 0
    /// True once the trailer was read; `next()` returns nil from then on.
    public private(set) var reachedTrailer = false

    public init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The next entry, or nil after the trailer. Throws on any malformed entry and when the
    /// archive ends without a trailer; after a throw, further calls throw again.
    public mutating func next() throws(CpioError) -> CpioEntry? {
        guard !reachedTrailer else { return nil }
        let start = offset
        guard start < bytes.count else { throw .missingTrailer(offset: start) }
        guard bytes.count - start >= CpioReader.headerSize else { throw .truncated(offset: start) }
        guard let hasChecksum = magic(at: start) else { throw .badMagic(offset: start) }

        func field(_ index: Int) throws(CpioError) -> UInt32 {
            guard let value = hex(at: start + 6 + index * 8) else { throw .badHexField(offset: start) }
            return value
        }
        let inode = try field(0), mode = try field(1), uid = try field(2), gid = try field(3)
        let nlink = try field(4), mtime = try field(5), fileSize = Int(try field(6))
        let devMajor = try field(7), devMinor = try field(8), rdevMajor = try field(9), rdevMinor = try field(10)
        let nameSize = Int(try field(11)), check = try field(12)

        let nameStart = start + CpioReader.headerSize
        guard nameSize > 0 else { throw .badName(offset: start) }
        guard let nameEnd = Self.sum(nameStart, nameSize) else { throw .sizeOverflow(offset: start) }
        guard nameEnd <= bytes.count else { throw .truncated(offset: start) }
        guard bytes[nameEnd - 1] == 0 else { throw .nameNotTerminated(offset: start) }
        let name = UnsafeRawBufferPointer(rebasing: bytes[nameStart..<(nameEnd - 1)])
        guard !name.contains(0) else { throw .badName(offset: start) }

        guard let dataStart = Self.alignedUp4(nameEnd), let dataEnd = Self.sum(dataStart, fileSize),
              let nextOffset = Self.alignedUp4(dataEnd) else { throw .sizeOverflow(offset: start) }
        // An empty file needs no bytes, not even its padding (a trailer at the very end).
        guard fileSize == 0 || dataEnd <= bytes.count else { throw .truncated(offset: start) }
        let dataFrom = min(dataStart, bytes.count)
        let data = UnsafeRawBufferPointer(rebasing: bytes[dataFrom..<(dataFrom + fileSize)])
        if hasChecksum {
            var sum: UInt32 = 0
            for byte in data { sum &+= UInt32(byte) }
            guard sum == check else { throw .badChecksum(offset: start) }
        }

        if CpioReader.trailerName.withUTF8Buffer({ name.elementsEqual($0) }) {
            reachedTrailer = true
            offset = min(nextOffset, bytes.count)
            return nil
        }
        // The final padding of the last entry may be missing; the next call reports it.
        offset = min(nextOffset, bytes.count)
        return CpioEntry(nameBytes: name, data: data, offset: start, inode: inode, mode: FileMode(rawValue: mode),
                         uid: uid, gid: gid, nlink: nlink, mtime: mtime, devMajor: devMajor, devMinor: devMinor,
                         rdevMajor: rdevMajor, rdevMinor: rdevMinor)
    }

    /// Calls `body` for every entry up to the trailer.
    public mutating func forEach(_ body: (CpioEntry) throws(CpioError) -> Void) throws(CpioError) {
        while let entry = try next() { try body(entry) }
    }

    /// nil for a bad magic; otherwise whether entries carry checksums (070702).
    func magic(at start: Int) -> Bool? {
        guard bytes[start] == UInt8(ascii: "0"), bytes[start + 1] == UInt8(ascii: "7"),
              bytes[start + 2] == UInt8(ascii: "0"), bytes[start + 3] == UInt8(ascii: "7"),
              bytes[start + 4] == UInt8(ascii: "0") else { return nil }
        switch bytes[start + 5] {
        case UInt8(ascii: "1"): return false
        case UInt8(ascii: "2"): return true
        default: return nil
        }
    }

    /// Eight hex digits (either case) at `at`, or nil.
    func hex(at position: Int) -> UInt32? {
        var value: UInt32 = 0
        for index in position..<(position + 8) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    static func sum(_ a: Int, _ b: Int) -> Int? {
        let (result, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : result
    }

    static func alignedUp4(_ value: Int) -> Int? {
        sum(value, 3).map { $0 & ~3 }
    }
}
