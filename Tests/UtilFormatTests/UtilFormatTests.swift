// Host tests of Userland/UtilFormat: ls's mode strings and dates (against glibc's gmtime),
// sleep's durations, ps's /proc/<pid>/stat parser, /etc/passwd lookups.
import Testing
import UtilFormat
#if canImport(Glibc)
import Glibc
#endif

@Test(arguments: [
    (UInt32(0o100644), "-rw-r--r--"), (0o040755, "drwxr-xr-x"), (0o120777, "lrwxrwxrwx"),
    (0o020666, "crw-rw-rw-"), (0o060660, "brw-rw----"), (0o010600, "prw-------"), (0o140755, "srwxr-xr-x"),
    (0o104755, "-rwsr-xr-x"), (0o104644, "-rwSr--r--"), (0o102755, "-rwxr-sr-x"), (0o102745, "-rwxr-Sr-x"),
    (0o041777, "drwxrwxrwt"), (0o041776, "drwxrwxrwT"), (0o100000, "----------"), (0o000000, "?---------"),
    (0o107777, "-rwsrwsrwt"),
])
func modeStrings(mode: UInt32, expected: String) {
    #expect(modeString(mode) == expected)
}

@Test(arguments: [Int64(0), 59, 86_399, 86_400, 951_782_400 /* 2000-02-29 */, 1_700_000_000, -1, -86_401,
                  4_102_444_800 /* 2100-01-01 */, 253_402_300_799 /* 9999-12-31 23:59:59 */])
func civilDatesAgreeWithGmtime(seconds: Int64) {
    let date = CivilDate(epochSeconds: seconds)
    #if canImport(Glibc)
    var t = time_t(seconds)
    var parts = tm()
    _ = gmtime_r(&t, &parts)
    #expect(date.year == Int64(parts.tm_year) + 1900)
    #expect(date.month == Int(parts.tm_mon) + 1)
    #expect(date.day == Int(parts.tm_mday))
    #expect(date.hour == Int(parts.tm_hour) && date.minute == Int(parts.tm_min) && date.second == Int(parts.tm_sec))
    #endif
}

@Test func listingTimeRecentAndOld() {
    let now: Int64 = 1_764_629_400          // 2025-12-01 22:50:00
    #expect(listingTime(now - 60, now: now) == "Dec  1 22:49")
    #expect(listingTime(now - 200 * 86_400, now: now) == "May 15  2025")
    #expect(listingTime(now + 3600, now: now) == "Dec  1  2025")   // future: the year
}

@Test(arguments: [
    ("1", Int64(1_000_000_000)), ("0", 0), ("0.5", 500_000_000), (".25", 250_000_000), ("1.", 1_000_000_000),
    ("2s", 2_000_000_000), ("1m", 60_000_000_000), ("1h", 3_600_000_000_000), ("1d", 86_400_000_000_000),
    ("0.0000000019", 1), ("1.5m", 90_000_000_000),
])
func durations(text: String, nanoseconds: Int64) {
    #expect(parseDuration(text) == nanoseconds)
}

@Test(arguments: ["", "s", ".", "-1", "1..2", "abc", "1x", "99999999999999999999"])
func badDurations(text: String) {
    #expect(parseDuration(text) == nil)
}

@Test func procStatLines() {
    let plain = ProcStat(Array("42 (sh) S 1 42 42 1025 42 4194560 0 0\n".utf8))
    #expect(plain == ProcStat(Array("42 (sh) S 1 42 42 1025 42\n".utf8)))
    #expect(plain?.pid == 42 && plain?.comm == "sh" && plain?.state == "S" && plain?.ppid == 1)
    #expect(plain?.pgrp == 42 && plain?.session == 42 && plain?.ttyNr == 1025)
    // comm may hold spaces and parentheses: it runs to the last ")".
    let odd = ProcStat(Array("7 (a) b (c) R 2 3 4 0 -1".utf8))
    #expect(odd?.comm == "a) b (c" && odd?.state == "R" && odd?.ppid == 2)
    #expect(ProcStat(Array("x (sh) S 1 2 3 4".utf8)) == nil)
    #expect(ProcStat(Array("1 (sh S 1 2 3 4".utf8)) == nil)
    #expect(ProcStat(Array("1 (sh) S 1".utf8)) == nil)
    #expect(ProcStat([]) == nil)
}

@Test func commandLines() {
    #expect(commandLineText(Array("ls\0-l\0/bin\0".utf8)) == "ls -l /bin")
    #expect(commandLineText([]) == nil)
    #expect(commandLineText([0]) == nil)
    #expect(commandLineText(Array("a\0\0b\0".utf8)) == "a  b")
}

@Test func passwdNames() {
    let db = Array("root:x:0:0:root:/root:/bin/sh\n# comment\nbad\nuser:x:1000:1000::/home/user:/bin/sh\n".utf8)
    #expect(nameForID(0, inDatabase: db) == "root")
    #expect(nameForID(1000, inDatabase: db) == "user")
    #expect(nameForID(5, inDatabase: db) == nil)
    #expect(nameForID(0, inDatabase: []) == nil)
}

@Test func padding() {
    #expect(padLeft("7", 3) == "  7" && padLeft("1234", 3) == "1234" && padRight("ab", 4) == "ab  " && padRight("", 0) == "")
}
