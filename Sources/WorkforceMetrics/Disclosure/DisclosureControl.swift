import CarepathCore

/// The disclosure-control rules of workforce-metrics.md 6.1, with configurable thresholds
/// (6.2). Decisions depend only on the unrounded inputs, so the same cell gets the same
/// decision on every page, download and API answer (rule 4, cube-consistency).
public struct DisclosureControl: Sendable, Hashable {
    public var thresholds: DisclosureThresholds
    /// Figures resting on fewer than this share of known answers are not shown (`CAREPATH_KPI_MIN_COVERAGE`).
    public var minimumCoverage: Double

    public init(thresholds: DisclosureThresholds = .standard, minimumCoverage: Double = 0.8) {
        self.thresholds = thresholds
        self.minimumCoverage = minimumCoverage
    }

    /// Rule 1 (and rule 7 for England): a people count, suppressed from 1 to the small-count
    /// maximum and otherwise rounded; England's counts are published unrounded.
    public func count(_ value: Double, level: AreaLevel) -> DisclosedValue {
        if level == .country { return DisclosedValue(value: value.rounded(), suppression: nil) }
        guard let published = thresholds.publishedCount(value) else { return .suppressed(.smallCount) }
        return DisclosedValue(value: published, suppression: nil)
    }

    /// Rule 3: a rate, share, mean or median, published only when enough workers from enough
    /// workplaces stand behind it and no workplace dominates. Percentages are rounded to whole
    /// numbers below region level and 1 dp at region and England; other values to 1 dp.
    /// `coverageGated` applies the minimum-coverage rule (KPI-TIME-IN-ROLE and the like).
    public func rate(
        _ measurement: KPIMeasurement, level: AreaLevel, isPercentage: Bool, coverageGated: Bool = false
    ) -> DisclosedValue {
        // A group with nobody in it has no figure to protect: it reads "not available", like a zero count.
        if measurement.workers == 0 && measurement.denominator == 0 {
            return DisclosedValue(value: nil, suppression: nil)
        }
        if let reason = reasonToSuppress(measurement, level: level) { return .suppressed(reason) }
        if coverageGated, measurement.coverage < minimumCoverage { return .suppressed(.lowCoverage) }
        guard let value = measurement.value else { return DisclosedValue(value: nil, suppression: nil) }
        return DisclosedValue(value: Self.round(value, isPercentage: isPercentage, level: level), suppression: nil)
    }

    /// Why rule 3 withholds a figure resting on `measurement`, or `nil` when it may be published.
    public func reasonToSuppress(_ measurement: KPIMeasurement, level: AreaLevel) -> SuppressionReason? {
        if level == .country { return nil }
        if measurement.workers < thresholds.minimumWorkers { return .tooFewWorkers }
        if measurement.workplaces < thresholds.minimumWorkplaces { return .tooFewWorkplaces }
        if measurement.largestWorkplaceShare > thresholds.dominanceMaxShare { return .dominance }
        return nil
    }

    /// The display rounding of rule 3: a ratio to whole percent or 1 dp of a percent.
    static func round(_ value: Double, isPercentage: Bool, level: AreaLevel) -> Double {
        guard isPercentage else { return (value * 10).rounded() / 10 }
        let step = level == .country || level == .region ? 1_000.0 : 100.0
        return (value * step).rounded() / step
    }
}
