/// The unit costs behind the cost of turnover (workforce-planning.md 3.2), in pounds.
public struct CostParameters: Sendable, Hashable, Codable {
    /// Recruitment cost per hire: advertising, interviews, checks, cover. SfC: £4,000.
    public var recruitmentPerHire: Double
    /// Induction and training cost per new starter. SfC: £2,229.
    public var inductionTrainingPerStarter: Double
    /// Productivity lost per leaver; 0 unless a planner enters it.
    public var lostProductivityPerLeaver: Double
    /// The pay uplift per hour for workers moved above the threshold (£1.50 above the National Living Wage).
    public var payUpliftPerHour: Double
    /// Paid hours a year per care worker, for the cost of the pay lever (a Carepath assumption: 30 hours × 52 weeks).
    public var paidHoursPerYear: Double

    /// Every cost as its default.
    public static let defaults = CostParameters(
        recruitmentPerHire: 4_000, inductionTrainingPerStarter: 2_229, lostProductivityPerLeaver: 0,
        payUpliftPerHour: 1.50, paidHoursPerYear: 1_560)

    public init(
        recruitmentPerHire: Double, inductionTrainingPerStarter: Double, lostProductivityPerLeaver: Double,
        payUpliftPerHour: Double, paidHoursPerYear: Double
    ) {
        self.recruitmentPerHire = recruitmentPerHire
        self.inductionTrainingPerStarter = inductionTrainingPerStarter
        self.lostProductivityPerLeaver = lostProductivityPerLeaver
        self.payUpliftPerHour = payUpliftPerHour
        self.paidHoursPerYear = paidHoursPerYear
    }

    /// The cost of replacing one leaver: recruitment plus induction and training.
    public var perHire: Double { recruitmentPerHire + inductionTrainingPerStarter }
}
