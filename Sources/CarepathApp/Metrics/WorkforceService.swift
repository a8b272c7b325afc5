import CarepathCore
import WorkforceMetrics

/// Works out the published workforce figures of an area from a facts snapshot under disclosure
/// control, so every page, download and API answer shows the same value for the same cell
/// (workforce-metrics.md 6.1 rule 4; see `WorkforceService+Consistency.swift`). Provider
/// benchmarks and measured movement apply the same `DisclosureControl` to their own cells.
struct WorkforceService: Sendable {
    let snapshot: MetricsSnapshot
    let control: DisclosureControl
    let serviceGroups: [String]

    /// The KPIs a dashboard leads with and compares with the parent area and England.
    static let headlineKPIs: [KPI] = [
        .turnover, .vacancy, .starters, .sicknessDays, .zeroHours, .qualified, .careWorkerHourlyPay, .aged55AndOver,
    ]
    /// The KPIs of breakdown tables.
    static let breakdownKPIs: [KPI] = [.turnover, .vacancy, .sicknessDays, .careWorkerHourlyPay]
    /// The KPIs drawn month by month.
    static let trendKPIs: [KPI] = [.turnover, .vacancy, .sicknessDays, .careWorkerHourlyPay]

    /// The month figures are for: the one asked for, or the latest with returns.
    func month(_ query: WorkforceQuery) -> YearMonth? { query.month ?? snapshot.cube.lastMonth }

    /// Refuses an `at` outside the months with returns: later months would show figures carried
    /// forward under a date no return describes.
    /// - Throws: ``CarepathError/invalidFilter(field:value:allowed:)`` naming the months there are.
    func checkMonth(_ query: WorkforceQuery) throws {
        guard let month = query.month else { return }
        guard let first = snapshot.cube.firstMonth, let last = snapshot.cube.lastMonth, first <= month, month <= last
        else {
            let allowed = snapshot.cube.firstMonth.map { "a month from \($0) to \(snapshot.cube.lastMonth!)" }
            throw CarepathError.invalidFilter(
                field: "at", value: month.description, allowed: allowed ?? "no month: there are no returns yet")
        }
    }

    /// Every month with figures, oldest first.
    var months: [YearMonth] {
        guard let first = snapshot.cube.firstMonth, let last = snapshot.cube.lastMonth else { return [] }
        return first.through(last)
    }

    /// All KPIs of `area` with the query's filters. `parent` is the area whose table by areas of
    /// `area`'s level also shows these figures, so both show the same decisions.
    func figures(
        _ area: AreaReference, parent: AreaReference?, _ query: WorkforceQuery, kpis: [KPI] = KPI.allCases
    ) -> WorkforceFigures {
        let month = month(query)
        let level = controlLevel(area, narrowed: Self.narrows(query))
        let cell = month.map { snapshot.cube.measure(kpis, query.filter(area), at: $0) }
        let hidden = month.map { complements(kpis, area, parent: parent, query, at: $0) } ?? ComplementDecision()
        return WorkforceFigures(
            area: area, month: month, hasReturns: !(cell?.isEmpty ?? true),
            filledPosts: hidden.filledPosts
                ? .complement : control.count(Double(cell?.staffRecords ?? 0), level: level),
            workplaces: cell?.workplaces ?? 0,
            kpis: kpis.map { kpi in
                var figure = published(kpi, cell?.measurements[kpi] ?? .empty, level: level)
                if hidden.kpis.contains(kpi) { figure.value = .complement }
                return figure
            })
    }

    /// The dashboard of an area: its figures, the parent's and England's, breakdowns and trends.
    func dashboard(_ detail: AreaDetail, _ query: WorkforceQuery) -> WorkforceDashboard {
        let area = detail.area.reference
        let parent = detail.ancestors.last
        var comparisons: [WorkforceFigures] = []
        if let parent, parent.level != .country {
            comparisons.append(
                figures(parent, parent: detail.ancestors.dropLast().last, query, kpis: Self.headlineKPIs))
        }
        if area.level != .country {
            comparisons.append(figures(England.reference, parent: nil, query, kpis: Self.headlineKPIs))
        }
        var breakdowns = [
            breakdown(area, query, by: .serviceGroup), breakdown(area, query, by: .roleGroup),
            breakdown(area, query, by: .sector),
        ]
        if let childLevel = detail.children.first?.reference.level {
            breakdowns.insert(breakdown(area, query, by: .area(childLevel), children: detail.children), at: 0)
        }
        return WorkforceDashboard(
            query: query, figures: figures(area, parent: parent, query), comparisons: comparisons,
            breakdowns: breakdowns, trends: Self.trendKPIs.map { trend($0, area, parent: parent, query) },
            months: months)
    }

