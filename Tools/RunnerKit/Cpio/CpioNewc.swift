// The cpio "newc" format (magic 070701), as the Linux kernel reads an initramfs
// (Documentation/driver-api/early-userspace/buffer-format.rst): a 110-byte ASCII header of
// thirteen 8-digit hex fields, the NUL-terminated name, padding to 4 bytes, the data,
// padding to 4 bytes; a `TRAILER!!!` member ends the archive.

/// A path the archive cannot hold.
public struct CpioError: Error, Equatable, Sendable {
    public var message: String
}

/// Encodes entries as a newc archive.
public enum CpioNewc {
    public static let magic = "070701"
    public static let headerSize = 110
    public static let trailerName = "TRAILER!!!"

    /// The archive for `entries`, in the given order. Inode numbers count up from 1;
    /// owner and group are 0 (root), each member's mtime is the entry's (mkcpio decides
    /// it: the file's own, or clamped to SOURCE_DATE_EPOCH — SourceDateEpoch.swift), so the
    /// same entries give the same bytes.
    public static func encode(_ entries: [CpioEntry]) throws(CpioError) -> [UInt8] {
        var archive: [UInt8] = []
        for (index, entry) in entries.enumerated() {
            try validate(entry.path)
            let data = entry.data
            appendMember(
                to: &archive, name: entry.path, inode: UInt32(index + 1), mode: entry.mode,
                links: entry.isDirectory ? 2 : 1, mtime: entry.mtime, data: data)
        }
        appendMember(to: &archive, name: trailerName, inode: 0, mode: 0, links: 1, data: [])
        return archive
    }

    /// Appends header, name, padding, data, padding.
    static func appendMember(to archive: inout [UInt8], name: String, inode: UInt32, mode: UInt32,
                             links: UInt32, mtime: UInt32 = 0, data: [UInt8]) {
        let nameBytes = Array(name.utf8) + [0]
        // c_ino c_mode c_uid c_gid c_nlink c_mtime c_filesize c_devmajor c_devminor
        // c_rdevmajor c_rdevminor c_namesize c_check
        let fields: [UInt32] = [inode, mode, 0, 0, links, mtime, UInt32(data.count), 0, 0, 0, 0,
                                UInt32(nameBytes.count), 0]
        archive += Array(magic.utf8)
        for field in fields { archive += hex8(field) }
        archive += nameBytes
        pad(&archive)
        archive += data
        pad(&archive)
    }

    /// Eight upper-case hex digits, as the kernel's own gen_init_cpio writes them.
    static func hex8(_ value: UInt32) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return (0..<8).reversed().map { digits[Int((value >> (UInt32($0) * 4)) & 0xF)] }
    }

    /// Zero bytes up to the next multiple of 4 from the start of the archive (every
    /// member starts aligned, so this is also alignment within the member).
    static func pad(_ archive: inout [UInt8]) {
        archive += Array(repeating: 0, count: (4 - archive.count % 4) % 4)
    }

    /// Rejects paths that would escape or confuse the unpacker.
    static func validate(_ path: String) throws(CpioError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || path.utf8.contains(0)
            || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
            || path == trailerName {
            throw CpioError(message: "path '\(path)' cannot be stored (empty, absolute, '.', '..', '//' or the trailer name)")
        }
        guard UInt64(path.utf8.count) + 1 <= UInt64(UInt32.max) else {
            throw CpioError(message: "path too long")
        }
    }
}
