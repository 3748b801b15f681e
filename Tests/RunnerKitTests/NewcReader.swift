// A minimal, independent newc reader for the tests: it checks the magic, the hex fields
// and the 4-byte alignment of every member instead of trusting the encoder's arithmetic.

/// One member as read back from an archive.
struct NewcMember: Equatable {
    var name: String
    var inode: UInt32
    var mode: UInt32
    var uid: UInt32
    var gid: UInt32
    var links: UInt32
    var mtime: UInt32
    var data: [UInt8]
    /// Offset of the member's header in the archive.
    var offset: Int
}

enum NewcReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// Every member up to and including the trailer; throws if anything is off.
    static func read(_ archive: [UInt8]) throws -> [NewcMember] {
        var members: [NewcMember] = []
        var offset = 0
        while true {
            guard offset % 4 == 0 else { throw Malformed(description: "member at \(offset) not aligned") }
            guard offset + 110 <= archive.count else { throw Malformed(description: "truncated header at \(offset)") }
            guard String(decoding: archive[offset..<(offset + 6)], as: UTF8.self) == "070701" else {
                throw Malformed(description: "bad magic at \(offset)")
            }
            var fields: [UInt32] = []
            for index in 0..<13 {
                let start = offset + 6 + index * 8
                let text = String(decoding: archive[start..<(start + 8)], as: UTF8.self)
                guard text.allSatisfy({ $0.isHexDigit }), let value = UInt32(text, radix: 16) else {
                    throw Malformed(description: "bad field \(index) '\(text)' at \(offset)")
                }
                fields.append(value)
            }
            let nameSize = Int(fields[11]), fileSize = Int(fields[6])
            let nameStart = offset + 110
            guard nameSize >= 1, archive[nameStart + nameSize - 1] == 0 else { throw Malformed(description: "name not NUL-terminated") }
            let name = String(decoding: archive[nameStart..<(nameStart + nameSize - 1)], as: UTF8.self)
            var dataStart = nameStart + nameSize
            while dataStart % 4 != 0 {
                guard archive[dataStart] == 0 else { throw Malformed(description: "non-zero name padding") }
                dataStart += 1
            }
            let data = Array(archive[dataStart..<(dataStart + fileSize)])
            var next = dataStart + fileSize
            while next % 4 != 0 {
                guard archive[next] == 0 else { throw Malformed(description: "non-zero data padding") }
                next += 1
            }
            members.append(NewcMember(name: name, inode: fields[0], mode: fields[1], uid: fields[2], gid: fields[3],
                                      links: fields[4], mtime: fields[5], data: data, offset: offset))
            offset = next
            if name == "TRAILER!!!" { break }
        }
        guard offset == archive.count else { throw Malformed(description: "\(archive.count - offset) bytes after the trailer") }
        return members
    }
}
