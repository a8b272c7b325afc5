import CarepathCore

/// An area's supply parameters and base vacancies, with the assumption behind each.
public struct CalibratedWorkforce: Sendable, Hashable {
    public var supply: SupplyParameters
    public var baseVacancies: Double
    public var assumptions: [Assumption]
}

/// Turns the counts of ``WorkforceBase`` into model parameters (workforce-planning.md 2.3):
/// a rate is measured locally when at least ``PlanningDefaults/minimumSample`` records support it,
/// otherwise the published default is used, and the assumption says which.
public enum SupplyCalibration {
    /// Calibrates the seven-band model for `group` (`nil` for all roles).
    /// Counts quoted in the assumptions are rounded as `thresholds` publish people counts;
    /// the model itself uses the exact counts.
    public static func calibrate(
        _ base: WorkforceBase, group: JobRoleGroup?, thresholds: DisclosureThresholds = .standard
    ) -> CalibratedWorkforce {
        let stock = spreadUnknownAges(base)
        let total = stock.reduce(0, +)
        var assumptions: [Assumption] = [
            Assumption(
                key: "filledPosts", label: "Filled posts in \(base.asOfYear)", value: thresholds.publishedCount(total),
                unit: .count,
                origin: .localData,
                source:
                    "Staff records in the latest returns of \(base.workplaceCount) workplaces (recorded, not grossed up)"
            )
        ]

        let (turnover, turnoverOrigin, turnoverSource) = measured(
            thresholds: thresholds,
            base.declaredLeavers, fallback: PlanningDefaults.turnover(for: group))
        assumptions.append(
            Assumption(
                key: "turnover", label: "Turnover (all ages)", value: turnover, unit: .rate, origin: turnoverOrigin,
                source: turnoverSource))
        let bandTurnover = ageTurnover(mean: turnover, stock: stock)
        let retirement = zip(PlanningDefaults.retirement, bandTurnover).map { min($0, $1) }
        assumptions.append(
            bandAssumption(
                "turnoverByAge", "Turnover by age band", bandTurnover, PlanningDefaults.turnoverAgePatternSource))
        assumptions.append(
            bandAssumption(
                "retirement", "Retirement by age band (part of turnover)", retirement, PlanningDefaults.retirementSource
            ))

        let (stay, stayOrigin, staySource) = measured(
            thresholds: thresholds,
            base.linkedLeavers,
            fallback: (PlanningDefaults.withinSectorShare, PlanningDefaults.withinSectorShareSource),
            describe: "leavers followed by keyed NI number")
        assumptions.append(
            Assumption(
                key: "withinSectorShare", label: "Leavers who stay in adult social care (ρ)", value: stay, unit: .rate,
                origin: stayOrigin, source: staySource))

        let (starters, startersOrigin, startersSource) = measured(
            thresholds: thresholds,
            base.declaredStarters, fallback: (PlanningDefaults.startersRate, PlanningDefaults.startersRateSource))
        assumptions.append(
            Assumption(
                key: "startersRate", label: "Starters rate", value: starters, unit: .rate, origin: startersOrigin,
                source: startersSource))
        let entrantRate = starters * (1 - stay)
        assumptions.append(
            Assumption(
                key: "entrantRate", label: "People new to the sector a year, share of stock (e)", value: entrantRate,
                unit: .rate, origin: startersOrigin, source: "Starters rate × (1 − ρ)"))

        let recent = base.recentStartersByBand.reduce(0, +)
        let localProfile =
            recent >= PlanningDefaults.minimumSample && base.recentStartersByBand.count == AgeBand.allCases.count
        let entrantAgeShare =
            localProfile ? base.recentStartersByBand.map { $0 / recent } : PlanningDefaults.entrantAgeShare
        assumptions.append(
            bandAssumption(
                "entrantAgeShare", "Entrants by age band", entrantAgeShare,
                localProfile
                    ? "Ages of \(thresholds.publishedCountText(recent)) starters in the last 12 months"
                    : PlanningDefaults.entrantAgeShareSource,
                origin: localProfile ? .localData : .default))

        assumptions.append(
            Assumption(
                key: "internationalShare", label: "International share of entrants (φ)",
                value: PlanningDefaults.internationalShare,
                unit: .rate, origin: .default, source: PlanningDefaults.internationalShareSource))
        let directCareShare = base.totalStock > 0 ? base.directCareStock / base.totalStock : 0
        assumptions.append(
            Assumption(
                key: "directCareShare", label: "Share in direct-care roles", value: directCareShare, unit: .rate,
                origin: .localData,
                source: "Main job roles in the staff records"))

        let vacancies = baseVacancies(base, filled: total, thresholds: thresholds)
        assumptions.insert(vacancies.assumption, at: 1)
        let supply = SupplyParameters(
            stock: stock, turnover: bandTurnover, retirement: retirement, ageing: AgeBand.allCases.map(\.ageingRate),
            withinSectorShare: stay, entrantRate: entrantRate, entrantAgeShare: entrantAgeShare,
            internationalShare: PlanningDefaults.internationalShare, directCareShare: directCareShare)
        return CalibratedWorkforce(supply: supply, baseVacancies: vacancies.count, assumptions: assumptions)
    }

