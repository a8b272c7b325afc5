import CarepathCore
import WorkforceMetrics

/// 31 March 2025: the independent-sector count date, so the reference period is 1 April 2024 to
/// 31 March 2025.
let countDate = CalendarDate(year: 2025, month: 3, day: 31)!

/// A date written as `2024-06-01`, for readable test data.
func day(_ iso: String) -> CalendarDate {
    CalendarDate(iso: iso)!
}

/// One KPI at ``countDate``.
func measure(_ kpi: KPI, _ workers: [WorkerFacts], _ workplaces: [WorkplaceFacts] = []) -> KPIMeasurement {
    KPICalculator.measure(kpi, workers: workers, workplaces: workplaces, at: countDate)
}

/// `count` copies of a record: large groups for the spec's published figures.
func records(_ count: Int, _ worker: WorkerFacts) -> [WorkerFacts] {
    Array(repeating: worker, count: count)
}

/// Whether two values agree to within `tolerance`, for figures that pass through division.
func isClose(_ value: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}

/// A ratio as a percentage to one decimal place, as area figures are published.
func percentToOneDecimal(_ ratio: Double?) -> Double? {
    ratio.map { ($0 * 1_000).rounded() / 10 }
}
