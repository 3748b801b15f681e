// A pipe's inode times and owner (AnonymousInodeTimes): made at one time by its creator,
// changed by utimensat under Linux's rules.
import Testing
import LinuxABI
@testable import KernelCore

@Suite struct AnonymousInodeTimesTests {
    static let made = RamTimestamp(seconds: 1_000, nanoseconds: 5)
    static let later = RamTimestamp(seconds: 2_000, nanoseconds: 9)
    static let owner = FSCredentials(uid: 1000, gid: 100)
    static let stranger = FSCredentials(uid: 2000, gid: 100)

    @Test func startsWithTheCreatorAndOneTime() {
        let times = AnonymousInodeTimes(created: Self.made, owner: Self.owner)
        #expect(times.access == Self.made && times.modification == Self.made && times.change == Self.made)
        var info = Stat()
        times.fill(&info)
        #expect(info.st_uid == 1000 && info.st_gid == 100)
        #expect(info.st_atim == Timespec(tv_sec: 1_000, tv_nsec: 5) && info.st_ctim == info.st_mtim)
    }

    @Test(arguments: [
        // (access, modification, expected access, expected modification)
        (RamTimeChange.time(RamTimestamp(seconds: 7)), RamTimeChange.time(RamTimestamp(seconds: 8)), Int64(7), Int64(8)),
        (.omit, .time(RamTimestamp(seconds: 8)), 1_000, 8),
        (.now, .omit, 2_000, 1_000),
        (.now, .now, 2_000, 2_000),
    ] as [(RamTimeChange, RamTimeChange, Int64, Int64)])
    func ownerChangesTimes(access: RamTimeChange, modification: RamTimeChange, atime: Int64, mtime: Int64) throws {
        var times = AnonymousInodeTimes(created: Self.made, owner: Self.owner)
        try times.change(access: access, modification: modification, credentials: Self.owner, now: Self.later)
        #expect(times.access.seconds == atime && times.modification.seconds == mtime)
        #expect(times.change == Self.later)
    }

    @Test func bothOmittedChangesNothing() throws {
        var times = AnonymousInodeTimes(created: Self.made, owner: Self.owner)
        try times.change(access: .omit, modification: .omit, credentials: Self.stranger, now: Self.later)
        #expect(times == AnonymousInodeTimes(created: Self.made, owner: Self.owner))
    }

    @Test func strangerIsRefusedAndNothingChanges() {
        var times = AnonymousInodeTimes(created: Self.made, owner: Self.owner)
        #expect(throws: Errno.EPERM) {
            try times.change(access: .time(Self.later), modification: .omit, credentials: Self.stranger, now: Self.later)
        }
        #expect(throws: Errno.EPERM) {
            try times.change(access: .now, modification: .omit, credentials: Self.stranger, now: Self.later)
        }
        #expect(throws: Errno.EACCES) {
            try times.change(access: .now, modification: .now, credentials: Self.stranger, now: Self.later)
        }
        #expect(times.change == Self.made)
    }

    @Test func rootMayChangeAnyPipe() throws {
        var times = AnonymousInodeTimes(created: Self.made, owner: Self.owner)
        try times.change(access: .time(Self.later), modification: .now, credentials: .root, now: Self.later)
        #expect(times.access == Self.later && times.modification == Self.later)
    }
}
