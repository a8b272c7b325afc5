import Foundation

extension CalendarDate {
    /// The calendar date in Europe/London at an instant, where the passport compares expiry dates.
    /// British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    /// Sunday of October (the rule since 1996). Computing it avoids reading the time-zone database.
    public static func london(of date: Date) -> CalendarDate {
        let utcDay = utc(of: date)
        let start = lastSunday(year: utcDay.year, month: 3).midnightUTC.addingTimeInterval(3_600)
        let end = lastSunday(year: utcDay.year, month: 10).midnightUTC.addingTimeInterval(3_600)
        let isSummerTime = date >= start && date < end
        return isSummerTime ? utc(of: date.addingTimeInterval(3_600)) : utcDay
    }

    private static func lastSunday(year: Int, month: Int) -> CalendarDate {
        let last = CalendarDate(year: year, month: month, day: daysInMonth(year: year, month: month))!
        // 1970-01-01 was a Thursday: weekday 0 = Sunday after shifting by 4.
        let weekday = ((last.daysSinceEpoch + 4) % 7 + 7) % 7
        return last.adding(days: -weekday)
    }
}
