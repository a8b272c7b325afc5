/// The disclosure-control thresholds of workforce-metrics.md 6.1–6.2, with the published
/// defaults. A data-protection officer may tighten them through configuration.
public struct DisclosureThresholds: Sendable, Hashable {
    /// Rule 1: people counts from 1 to this are suppressed.
    public var smallCountMax: Int
    /// Rule 1: other people counts are rounded to this base.
    public var countRoundingBase: Int
    /// Rule 3: a rate, mean or median needs at least this many workers…
    public var minimumWorkers: Int
    /// …from at least this many workplaces…
    public var minimumWorkplaces: Int
    /// …and no workplace may supply more than this share of the denominator.
    public var dominanceMaxShare: Double
    /// Rule 2: the rounding of estimates.
    public var estimateRounding: EstimateRounding

    public init(
        smallCountMax: Int = 7, countRoundingBase: Int = 5, minimumWorkers: Int = 10, minimumWorkplaces: Int = 3,
        dominanceMaxShare: Double = 0.5, estimateRounding: EstimateRounding = .standard
    ) {
        self.smallCountMax = smallCountMax
        self.countRoundingBase = countRoundingBase
        self.minimumWorkers = minimumWorkers
        self.minimumWorkplaces = minimumWorkplaces
        self.dominanceMaxShare = dominanceMaxShare
        self.estimateRounding = estimateRounding
    }

    /// The defaults of workforce-metrics.md 6.2.
    public static let standard = DisclosureThresholds()

    /// A people count as rule 1 publishes it: exactly 0, suppressed from 1 to ``smallCountMax``
    /// (`nil`), otherwise rounded to the nearest ``countRoundingBase``, and never below the first
    /// multiple of the base above the suppressed range.
    public func publishedCount(_ value: Double) -> Double? {
        let whole = value.rounded()
        if whole == 0 { return 0 }
        if whole <= Double(smallCountMax) { return nil }
        let base = Double(max(1, countRoundingBase))
        // Never publish a rounded figure inside the suppressed range, which would read as a small count.
        let smallestShown = ((Double(smallCountMax) / base).rounded(.down) + 1) * base
        return max(smallestShown, (whole / base).rounded(.toNearestOrEven) * base)
    }

    /// ``publishedCount(_:)`` in words: "0", "fewer than 8" or "5,515".
    public func publishedCountText(_ value: Double) -> String {
        publishedCount(value).map(NumberText.count) ?? "fewer than \(smallCountMax + 1)"
    }
}
