/// A calendar month, such as 2026-11: the step of every workforce time series.
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1 to 12.
    public let month: Int

    /// `nil` when `month` is not 1 to 12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a date falls in.
    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    /// Reads `YYYY-MM` (digits only, years 1000 to 9999); `nil` for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let year = Int(parts[0]), let month = Int(parts[1]),
            year >= 1000
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month `count` months later (earlier when negative); years stay positive, as in
    /// ``CalendarDate/adding(months:)``.
    public func adding(months count: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + count
        return YearMonth(uncheckedYear: index / 12, month: index % 12 + 1)
    }

    /// Every month from `self` to `last`, both included; empty when `last` is earlier.
    public func through(_ last: YearMonth) -> [YearMonth] {
        var months: [YearMonth] = []
        var month = self
        while month <= last {
            months.append(month)
            month = month.adding(months: 1)
        }
        return months
    }

    /// The last day of the month, the count date of a monthly figure.
    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: month, day: 1)!.adding(months: 1).adding(days: -1)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// `YYYY-MM`.
    public var description: String {
        month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
    }

    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }
}
