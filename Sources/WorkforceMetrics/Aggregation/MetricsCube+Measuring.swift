import CarepathCore

/// One group's figures: each KPI asked for, and how many staff records and workplaces it holds.
public struct MetricsCell: Sendable, Hashable {
    public var measurements: [KPI: KPIMeasurement]
    /// Staff records (filled posts), every contract type.
    public var staffRecords: Int
    /// Workplaces with at least one staff record in the group.
    public var workplaces: Int
    /// The measurement behind the filled-post count, for rule 3 checks on counts by workplace.
    public var staffMeasurement: KPIMeasurement

    /// True when no workplace in the group has any return: pages say "no returns yet".
    public var isEmpty: Bool { workplaces == 0 && measurements.values.allSatisfy { $0.denominator == 0 } }
}

/// What a breakdown splits a group by.
public enum MetricsDimension: Sendable, Hashable {
    case serviceGroup
    case roleGroup
    case sector
    /// The areas of a level inside the filter's area, such as the councils of a region.
    case area(AreaLevel)
}

extension MetricsCube {
    /// The KPIs `kpis` over the workplaces and staff of `filter` in `month`.
    public func measure(_ kpis: [KPI], _ filter: MetricsFilter, at month: YearMonth) -> MetricsCell {
        var accumulator = CellAccumulator(kpis: kpis)
        forEachFacts(filter, at: month) { facts in
            if let role = facts.roleFacts(filter.roleGroup) { accumulator.add(role) }
        }
        return accumulator.cell()
    }

    /// The same KPIs split by `dimension`, in one pass; keys are service groups, role-group raw
    /// values, sector raw values or area codes. Groups with no workplace are absent.
    public func breakdown(
        _ kpis: [KPI], _ filter: MetricsFilter, by dimension: MetricsDimension, at month: YearMonth
    ) -> [String: MetricsCell] {
        var accumulators: [String: CellAccumulator] = [:]
        func add(_ role: WorkplaceMetricFacts.RoleFacts?, to key: String?) {
            guard let role, let key else { return }
            accumulators[key, default: CellAccumulator(kpis: kpis)].add(role)
        }
        forEachFacts(filter, at: month) { facts in
            switch dimension {
            case .serviceGroup: add(facts.roleFacts(filter.roleGroup), to: facts.serviceGroup)
            case .sector: add(facts.roleFacts(filter.roleGroup), to: facts.sector.rawValue)
            case .area(let level): add(facts.roleFacts(filter.roleGroup), to: facts.location.code(at: level))
            case .roleGroup:
                for group in JobRoleGroup.allCases where filter.roleGroup == nil || filter.roleGroup == group {
                    add(facts.byRoleGroup[group], to: group.rawValue)
                }
            }
        }
        return accumulators.mapValues { $0.cell() }
    }

    /// One KPI over `filter` for every month from the first return to the last, oldest first.
    public func series(_ kpi: KPI, _ filter: MetricsFilter) -> [(month: YearMonth, measurement: KPIMeasurement)] {
        guard let firstMonth, let lastMonth else { return [] }
        return firstMonth.through(lastMonth).map { month in
            (month, measure([kpi], filter, at: month).measurements[kpi]!)
        }
    }
}

/// Sums role facts workplace by workplace; each workplace is added once, so its share of a
/// denominator is its own tally (the dominance rule, workforce-metrics.md 6.1 rule 3).
struct CellAccumulator {
    let kpis: [KPI]
    private var tallies: [KPITally]
    private var workplaces: [Int]
    private var largest: [Double]
    private var values: [[Double]]
    private var staff = KPITally()
    private var staffWorkplaces = 0
    private var largestStaff = 0.0

    init(kpis: [KPI]) {
        self.kpis = kpis
        tallies = Array(repeating: KPITally(), count: kpis.count)
        workplaces = Array(repeating: 0, count: kpis.count)
        largest = Array(repeating: 0, count: kpis.count)
        values = Array(repeating: [], count: kpis.count)
    }

    mutating func add(_ role: WorkplaceMetricFacts.RoleFacts) {
        if role.staffRecords > 0 {
            let records = Double(role.staffRecords)
            staff.add(KPITally(numerator: records, denominator: records, workers: role.staffRecords))
            staffWorkplaces += 1
            largestStaff = max(largestStaff, records)
        }
        for (index, kpi) in kpis.enumerated() {
            guard let tally = role.tallies[kpi] else { continue }
            tallies[index].add(tally)
            if tally.denominator > 0 {
                workplaces[index] += 1
                largest[index] = max(largest[index], tally.denominator)
            }
            if kpi.isMedian, let known = role.values[kpi] { values[index].append(contentsOf: known) }
        }
    }

    func cell() -> MetricsCell {
        var measurements: [KPI: KPIMeasurement] = [:]
        for (index, kpi) in kpis.enumerated() {
            let tally = tallies[index]
            measurements[kpi] = KPIMeasurement(
                value: kpi.value(numerator: tally.numerator, denominator: tally.denominator, values: values[index]),
                numerator: tally.numerator, denominator: tally.denominator, workers: tally.workers,
                workplaces: workplaces[index],
                largestWorkplaceShare: tally.denominator > 0 ? largest[index] / tally.denominator : 0,
                excludedUnknown: tally.excludedUnknown)
        }
        let staffMeasurement = KPIMeasurement(
            value: staff.numerator, numerator: staff.numerator, denominator: staff.denominator, workers: staff.workers,
            workplaces: staffWorkplaces,
            largestWorkplaceShare: staff.denominator > 0 ? largestStaff / staff.denominator : 0,
            excludedUnknown: 0)
        return MetricsCell(
            measurements: measurements, staffRecords: staff.workers, workplaces: staffWorkplaces,
            staffMeasurement: staffMeasurement)
    }
}
