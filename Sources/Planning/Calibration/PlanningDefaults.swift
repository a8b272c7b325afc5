import CarepathCore

/// The calibration defaults of workforce-planning.md 2.3, used when an area's own returns
/// are too few to measure a parameter. Each value cites its evidence.
public enum PlanningDefaults {
    /// The fewest records a locally measured rate may rest on (workforce-metrics.md 6.1 rule 3).
    public static let minimumSample = 10.0

    /// All-ages turnover for a role group, with its source.
    public static func turnover(for group: JobRoleGroup?) -> (value: Double, source: String) {
        switch group {
        case .directCare: (0.361, "Skills for Care: care worker turnover 36.1% (2021/22)")
        case .regulatedProfession: (0.441, "Skills for Care: registered nurse turnover 44.1% (2021/22)")
        case .managerial, .other, nil: (0.283, "Skills for Care: England turnover 28.3% (2022/23)")
        }
    }

    /// Turnover in each ``AgeBand`` relative to the all-ages rate. The shape follows Skills
    /// for Care's turnover by age (under-20s 44–53%, 60+ 20–24%); the band values are Carepath's.
    public static let turnoverAgePattern: [Double] = [1.5, 1.1, 0.95, 0.85, 0.8, 0.75, 0.75]
    public static let turnoverAgePatternSource =
        "Carepath assumption shaped by Skills for Care turnover by age (under-20s 44–53%, 60+ 20–24%)"

    /// `r[b]`: retirement or permanent exit by band; about 2–3% of the whole workforce a year.
    public static let retirement: [Double] = [0, 0, 0, 0, 0.02, 0.06, 0.20]
    public static let retirementSource =
        "Carepath assumption: about 2–3% of the workforce retires a year (Skills for Care 2023/24; Leicestershire 1,600 of 15,700 in 5 years)"

    /// `ρ`: the share of leavers who stay in adult social care.
    public static let withinSectorShare = 0.65
    public static let withinSectorShareSource = "Skills for Care: 63–67% of leavers stay in the sector (Norfolk 63%)"

    /// The starters rate behind the entrant rate `e = starters rate × (1 − ρ)`.
    public static let startersRate = 0.374
    public static let startersRateSource = "Skills for Care: England starters rate 37.4% (2017/18)"

    /// The base vacancy rate when no workplace declared its vacancies.
    public static let vacancyRate = 0.083
    public static let vacancyRateSource = "Skills for Care: England vacancy rate 8.3% (2023/24)"

    /// The entrants' age profile by ``AgeBand``.
    public static let entrantAgeShare: [Double] = [0.30, 0.24, 0.18, 0.15, 0.06, 0.04, 0.03]
    public static let entrantAgeShareSource = "Carepath assumption: entrants skew young"

    /// `φ`: the international share of people new to the sector.
    public static let internationalShare = 0.20
    public static let internationalShareSource =
        "Carepath assumption between the 2023/24 and 2024/25 levels of overseas recruitment (105,000 → 50,000 in England)"
}
