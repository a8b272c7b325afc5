/// The running totals of one KPI over a group of records, with each workplace's part of the
/// denominator so that the dominance rule can be applied later (workforce-metrics.md 6.1 rule 3).
struct MeasurementTally {
    private(set) var numerator = 0.0
    private(set) var denominator = 0.0
    private(set) var workers = 0
    private(set) var excludedUnknown = 0
    private var denominatorByWorkplace: [String: Double] = [:]

    /// Adds records that count: their part of the numerator and of the denominator, and how many
    /// staff records they are.
    mutating func count(workplace: String, numerator: Double, denominator: Double, workers: Int) {
        self.numerator += numerator
        self.denominator += denominator
        self.workers += workers
        denominatorByWorkplace[workplace, default: 0] += denominator
    }

    /// Adds records left out of both sides because their answer is unknown.
    mutating func excludeUnknown(_ records: Int) {
        excludedUnknown += records
    }

    /// numerator ÷ denominator, or `nil` when nothing counts.
    var ratio: Double? { denominator > 0 ? numerator / denominator : nil }

    /// The measurement with `value`. Workplaces that add nothing to the denominator supply none of
    /// it, so they neither count nor dominate.
    func measurement(value: Double?) -> KPIMeasurement {
        var workplaces = 0
        var largestPart = 0.0
        for part in denominatorByWorkplace.values where part > 0 {
            workplaces += 1
            largestPart = max(largestPart, part)
        }
        return KPIMeasurement(
            value: value, numerator: numerator, denominator: denominator, workers: workers, workplaces: workplaces,
            largestWorkplaceShare: denominator > 0 ? largestPart / denominator : 0, excludedUnknown: excludedUnknown)
    }
}