    /// One KPI month by month over every month with returns, each month under the same decisions
    /// as ``figures(_:parent:_:kpis:)`` would make for it.
    func trend(_ kpi: KPI, _ area: AreaReference, parent: AreaReference?, _ query: WorkforceQuery) -> WorkforceTrend {
        let level = controlLevel(area, narrowed: Self.narrows(query))
        let points = snapshot.cube.series(kpi, query.filter(area)).map { point in
            let hidden = complements([kpi], area, parent: parent, query, at: point.month).kpis.contains(kpi)
            return WorkforceTrend.Point(
                month: point.month, value: hidden ? .complement : published(kpi, point.measurement, level: level).value)
        }
        return WorkforceTrend(kpi: kpi, area: area, points: points)
    }

    /// The group split by `dimension`, with complementary suppression within each column.
    func breakdown(
        _ area: AreaReference, _ query: WorkforceQuery, by dimension: MetricsDimension, children: [AreaSummary] = [],
        kpis: [KPI] = Self.breakdownKPIs
    ) -> WorkforceBreakdown {
        let empty = WorkforceBreakdown(title: "", dimensionLabel: "", level: area.level, kpis: kpis, rows: [])
        guard let month = month(query) else { return empty }
        let filter = query.filter(area)
        let cells = snapshot.cube.breakdown(kpis, filter, by: dimension, at: month)
        let total = snapshot.cube.measure(kpis, filter, at: month)
        let (title, label, keys) = describe(dimension, children: children, present: Array(cells.keys))
        let level: AreaLevel =
            if case .area(let childLevel) = dimension { childLevel } else { controlLevel(area, narrowed: true) }
        let posts = control.countBreakdown(cells.mapValues { Double($0.staffRecords) }, level: level)
        var columns: [KPI: [String: DisclosedValue]] = [:]
        for kpi in kpis {
            let column = cells.map { BreakdownCell(key: $0.key, measurement: $0.value.measurements[kpi]!) }
            columns[kpi] = control.breakdown(kpi, column, total: total.measurements[kpi]!, level: level)
        }
        let rows = keys.map { key, rowLabel in
            WorkforceBreakdown.Row(
                key: key, label: rowLabel, filledPosts: posts[key] ?? DisclosedValue(value: 0, suppression: nil),
                values: Dictionary(uniqueKeysWithValues: kpis.map { ($0, columns[$0]?[key] ?? .notAvailable) }))
        }
        return WorkforceBreakdown(title: title, dimensionLabel: label, level: level, kpis: kpis, rows: rows)
    }

    private func describe(
        _ dimension: MetricsDimension, children: [AreaSummary], present: [String]
    ) -> (String, String, [(String, String)]) {
        switch dimension {
        case .serviceGroup:
            return ("By main service group", "Service group", serviceGroups.filter(present.contains).map { ($0, $0) })
        case .roleGroup:
            return ("By job-role group", "Job-role group", JobRoleGroup.allCases.map { ($0.rawValue, $0.displayName) })
        case .sector:
            return ("By sector", "Sector", WorkplaceSector.allCases.map { ($0.rawValue, $0.displayName) })
        case .area(let level):
            let label = level == .cassr ? "Council" : level == .district ? "District" : level.displayName
            return ("By \(label.lowercased())", label, children.map { ($0.reference.code.rawValue, $0.reference.name) })
        }
    }

    private func published(_ kpi: KPI, _ measurement: KPIMeasurement, level: AreaLevel) -> PublishedKPI {
        PublishedKPI(
            kpi: kpi, value: control.publish(kpi, measurement, level: level),
            workers: control.count(Double(measurement.workers), level: level), workplaces: measurement.workplaces,
            coverage: measurement.coverage)
    }
}

extension KPIMeasurement {
    /// Nothing measured: a group with no returns.
    static let empty = KPIMeasurement(
        value: nil, numerator: 0, denominator: 0, workers: 0, workplaces: 0, largestWorkplaceShare: 0,
        excludedUnknown: 0)
}

extension DisclosedValue {
    /// No figure and nothing withheld: GSS `:`.
    static let notAvailable = DisclosedValue(value: nil, suppression: nil)
}
