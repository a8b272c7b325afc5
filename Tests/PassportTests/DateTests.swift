import Foundation
import Testing

@testable import Passport

@Suite struct DateTests {
    @Test func parsesAndFormatsTimestamps() throws {
        let date = try #require(Timestamp.parse("2025-03-14T09:30:00Z"))
        #expect(date.timeIntervalSince1970 == 1_741_944_600)
        #expect(Timestamp.format(date) == "2025-03-14T09:30:00Z")
        #expect(Timestamp.parse("2025-03-14T10:30:00+01:00") == date)
        #expect(Timestamp.parse("2025-03-14t09:30:00.250z")?.timeIntervalSince1970 == 1_741_944_600.25)
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_741_944_600.9)) == "2025-03-14T09:30:00Z")
    }

    @Test(arguments: [
        "2025-03-14", "2025-03-14T09:30:00", "2025-03-14 09:30:00Z", "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z",
        "2025-03-14T24:00:00Z", "2025-03-14T09:30:00+1:00", "2025-03-14T09:30:00.Z", "２０２５-03-14T09:30:00Z", "",
    ])
    func refusesTimestampsWithoutAZoneOrOutOfRange(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func addsCalendarMonthsClampingToTheMonthEnd() {
        #expect(TestWorld.day("2025-03-12").adding(months: 24) == TestWorld.day("2027-03-12"))
        #expect(TestWorld.day("2025-01-31").adding(months: 1) == TestWorld.day("2025-02-28"))
        #expect(TestWorld.day("2024-01-31").adding(months: 1) == TestWorld.day("2024-02-29"))
        #expect(TestWorld.day("2024-02-29").adding(months: 12) == TestWorld.day("2025-02-28"))
        #expect(TestWorld.day("2025-11-30").adding(months: 3) == TestWorld.day("2026-02-28"))
    }

    @Test func convertsDaysBothWays() {
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(TestWorld.day("1970-01-01").daysSinceEpoch == 0)
        #expect(TestWorld.day("2000-03-01").daysSinceEpoch == 11_017)
        #expect(CalendarDate(iso: "2025-3-1") == nil)
    }

    @Test func findsTheLondonDateAcrossSummerTime() {
        // BST 2025: 30 March 01:00 UTC to 26 October 01:00 UTC.
        #expect(CalendarDate.london(of: TestWorld.date("2025-03-30T00:59:59Z")) == TestWorld.day("2025-03-30"))
        #expect(CalendarDate.london(of: TestWorld.date("2025-06-30T23:30:00Z")) == TestWorld.day("2025-07-01"))
        #expect(CalendarDate.london(of: TestWorld.date("2025-10-26T00:30:00Z")) == TestWorld.day("2025-10-26"))
        #expect(CalendarDate.london(of: TestWorld.date("2025-10-26T23:30:00Z")) == TestWorld.day("2025-10-26"))
        #expect(CalendarDate.london(of: TestWorld.date("2025-12-31T23:30:00Z")) == TestWorld.day("2025-12-31"))
        #expect(CalendarDate.london(of: TestWorld.date("2025-03-29T23:30:00Z")) == TestWorld.day("2025-03-29"))
        #expect(CalendarDate.london(of: TestWorld.date("2025-03-30T01:30:00Z")) == TestWorld.day("2025-03-30"))
        #expect(CalendarDate.london(of: TestWorld.date("2025-03-30T23:30:00Z")) == TestWorld.day("2025-03-31"))
    }
}
