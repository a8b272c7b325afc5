import Foundation

/// A day in the proleptic Gregorian calendar with no time or zone: completion dates, last valid days,
/// and "today" in London. Date-only facts are written into credentials as midnight UTC of the day.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// The date, or nil if the day does not exist (31 April, 29 February 2025, year outside 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        self.init(isoBytes: Array(text.utf8)[...])
    }

    /// Parses `YYYY-MM-DD` from ASCII bytes (the hot path of timestamp parsing avoids `Character` work).
    init?(isoBytes bytes: ArraySlice<UInt8>) {
        guard bytes.count == 10 else { return nil }
        let start = bytes.startIndex
        guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
            let year = Self.number(bytes[start..<(start + 4)]),
            let month = Self.number(bytes[(start + 5)..<(start + 7)]),
            let day = Self.number(bytes[(start + 8)..<(start + 10)])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The value of a run of ASCII digits, or nil if any byte is not a digit.
    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil, exact for the whole proleptic Gregorian calendar.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The date `count` days later (earlier if negative).
    public func adding(days count: Int) -> CalendarDate {
        // Clamped to ±10,000 years so that no count can overflow the arithmetic.
        CalendarDate(daysSinceEpoch: daysSinceEpoch + min(max(count, -3_652_500), 3_652_500))
    }

    /// The date `count` calendar months later. A day past the end of the target month becomes its last
    /// day (31 January + 1 month = 28 or 29 February), as date libraries and ASC-WDS do. A result outside
    /// years 1–9999 leaves the date unchanged.
    public func adding(months count: Int) -> CalendarDate {
        let monthIndex = year * 12 + (month - 1) + min(max(count, -120_000), 120_000)
        let newYear = monthIndex / 12
        let newMonth = monthIndex % 12 + 1
        let newDay = min(day, Self.daysInMonth(year: newYear, month: newMonth))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// Midnight UTC at the start of the day.
    public var midnightUTC: Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
    }

    /// The UTC calendar date of an instant.
    public static func utc(of date: Date) -> CalendarDate {
        let days = (date.timeIntervalSince1970 / 86_400).rounded(.down)
        guard !days.isNaN else { return CalendarDate(daysSinceEpoch: 0) }
        return CalendarDate(daysSinceEpoch: Int(max(min(days, 2_932_896), -719_162)))
    }

    /// Earlier dates sort first.
    public static func < (left: CalendarDate, right: CalendarDate) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
