// Calendar dates to seconds since the Unix epoch (UTC, proleptic Gregorian), for the RTC's
// wall-clock reading at boot; and the decoding of the CMOS RTC's registers (BCD or binary,
// 12- or 24-hour). Pure; the port access is Drivers/CMOSClock.swift.

/// A UTC date and time as the RTC gives it.
public struct CivilTime: Equatable, Sendable {
    public var year: Int, month: Int, day: Int
    public var hour: Int, minute: Int, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
    }

    /// True when every field is in range (day checked against the month's length).
    public var isValid: Bool {
        guard (1970...9999).contains(year), (1...12).contains(month), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second) else { return false }
        return day >= 1 && day <= CivilTime.daysIn(month: month, year: year)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to this date (the civil-from-days inverse of Howard Hinnant's
    /// days_from_civil, written for years ≥ 1970).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Seconds since 1970-01-01 00:00:00 UTC. Linux: mktime64.
    public var secondsSinceEpoch: Int64 {
        Int64(daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}

/// The CMOS RTC's time registers as read (MC146818; Linux: mc146818_get_time).
public struct RTCRegisters: Equatable, Sendable {
    public var seconds: UInt8, minutes: UInt8, hours: UInt8
    public var day: UInt8, month: UInt8, year: UInt8
    /// Register 0x32 on PC-compatible machines; 0 when absent (then 20xx is assumed).
    public var century: UInt8
    /// Status register B: bit 2 binary (else BCD), bit 1 24-hour (else 12-hour with bit 7
    /// of the hours register meaning PM).
    public var statusB: UInt8

    public init(seconds: UInt8, minutes: UInt8, hours: UInt8, day: UInt8, month: UInt8, year: UInt8,
                century: UInt8, statusB: UInt8) {
        self.seconds = seconds; self.minutes = minutes; self.hours = hours
        self.day = day; self.month = month; self.year = year
        self.century = century; self.statusB = statusB
    }

    static let binaryMode: UInt8 = 1 << 2, twentyFourHour: UInt8 = 1 << 1, pm: UInt8 = 1 << 7

    static func fromBCD(_ value: UInt8) -> Int { Int(value >> 4) * 10 + Int(value & 0x0F) }

    /// The time the registers say, or nil when they hold nonsense.
    public var civilTime: CivilTime? {
        let binary = statusB & RTCRegisters.binaryMode != 0
        func decode(_ value: UInt8) -> Int { binary ? Int(value) : RTCRegisters.fromBCD(value) }
        var hour = decode(hours & ~RTCRegisters.pm)
        if statusB & RTCRegisters.twentyFourHour == 0 {
            hour %= 12
            if hours & RTCRegisters.pm != 0 { hour += 12 }
        }
        let centuryValue = century == 0 ? 20 : decode(century)
        let time = CivilTime(year: centuryValue * 100 + decode(year), month: decode(month), day: decode(day),
                             hour: hour, minute: decode(minutes), second: decode(seconds))
        return time.isValid ? time : nil
    }
}