    /// Staff of unknown age are spread over the bands in proportion to those of known age.
    static func spreadUnknownAges(_ base: WorkforceBase) -> [Double] {
        let known = base.stockByBand.reduce(0, +)
        guard base.stockOfUnknownAge > 0, known > 0 else { return base.stockByBand }
        return base.stockByBand.map { $0 + base.stockOfUnknownAge * $0 / known }
    }

    /// Band turnover with the default age pattern, scaled so the stock-weighted mean is `mean`.
    static func ageTurnover(mean: Double, stock: [Double]) -> [Double] {
        let pattern = PlanningDefaults.turnoverAgePattern
        let total = stock.reduce(0, +)
        let patternMean = total > 0 ? zip(pattern, stock).reduce(0) { $0 + $1.0 * $1.1 } / total : 1
        return pattern.map { min(1, mean * $0 / patternMean) }
    }

    private static func measured(
        thresholds: DisclosureThresholds,
        _ counts: RateCounts?, fallback: (value: Double, source: String), describe: String = "directly employed staff"
    ) -> (Double, Assumption.Origin, String) {
        if let counts, counts.denominator >= PlanningDefaults.minimumSample, let rate = counts.rate {
            return (
                rate, .localData,
                "\(thresholds.publishedCountText(counts.numerator)) of \(thresholds.publishedCountText(counts.denominator)) \(describe) (declared in returns)"
            )
        }
        return (fallback.value, .default, fallback.source)
    }

    private static func baseVacancies(
        _ base: WorkforceBase, filled: Double, thresholds: DisclosureThresholds
    ) -> (count: Double, assumption: Assumption) {
        let rate: Double
        let origin: Assumption.Origin
        let source: String
        if let declared = base.declaredVacancies, declared.denominator >= PlanningDefaults.minimumSample {
            rate = declared.numerator / (declared.denominator + declared.numerator)
            origin = .localData
            source =
                "\(thresholds.publishedCountText(declared.numerator)) vacancies declared beside \(thresholds.publishedCountText(declared.denominator)) directly employed staff: \(NumberText.percent(rate))"
        } else {
            rate = PlanningDefaults.vacancyRate
            origin = .default
            source = PlanningDefaults.vacancyRateSource
        }
        let count = rate < 1 ? filled * rate / (1 - rate) : 0
        return (
            count,
            Assumption(
                key: "vacancies", label: "Vacancies in \(base.asOfYear)",
                value: thresholds.estimateRounding.round(count), unit: .count, origin: origin,
                source: source)
        )
    }

    private static func bandAssumption(
        _ key: String, _ label: String, _ values: [Double], _ source: String, origin: Assumption.Origin = .default
    ) -> Assumption {
        let text = zip(AgeBand.allCases, values).map { "\($0.label): \(NumberText.percent($1))" }.joined(
            separator: ", ")
        return Assumption(key: key, label: label, value: nil, text: text, unit: .text, origin: origin, source: source)
    }
}
