// CivilTime and RTCRegisters: dates against the host's timegm, register decoding in every mode.
import Foundation
import Testing
@testable import KernelCore

@Suite struct CivilTimeTests {
    static let dates: [(Int, Int, Int, Int, Int, Int)] = [
        (1970, 1, 1, 0, 0, 0), (1970, 1, 1, 23, 59, 59), (1972, 2, 29, 12, 0, 0), (1999, 12, 31, 23, 59, 59),
        (2000, 1, 1, 0, 0, 0), (2000, 2, 29, 6, 30, 0), (2020, 9, 13, 12, 26, 40), (2026, 12, 1, 19, 0, 0),
        (2038, 1, 19, 3, 14, 8), (2100, 3, 1, 0, 0, 0), (2400, 2, 29, 0, 0, 0), (9999, 12, 31, 23, 59, 59),
    ]

    @Test(arguments: dates)
    func secondsMatchTheHost(date: (Int, Int, Int, Int, Int, Int)) {
        var parts = tm()
        parts.tm_year = Int32(date.0 - 1900); parts.tm_mon = Int32(date.1 - 1); parts.tm_mday = Int32(date.2)
        parts.tm_hour = Int32(date.3); parts.tm_min = Int32(date.4); parts.tm_sec = Int32(date.5)
        let host = Int64(timegm(&parts))
        let time = CivilTime(year: date.0, month: date.1, day: date.2, hour: date.3, minute: date.4, second: date.5)
        #expect(time.isValid)
        #expect(time.secondsSinceEpoch == host)
    }

    @Test func invalidDates() {
        #expect(!CivilTime(year: 2023, month: 2, day: 29, hour: 0, minute: 0, second: 0).isValid)
        #expect(!CivilTime(year: 2024, month: 13, day: 1, hour: 0, minute: 0, second: 0).isValid)
        #expect(!CivilTime(year: 2024, month: 4, day: 31, hour: 0, minute: 0, second: 0).isValid)
        #expect(!CivilTime(year: 1969, month: 12, day: 31, hour: 0, minute: 0, second: 0).isValid)
        #expect(!CivilTime(year: 2024, month: 1, day: 1, hour: 24, minute: 0, second: 0).isValid)
    }

    @Test func bcdTwentyFourHour() {
        let r = RTCRegisters(seconds: 0x59, minutes: 0x30, hours: 0x23, day: 0x31, month: 0x12, year: 0x26,
                             century: 0x20, statusB: 0x02)
        #expect(r.civilTime == CivilTime(year: 2026, month: 12, day: 31, hour: 23, minute: 30, second: 59))
    }

    @Test func binaryTwelveHour() {
        let pm = RTCRegisters(seconds: 5, minutes: 6, hours: 0x80 | 7, day: 1, month: 2, year: 24, century: 20, statusB: 0x04)
        #expect(pm.civilTime == CivilTime(year: 2024, month: 2, day: 1, hour: 19, minute: 6, second: 5))
        let midnight = RTCRegisters(seconds: 0, minutes: 0, hours: 12, day: 1, month: 1, year: 0, century: 0, statusB: 0x04)
        #expect(midnight.civilTime?.hour == 0)
        let noon = RTCRegisters(seconds: 0, minutes: 0, hours: 0x80 | 12, day: 1, month: 1, year: 0, century: 0, statusB: 0x04)
        #expect(noon.civilTime?.hour == 12)
        #expect(midnight.civilTime?.year == 2000)   // no century register: 20xx
    }

    @Test func nonsenseIsNil() {
        let r = RTCRegisters(seconds: 0xFF, minutes: 0xFF, hours: 0xFF, day: 0xFF, month: 0xFF, year: 0xFF,
                             century: 0xFF, statusB: 0)
        #expect(r.civilTime == nil)
    }
}
