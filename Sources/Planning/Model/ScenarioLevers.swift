/// The lever changes that make a scenario differ from the baseline (workforce-planning.md 3.1).
///
/// Every lever is optional: the baseline is a scenario with none set. Levers that act on flows
/// (turnover, retirement, entrants, demand uplift) take effect from ``fromYear``; the unit costs
/// apply to every year, because they restate prices rather than change policy.
public struct ScenarioLevers: Sendable, Hashable, Codable {
    /// The first projection year the flow levers act on; `nil` means the base year.
    public var fromYear: Int?
    /// Lever 1: the share of direct-care staff whose employers recruit for values, 0–1.
    /// Turnover among them falls by 19.0 / 24.6.
    public var valuesBasedRecruitmentShare: Double?
    /// A multiplier on every band's turnover, 0–3 (for example 0.9 for "turnover down a tenth").
    public var turnoverMultiplier: Double?
    /// An all-ages turnover rate, 0–1, replacing the calibrated one; the age pattern is kept.
    public var turnoverRate: Double?
    /// Lever 2: the share of direct-care staff moved to at least £1.50 above the National Living
    /// Wage, 0–1. Their turnover falls from 37.8 % to 31 % (SfC); the uplift is costed.
    public var payAboveLivingWageShare: Double?
    /// Lever 5: the share of all staff moved from zero-hours to contracted hours, 0–1; each such
    /// worker's turnover falls by 5.8 percentage points (SfC).
    public var zeroHoursMovedShare: Double?
    /// Lever 3: a multiplier on the retirement rates of the 55+ bands, 0–5.
    public var retirementMultiplier: Double?
    /// Lever 3: everyone in the 65+ band retires within the year.
    public var retireAtStatePensionAge: Bool?
    /// Lever 4: the international share of entrants, 0–1, replacing the baseline share.
    public var internationalShare: Double?
    /// Lever 4: an absolute yearly cap on international entrants, at least 0.
    public var internationalCap: Double?
    /// Apprentices recruited each year on top of the baseline entrants, into the youngest band; at least 0.
    public var extraApprenticesPerYear: Double?
    /// Lever 6: the demand driver; `nil` is the Skills for Care 65+ rule.
    public var demandDriver: DemandDriver?
    /// Lever 6: a policy uplift on demand, in percent a year compounded, −10 to 20.
    public var demandUpliftPercentPerYear: Double?
    /// Unit costs replacing the defaults; each at least 0.
    public var recruitmentCostPerHire: Double?
    public var inductionTrainingCostPerStarter: Double?
    public var lostProductivityCostPerLeaver: Double?

    public init() {}

    /// The name of every lever, as JSON and forms spell it; a request naming anything else is refused.
    public static let fieldNames: Set<String> = [
        "fromYear", "valuesBasedRecruitmentShare", "turnoverMultiplier", "turnoverRate", "payAboveLivingWageShare",
        "zeroHoursMovedShare", "retirementMultiplier", "retireAtStatePensionAge", "internationalShare",
        "internationalCap",
        "extraApprenticesPerYear", "demandDriver", "demandUpliftPercentPerYear", "recruitmentCostPerHire",
        "inductionTrainingCostPerStarter", "lostProductivityCostPerLeaver",
    ]

    /// True when no lever is set: the baseline.
    public var isBaseline: Bool { self == ScenarioLevers() }

    /// The unit costs with this scenario's overrides.
    public func costs(over base: CostParameters) -> CostParameters {
        var costs = base
        if let value = recruitmentCostPerHire { costs.recruitmentPerHire = value }
        if let value = inductionTrainingCostPerStarter { costs.inductionTrainingPerStarter = value }
        if let value = lostProductivityCostPerLeaver { costs.lostProductivityPerLeaver = value }
        return costs
    }
}
