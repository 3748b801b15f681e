// The initrd's member times: CpioNewc writes each entry's mtime into c_mtime, and
// ArchiveTime parses SOURCE_DATE_EPOCH and clamps file times to it (reproducible images).
import Testing
@testable import RunnerKit

struct ArchiveTimeTests {
    @Test func memberTimesReachTheHeader() throws {
        let members = try NewcReader.read(try CpioNewc.encode([
            CpioEntry(path: "etc", kind: .directory, permissions: 0o755, mtime: 1_764_637_500),
            CpioEntry(path: "etc/motd", kind: .file([1]), permissions: 0o644, mtime: UInt32.max),
            CpioEntry(path: "sh", kind: .symlink("bin/sh"), permissions: 0o777, mtime: 1),
            CpioEntry(path: "zero", kind: .file([]), permissions: 0o644),
        ]))
        #expect(members.map(\.mtime) == [1_764_637_500, UInt32.max, 1, 0, 0])   // the trailer's is 0
    }

    @Test(arguments: [
        (nil, nil), ("", nil), ("0", 0), ("1764637500", 1_764_637_500), ("007", 7),
        ("9223372036854775807", Int64.max),
    ] as [(String?, Int64?)])
    func sourceDateEpochValues(value: String?, expected: Int64?) throws {
        #expect(try ArchiveTime.sourceDateEpoch(value) == expected)
    }

    @Test(arguments: ["-1", "+5", "1.5", " 1", "1 ", "0x10", "abc", "9223372036854775808"])
    func malformedSourceDateEpochIsRefused(value: String) {
        #expect(throws: CpioError.self) { try ArchiveTime.sourceDateEpoch(value) }
    }

    @Test(arguments: [
        // (file's mtime, SOURCE_DATE_EPOCH, c_mtime)
        (0, nil, 0), (-1, nil, 0), (Int64.min, nil, 0), (1_764_637_500, nil, 1_764_637_500),
        (Int64(UInt32.max), nil, UInt32.max), (Int64(UInt32.max) + 1, nil, UInt32.max), (Int64.max, nil, UInt32.max),
        // Clamped: newer files get the epoch exactly, older ones keep their own time.
        (1_764_637_500, 1_700_000_000, 1_700_000_000), (1_600_000_000, 1_700_000_000, 1_600_000_000),
        (1_700_000_000, 1_700_000_000, 1_700_000_000), (5, 0, 0), (Int64.max, Int64.max, UInt32.max),
    ] as [(Int64, Int64?, UInt32)])
    func memberTimeClampsToTheEpochAndTheField(file: Int64, epoch: Int64?, expected: UInt32) {
        #expect(ArchiveTime.memberTime(fileSeconds: file, clamp: epoch) == expected)
    }
}
