import CarepathCore
import Testing
import WorkforceMetrics

/// No published cell ever breaks the disclosure rules, over thousands of random breakdowns
/// and both the default and a tightened configuration.
struct DisclosurePropertyTests {
    private struct Random {
        var state: UInt64
        mutating func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    private func randomCell(_ random: inout Random, key: String) -> BreakdownCell {
        let workers = random.next(0...60)
        let workplaces = workers == 0 ? 0 : random.next(1...min(workers, 8))
        let share = workplaces == 0 ? 0 : Double(random.next(100 / max(workplaces, 1)...100)) / 100
        return BreakdownCell(
            key: key,
            measurement: KPIMeasurement(
                value: workers == 0 ? nil : Double(random.next(0...100)) / 100, numerator: 0,
                denominator: Double(workers),
                workers: workers, workplaces: workplaces, largestWorkplaceShare: share,
                excludedUnknown: random.next(0...10)))
    }

    @Test(arguments: [
        DisclosureThresholds.standard,
        DisclosureThresholds(smallCountMax: 10, minimumWorkers: 20, minimumWorkplaces: 5, dominanceMaxShare: 0.4),
    ])
    func publishedCellsNeverBreakTheRules(thresholds: DisclosureThresholds) {
        let control = DisclosureControl(thresholds: thresholds)
        var random = Random(state: 42)
        for _ in 0..<2_000 {
            let level: AreaLevel = [.region, .cassr, .district][random.next(0...2)]
            let cells = (0..<random.next(1...6)).map { randomCell(&random, key: "cell-\($0)") }
            // The total is what the cells add up to, each cell's workplaces being its own.
            let workers = cells.reduce(0) { $0 + $1.measurement.workers }
            let largest = cells.map { $0.measurement.largestWorkplaceShare * Double($0.measurement.workers) }.max() ?? 0
            let total = KPIMeasurement(
                value: 0.5, numerator: 0, denominator: Double(workers), workers: workers,
                workplaces: cells.reduce(0) { $0 + $1.measurement.workplaces },
                largestWorkplaceShare: workers > 0 ? largest / Double(workers) : 0, excludedUnknown: 0)
            let published = control.breakdown(cells, total: total, level: level, isPercentage: true)
            for cell in cells {
                guard let value = published[cell.key], !value.isSuppressed, value.value != nil else { continue }
                #expect(cell.measurement.workers >= thresholds.minimumWorkers)
                #expect(cell.measurement.workplaces >= thresholds.minimumWorkplaces)
                #expect(cell.measurement.largestWorkplaceShare <= thresholds.dominanceMaxShare)
            }
            if control.reasonToSuppress(total, level: level) == nil {
                #expect(
                    published.values.filter(\.isSuppressed).count != 1,
                    "a lone suppressed cell is recoverable from the total")
            }

            let counts = Dictionary(uniqueKeysWithValues: cells.map { ($0.key, Double($0.measurement.workers)) })
            let publishedCounts = control.countBreakdown(counts, level: level)
            for (key, value) in publishedCounts {
                guard let shown = value.value else { continue }
                #expect(shown == 0 || shown > Double(thresholds.smallCountMax), "\(key)")
                #expect(shown.truncatingRemainder(dividingBy: Double(thresholds.countRoundingBase)) == 0)
            }
            if control.count(Double(workers), level: level).value != nil, workers > 0 {
                #expect(publishedCounts.values.filter(\.isSuppressed).count != 1, "\(counts)")
            }
        }
    }
}
