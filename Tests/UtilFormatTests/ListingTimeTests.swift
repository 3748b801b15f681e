// ls -l's date column: GNU's six-month rule to the nanosecond (edges on both sides, the
// future, the epoch, far years), and the same column as the host's GNU ls prints for files
// whose times the test sets (the host is the oracle; TZ=UTC, the C locale).
import Testing
import UtilFormat
#if canImport(Glibc)
import Glibc
#endif

struct ListingTimeTests {
    static let now: Int64 = 1_764_637_500   // 2025-12-02 01:05:00 UTC
    static let half = listingRecentSeconds

    @Test(arguments: [
        // (mtime seconds, mtime ns, now ns, recent)
        (now - 60, 0, 0, true),
        (now, 0, 1, true), (now, 0, 0, false) /* exactly now is not before now */, (now, 5, 4, false),
        (now + 1, 0, 999_999_999, false),
        (now - half, 1, 0, true), (now - half, 0, 0, false), (now - half, 5, 5, false),
        (now - half - 1, 999_999_999, 0, false), (now - half + 1, 0, 999_999_999, true),
        (0, 0, 0, false), (Int64.min, 0, 0, false), (Int64.max, 0, 0, false),
    ] as [(Int64, Int64, Int64, Bool)])
    func sixMonthRuleToTheNanosecond(mtime: Int64, mtimeNs: Int64, nowNs: Int64, recent: Bool) {
        #expect(isRecentListingTime((mtime, mtimeNs), now: (Self.now, nowNs)) == recent)
    }

    @Test func recentFilesShowTheTimeOldAndFutureOnesTheYear() {
        let now = Self.now
        #expect(listingTime(now - 60, now: now) == "Dec  2 01:04")
        #expect(listingTime(now, now: now) == "Dec  2 01:05", "within the current second (now's ns unknown)")
        #expect(listingTime(now - 200 * 86_400, now: now) == "May 16  2025")
        #expect(listingTime(now + 3600, now: now) == "Dec  2  2025", "future: the year")
        #expect(listingTime(0, now: now) == "Jan  1  1970")
        #expect(listingTime(-1, now: now) == "Dec 31  1969")
        #expect(listingTime(253_402_300_799, now: now) == "Dec 31  9999")
        #expect(listingTime(253_402_300_800, now: now) == "Jan  1 10000")
        // Day numbers are space-padded to two, times zero-padded.
        #expect(listingTime(1_764_032_700, now: now) == "Nov 25 01:05")
        #expect(listingTime(1_762_045_260, now: now) == "Nov  2 01:01")
    }

    #if canImport(Glibc)
    /// What the host's ls prints in the date column (fields 6–8 of `ls -l`) for each name, or
    /// nil when there is no GNU ls.
    private func hostListing(_ directory: String, _ names: [String]) -> [String]? {
        guard let version = popen("ls --version 2>/dev/null", "r") else { return nil }
        var line = [CChar](repeating: 0, count: 256)
        let isGNU = fgets(&line, 256, version) != nil
            && String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).contains("GNU coreutils")
        pclose(version)
        guard isGNU else { return nil }
        guard let listing = popen("cd '\(directory)' && TZ=UTC LC_ALL=C ls -l --time-style=locale "
                                  + names.joined(separator: " "), "r") else { return nil }
        var result: [String] = []
        while fgets(&line, 256, listing) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let fields = text.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 9 else { continue }
            // Rebuild the column with GNU's padding: "%b %e %H:%M" or "%b %e  %Y".
            let day = fields[6].count == 1 ? " " + fields[6] : String(fields[6])
            let last = fields[7].contains(":") ? String(fields[7]) : " " + fields[7]
            result.append(fields[5] + " " + day + " " + last)
        }
        pclose(listing)
        return result
    }

    @Test func agreesWithTheHostsGNULs() throws {
        var template = Array("/tmp/apus-lstime-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { Issue.record("mkdtemp failed"); return }
        let directory = String(cString: made)
        defer { _ = system("rm -rf '\(directory)'") }
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        let now = Int64(clock.tv_sec)
        // Away from the edges by more than the time the test takes.
        let offsets: [Int64] = [-30, -3600, -86_400 * 30, -(Self.half - 120), -(Self.half + 120), -86_400 * 400,
                                3600, 86_400 * 100, -now, -now - 86_400]
        var names: [String] = []
        var expected: [String] = []
        for (index, offset) in offsets.enumerated() {
            let name = "f" + String(index)
            let path = directory + "/" + name
            let fd = open(path, O_CREAT | O_WRONLY, 0o644)
            close(fd)
            var times = [timespec(tv_sec: Int(now + offset), tv_nsec: 0), timespec(tv_sec: Int(now + offset), tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
            names.append(name)
            expected.append(listingTime(now + offset, now: now, nowNanoseconds: Int64(clock.tv_nsec)))
        }
        guard let host = hostListing(directory, names) else { return }   // no GNU ls: nothing to compare
        #expect(host == expected)
    }
    #endif
}
