import CarepathCore
import Testing

@Suite("YearMonth")
struct YearMonthTests {
    @Test func readsWritesAndSteps() {
        let month = YearMonth(iso: "2025-11")!
        #expect(month.description == "2025-11")
        #expect(month.adding(months: 2).description == "2026-01")
        #expect(month.adding(months: -11).description == "2024-12")
        #expect(month.lastDay == CalendarDate(year: 2025, month: 11, day: 30))
        #expect(YearMonth(iso: "2024-02")!.lastDay == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(month.through(month.adding(months: 2)).map(\.description) == ["2025-11", "2025-12", "2026-01"])
        #expect(month.through(month.adding(months: -1)).isEmpty)
    }

    @Test func refusesWhatIsNotAMonth() {
        for text in [
            "2025-13", "2025-00", "2025-1", "25-01", "2025/01", "2025-01-01", "", "+202-01", "0999-01", "２０２５-01",
        ] {
            #expect(YearMonth(iso: text) == nil, "\(text)")
        }
    }
}
