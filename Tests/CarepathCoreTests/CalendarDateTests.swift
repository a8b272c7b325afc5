import Testing

@testable import CarepathCore

@Suite("Calendar dates")
struct CalendarDateTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    @Test("impossible days are refused")
    func validation() {
        #expect(CalendarDate(year: 1985, month: 2, day: 31) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2020, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2020, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2020, month: 1, day: 0) == nil)
    }

    @Test("expiry arithmetic from the ASC-WDS spec: add calendar months, then subtract a day")
    func expiry() {
        #expect(Self.date(2025, 3, 12).adding(months: 36).adding(days: -1) == Self.date(2028, 3, 11))
        #expect(Self.date(2025, 2, 1).adding(months: 12).adding(days: -1) == Self.date(2026, 1, 31))
        #expect(Self.date(2025, 1, 31).adding(months: 1) == Self.date(2025, 2, 28))
        #expect(Self.date(2024, 1, 31).adding(months: 1) == Self.date(2024, 2, 29))
        #expect(Self.date(2025, 12, 15).adding(months: 1) == Self.date(2026, 1, 15))
    }

    @Test("day numbers count from 1 January 1970 and round-trip over centuries")
    func dayNumbers() {
        #expect(Self.date(1970, 1, 1).dayNumber == 0)
        #expect(Self.date(2000, 3, 1).dayNumber == 11_017)
        #expect(Self.date(1969, 12, 31).dayNumber == -1)
        var day = Self.date(1890, 1, 1)
        for _ in 0..<(365 * 250 / 7) {
            let next = day.adding(days: 7)
            #expect(next.dayNumber - day.dayNumber == 7)
            #expect(next > day)
            day = next
        }
    }

    @Test("whole years, as in an age")
    func years() {
        #expect(Self.date(2025, 7, 4).wholeYears(since: Self.date(1990, 7, 5)) == 34)
        #expect(Self.date(2025, 7, 5).wholeYears(since: Self.date(1990, 7, 5)) == 35)
        #expect(Self.date(2003, 6, 1).wholeYears(since: Self.date(1990, 7, 5)) == 12)
    }

    @Test("ISO dates are read strictly")
    func iso() {
        #expect(CalendarDate(iso: "2025-07-16") == Self.date(2025, 7, 16))
        for text in ["2025-7-16", "16/07/2025", "2025-02-30", "2025-07-16x", "", "2025--07"] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
    }

    @Test("formats")
    func formats() {
        #expect(Self.date(2025, 3, 2).description == "2025-03-02")
        #expect(Self.date(2025, 3, 2).ukFormat == "02/03/2025")
    }
}
