import CarepathCore

/// How the workforce-profile KPIs read one record (workforce-metrics.md 3, KPI-DEMOGRAPHICS).
extension WorkerFacts {
    /// The age in whole years at the count date. Only the birth year is stored, so the birthday is
    /// taken as 1 July: that is right for at least half of each birth year at any count date, where
    /// "count year − birth year" is a year too old for three quarters of staff at a 31 March count.
    func age(at countDate: CalendarDate) -> Double? {
        guard let yearOfBirth, let birthday = CalendarDate(year: yearOfBirth, month: 7, day: 1) else { return nil }
        return Double(countDate.wholeYears(since: birthday))
    }

    /// `GENDER` 2 over 1, 2 and 4; 3 (don't know) is unknown.
    var isFemale: Bool? {
        switch gender {
        case 2: true
        case 1, 4: false
        default: nil
        }
    }

    /// Whether the ethnic group is not White; 99 (don't know) is unknown.
    var isBlackOrMinorityEthnic: Bool? {
        ethnicity.flatMap { EthnicGroup(ethnicityCode: $0) }?.isBlackOrMinorityEthnic
    }

    /// British, EU or non-EU; 998 (don't know) is unknown.
    var nationalityGroup: NationalityGroup? {
        nationality.flatMap { NationalityGroup(nationalityCode: $0) }
    }

    /// `DISABLED` 1 over 0 and 1; 2 (undisclosed) and 3 (don't know) are unknown.
    var isDisabled: Bool? {
        switch disabled {
        case 1: true
        case 0: false
        default: nil
        }
    }
}
