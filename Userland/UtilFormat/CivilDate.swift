// Seconds since the epoch as a calendar date (UTC) for `ls -l` ("Dec  1 22:50", or
// "Dec  1  2025" when older than six months or in the future, as GNU coreutils' ls does).

/// A UTC calendar date and time of day.
public struct CivilDate: Equatable, Sendable {
    public var year: Int64
    public var month: Int   // 1…12
    public var day: Int     // 1…31
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// The UTC date of `seconds` since 1970-01-01 (negative values included).
    /// Howard Hinnant's civil_from_days.
    public init(epochSeconds seconds: Int64) {
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        hour = Int(rest / 3600)
        minute = Int(rest % 3600 / 60)
        second = Int(rest % 60)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = Int(doy - (153 * mp + 2) / 5 + 1)
        month = Int(mp < 10 ? mp + 3 : mp - 9)
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }
}

private let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/// Half of a mean Gregorian year (365.2425 days), the age past which `ls -l` shows the
/// year instead of the time of day (GNU ls: 31556952 / 2 seconds).
public let listingRecentSeconds: Int64 = 31_556_952 / 2

/// Whether `ls -l` shows the time of day for a file changed at `mtime` (seconds,
/// nanoseconds), seen at `now`: strictly after six months before now and strictly before
/// now, to the nanosecond, as GNU ls (print_long_format) compares them.
public func isRecentListingTime(_ mtime: (seconds: Int64, nanoseconds: Int64),
                                now: (seconds: Int64, nanoseconds: Int64)) -> Bool {
    func precedes(_ a: (Int64, Int64), _ b: (Int64, Int64)) -> Bool { a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) }
    let (ago, overflow) = now.seconds.subtractingReportingOverflow(listingRecentSeconds)
    let afterSixMonthsAgo = overflow || precedes((ago, now.nanoseconds), (mtime.seconds, mtime.nanoseconds))
    return afterSixMonthsAgo && precedes((mtime.seconds, mtime.nanoseconds), (now.seconds, now.nanoseconds))
}

/// `ls -l`'s time column (UTC, the C locale) for a file changed at `mtime`, seen at
/// `now`: "Mon dd HH:MM" when recent (`isRecentListingTime`), "Mon dd  YYYY" otherwise —
/// GNU ls's "%b %e %H:%M" and "%b %e  %Y". Without `nowNanoseconds`, `now` stands for the end
/// of its second, so a file changed earlier in that second is recent.
public func listingTime(_ mtime: Int64, nanoseconds: Int64 = 0, now: Int64, nowNanoseconds: Int64 = 999_999_999) -> String {
    let date = CivilDate(epochSeconds: mtime)
    let recent = isRecentListingTime((mtime, nanoseconds), now: (now, nowNanoseconds))
    let two = { (v: Int) -> String in v < 10 ? "0" + String(v) : String(v) }
    let head = monthNames[date.month - 1] + " " + padLeft(String(date.day), 2) + " "
    if recent { return head + two(date.hour) + ":" + two(date.minute) }
    return head + padLeft(String(date.year), 5)
}
