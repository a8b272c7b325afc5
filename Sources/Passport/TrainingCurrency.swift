/// The one rule for whether training is current (passport.md 7.3), used by the verifier, the wallet
/// and the compliance matrix alike: expired once its last valid day is before today; expiring soon
/// when that day is within the window; current otherwise, and always when it never expires.
public enum TrainingCurrency: String, Sendable, Hashable, CaseIterable, Comparable {
    case expired
    case expiringSoon = "expiring_soon"
    case current

    /// The state on `today` (a calendar date in Europe/London) of training whose last valid day is
    /// `lastValidDay` (`nil`: it never expires), with an expiring window of `windowDays`.
    public static func of(lastValidDay: CalendarDate?, today: CalendarDate, windowDays: Int) -> TrainingCurrency {
        guard let lastValidDay else { return .current }
        if lastValidDay < today { return .expired }
        return lastValidDay.daysSinceEpoch - today.daysSinceEpoch <= windowDays ? .expiringSoon : .current
    }

    /// Worse states sort first, so `max` picks the best of several records.
    public static func < (left: TrainingCurrency, right: TrainingCurrency) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}
