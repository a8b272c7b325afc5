import CarepathCore
import Testing
import WorkforceMetrics

/// No figure published from summed workplace facts breaks the disclosure rules: random workplaces
/// of random sizes in a few councils, every KPI split by role group and by council.
struct CubeDisclosurePropertyTests {
    @Test func publishedBreakdownsOfRandomWorkplacesKeepTheRules() {
        var random = SeededGenerator(seed: 11)
        let councils = ["E10000020", "E10000029", "E06000031"]
        var cube = MetricsCube()
        for index in 0..<60 {
            let council = councils[random.below(councils.count)]
            let id = "w\(index)"
            let location = WorkplaceMetricFacts.Location(districtCode: nil, cassrCode: council, regionCode: "E12000006")
            let workers = randomWorkers(
                1 + random.below(random.below(4) == 0 ? 80 : 12), workplaceID: id, seed: UInt64(index))
            let built = facts(id, workers: workers, location: location)
            cube.insert(.init(id: id, workplaceID: id, asOf: countDate, sequence: index, facts: built))
        }
        let control = DisclosureControl()
        let month = YearMonth(countDate)
        var shown = 0
        var hidden = 0
        for (filter, dimension, level) in [
            (MetricsFilter(areaLevel: .region, areaCode: "E12000006"), MetricsDimension.area(.cassr), AreaLevel.cassr),
            (MetricsFilter(areaLevel: .cassr, areaCode: "E10000020"), .roleGroup, .cassr),
            (MetricsFilter(areaLevel: .cassr, areaCode: "E06000031"), .roleGroup, .cassr),
        ] {
            let cells = cube.breakdown(KPI.allCases, filter, by: dimension, at: month)
            let total = cube.measure(KPI.allCases, filter, at: month)
            for kpi in KPI.allCases {
                let column = cells.map { BreakdownCell(key: $0.key, measurement: $0.value.measurements[kpi]!) }
                let published = control.breakdown(kpi, column, total: total.measurements[kpi]!, level: level)
                shown += published.values.filter { $0.value != nil }.count
                hidden += published.values.filter(\.isSuppressed).count
                for cell in column where published[cell.key]?.value != nil {
                    #expect(cell.measurement.workers >= 10, "\(kpi) \(cell.key)")
                    #expect(cell.measurement.workplaces >= 3, "\(kpi) \(cell.key)")
                    #expect(cell.measurement.largestWorkplaceShare <= 0.5, "\(kpi) \(cell.key)")
                }
                if control.reasonToSuppress(total.measurements[kpi]!, level: level) == nil {
                    #expect(published.values.filter(\.isSuppressed).count != 1, "\(kpi)")
                }
            }
            let posts = control.countBreakdown(cells.mapValues { Double($0.staffRecords) }, level: level)
            for value in posts.values {
                guard let count = value.value else { continue }
                #expect(count == 0 || (count > 7 && count.truncatingRemainder(dividingBy: 5) == 0))
            }
        }
        // Both outcomes occur, so the checks above are exercised.
        #expect(shown > 20)
        #expect(hidden > 10)
    }
}
