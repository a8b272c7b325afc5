/// Pay normalisation (workforce-metrics.md 4): an hourly rate and an annual full-time-equivalent
/// salary for every pay record, whichever basis it was recorded on, so that roles paid by the hour
/// and salaried roles are each compared in one unit.
public enum PayNormalisation {
    /// Weeks in a year: 365.25 ÷ 7, rounded as the spec gives it.
    public static let weeksPerYear = 52.14
    /// Full-time weekly hours, the FTE base (FTE = contracted hours ÷ 37).
    public static let fullTimeWeeklyHours = 37.0
    /// The ASC-WDS validation range of an hourly rate, in pounds.
    public static let hourlyRange: ClosedRange<Double> = 2.5...200
    /// The ASC-WDS validation range of an annual salary, in pounds.
    public static let annualRange: ClosedRange<Double> = 500...250_000

    /// Whether the recorded value lies inside the validation range of its basis (rule 4).
    public static func isInRange(_ pay: WorkerFacts.Pay) -> Bool {
        switch pay.basis {
        case .hourly: hourlyRange.contains(pay.pounds)
        case .annual: annualRange.contains(pay.pounds)
        }
    }

    /// The weekly hours an annual salary is spread over (rule 2): contracted hours when known and
    /// above zero, else average hours when known and above zero, else full time.
    public static func weeklyHours(contracted: Double?, average: Double?) -> Double {
        if let contracted, contracted > 0 { return contracted }
        if let average, average > 0 { return average }
        return fullTimeWeeklyHours
    }

    /// The hourly rate (rule 2), or `nil` when the recorded value is out of range (rule 4).
    public static func hourlyRate(_ pay: WorkerFacts.Pay, weeklyHours: Double) -> Double? {
        guard isInRange(pay) else { return nil }
        switch pay.basis {
        case .hourly: return pay.pounds
        case .annual: return pay.pounds / (weeklyHours * weeksPerYear)
        }
    }

    /// The annual pay for 37 hours a week (rule 3), or `nil` when the recorded value is out of range.
    ///
    /// An annual salary goes through its hourly rate, so one on 20 contracted hours is scaled up to
    /// full time and one on 37 hours (or unknown hours) stays as recorded.
    public static func annualFullTimeEquivalent(_ pay: WorkerFacts.Pay, weeklyHours: Double) -> Double? {
        guard isInRange(pay) else { return nil }
        switch pay.basis {
        case .hourly: return pay.pounds * fullTimeWeeklyHours * weeksPerYear
        // The same as going through the hourly rate, without its rounding: 37 hours stays exact.
        case .annual: return pay.pounds * fullTimeWeeklyHours / weeklyHours
        }
    }
}

extension WorkerFacts {
    /// The worker's pay as an hourly rate, or `nil` when there is no usable pay.
    public var hourlyPay: Double? {
        pay.flatMap { PayNormalisation.hourlyRate($0, weeklyHours: payWeeklyHours) }
    }

    /// The worker's pay as an annual full-time equivalent, or `nil` when there is no usable pay.
    public var annualFullTimeEquivalentPay: Double? {
        pay.flatMap { PayNormalisation.annualFullTimeEquivalent($0, weeklyHours: payWeeklyHours) }
    }

    private var payWeeklyHours: Double {
        PayNormalisation.weeklyHours(contracted: contractedHours, average: averageHours)
    }
}
