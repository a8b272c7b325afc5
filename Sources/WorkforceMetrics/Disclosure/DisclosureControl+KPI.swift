import CarepathCore

extension DisclosureControl {
    /// A KPI's figure after rule 3 (and the coverage gate where the KPI has one), rounded for display
    /// by its unit: percentages as rule 3 says, days and years to 1 dp, hourly pay to the penny and
    /// annual pay to the nearest £100.
    public func publish(_ kpi: KPI, _ measurement: KPIMeasurement, level: AreaLevel) -> DisclosedValue {
        var published = rate(
            measurement, level: level, isPercentage: kpi.unit == .rate, coverageGated: kpi.isCoverageGated)
        if let value = measurement.value, published.value != nil {
            switch kpi.unit {
            case .poundsPerHour: published.value = (value * 100).rounded() / 100
            case .poundsPerYear: published.value = (value / 100).rounded() * 100
            case .rate, .days, .years: break
            }
        }
        return published
    }

    /// Rules 3 and 4 over a breakdown of one KPI, rounded as ``publish(_:_:level:)`` rounds.
    public func breakdown(
        _ kpi: KPI, _ cells: [BreakdownCell], total: KPIMeasurement, level: AreaLevel
    ) -> [String: DisclosedValue] {
        var published = breakdown(
            cells, total: total, level: level, isPercentage: kpi.unit == .rate, coverageGated: kpi.isCoverageGated)
        for cell in cells where published[cell.key]?.isSuppressed == false {
            published[cell.key] = publish(kpi, cell.measurement, level: level)
        }
        return published
    }
}
