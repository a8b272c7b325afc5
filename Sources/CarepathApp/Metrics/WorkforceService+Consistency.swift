import CarepathCore
import WorkforceMetrics

/// Keeps each published cell's disclosure decision the same wherever the cell appears
/// (workforce-metrics.md 6.1 rule 4): a council's figure hidden as the complement in its region's
/// table by council is hidden on the council's own dashboard too, and likewise for a figure
/// filtered to one service group, role group or sector.
extension WorkforceService {
    /// What a breakdown of a cell's neighbours hides of the cell itself.
    struct ComplementDecision {
        var kpis: Set<KPI> = []
        var filledPosts = false
    }

    /// The level whose rules control a figure. England is exempt from rule 3 only as a whole:
    /// England narrowed by a filter (or a row of an England breakdown) can rest on a handful of
    /// workplaces, so it is controlled as a region's figures are.
    func controlLevel(_ area: AreaReference, narrowed: Bool) -> AreaLevel {
        area.level == .country && narrowed ? .region : area.level
    }

    /// Whether a query narrows an area's figures by service, role or sector.
    static func narrows(_ query: WorkforceQuery) -> Bool {
        query.serviceGroup != nil || query.roleGroup != nil || query.sector != nil
    }

    /// The KPIs (and the filled-post count) of `area` with `query`'s filters that another view hides
    /// as a complement: its parent's breakdown by areas of its level, and its own breakdowns by the
    /// dimension each filter narrows.
    func complements(
        _ kpis: [KPI], _ area: AreaReference, parent: AreaReference?, _ query: WorkforceQuery, at month: YearMonth
    ) -> ComplementDecision {
        var views: [(filter: MetricsFilter, dimension: MetricsDimension, key: String, level: AreaLevel)] = []
        if let parent { views.append((query.filter(parent), .area(area.level), area.code.rawValue, area.level)) }
        let rowLevel = controlLevel(area, narrowed: true)
        if let group = query.serviceGroup {
            var wider = query
            wider.serviceGroup = nil
            views.append((wider.filter(area), .serviceGroup, group, rowLevel))
        }
        if let group = query.roleGroup {
            var wider = query
            wider.roleGroup = nil
            views.append((wider.filter(area), .roleGroup, group.rawValue, rowLevel))
        }
        if let sector = query.sector {
            var wider = query
            wider.sector = nil
            views.append((wider.filter(area), .sector, sector.rawValue, rowLevel))
        }
        var decision = ComplementDecision()
        for view in views {
            let cells = snapshot.cube.breakdown(kpis, view.filter, by: view.dimension, at: month)
            let total = snapshot.cube.measure(kpis, view.filter, at: month)
            for kpi in kpis {
                let column = cells.map { BreakdownCell(key: $0.key, measurement: $0.value.measurements[kpi]!) }
                let published = control.breakdown(kpi, column, total: total.measurements[kpi]!, level: view.level)
                if published[view.key]?.suppression == .complementary { decision.kpis.insert(kpi) }
            }
            let posts = control.countBreakdown(cells.mapValues { Double($0.staffRecords) }, level: view.level)
            if posts[view.key]?.suppression == .complementary { decision.filledPosts = true }
        }
        return decision
    }
}

extension DisclosedValue {
    /// Hidden so that a suppressed neighbour cannot be worked out (rule 4).
    static let complement = DisclosedValue(value: nil, suppression: .complementary)
}
