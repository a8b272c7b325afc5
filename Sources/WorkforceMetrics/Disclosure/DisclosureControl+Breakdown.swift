import CarepathCore

/// One cell of a breakdown (a row of a table by service, role or sector) before control.
public struct BreakdownCell: Sendable, Hashable {
    /// A stable key for the cell, such as a job-role group.
    public var key: String
    public var measurement: KPIMeasurement

    public init(key: String, measurement: KPIMeasurement) {
        self.key = key
        self.measurement = measurement
    }
}

extension DisclosureControl {
    /// Rules 3 and 4 over a breakdown whose cells add up to a published total: each cell is
    /// controlled on its own, and when exactly one is suppressed while the total is published,
    /// the next-smallest cell (by unrounded denominator, then key) is suppressed too, so the
    /// hidden one cannot be worked out by subtraction.
    public func breakdown(
        _ cells: [BreakdownCell], total: KPIMeasurement, level: AreaLevel, isPercentage: Bool,
        coverageGated: Bool = false
    ) -> [String: DisclosedValue] {
        var published: [String: DisclosedValue] = [:]
        for cell in cells {
            published[cell.key] = rate(
                cell.measurement, level: level, isPercentage: isPercentage, coverageGated: coverageGated)
        }
        let totalIsPublished = reasonToSuppress(total, level: level) == nil
        let suppressed = cells.filter { published[$0.key]?.isSuppressed == true }
        guard totalIsPublished, suppressed.count == 1 else { return published }
        // An empty cell adds nothing to the total, so hiding it would protect nothing.
        let candidates = cells.filter { published[$0.key]?.isSuppressed == false && $0.measurement.denominator > 0 }
            .sorted { ($0.measurement.denominator, $0.key) < ($1.measurement.denominator, $1.key) }
        if let next = candidates.first {
            published[next.key] = .suppressed(.complementary)
        }
        return published
    }

    /// Rules 1 and 4 over counts that add up to a published total, such as filled posts by role.
    public func countBreakdown(_ counts: [String: Double], level: AreaLevel) -> [String: DisclosedValue] {
        var published = counts.mapValues { count($0, level: level) }
        let suppressed = published.filter { $0.value.isSuppressed }
        guard suppressed.count == 1 else { return published }
        let next = counts.filter { published[$0.key]?.isSuppressed == false && $0.value > 0 }
            .sorted { ($0.value, $0.key) < ($1.value, $1.key) }.first
        if let next { published[next.key] = .suppressed(.complementary) }
        return published
    }
}
