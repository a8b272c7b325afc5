import CarepathCore

/// The 12 months ending on the count date (*P* of workforce-metrics.md 3): after the same day a
/// year before, up to and including the count date.
struct ReferencePeriod {
    let countDate: CalendarDate
    /// The day before the period starts: a start on this day or earlier is 12 months or more ago.
    let dayBefore: CalendarDate

    init(endingOn countDate: CalendarDate) {
        self.countDate = countDate
        dayBefore = countDate.adding(months: -12)
    }

    func contains(_ date: CalendarDate) -> Bool {
        date > dayBefore && date <= countDate
    }
}
