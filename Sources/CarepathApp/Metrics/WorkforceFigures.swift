import CarepathCore
import WorkforceMetrics

/// One KPI of one group after disclosure control: what pages, downloads and the API publish.
struct PublishedKPI: Sendable, Hashable {
    var kpi: KPI
    var value: DisclosedValue
    /// Workers behind the figure, as a people count under rule 1.
    var workers: DisclosedValue
    /// Workplaces behind the figure (not about individuals, so unrounded: rule 8).
    var workplaces: Int
    /// The share of records that answered.
    var coverage: Double
}

/// The figures of one area (with the query's filters) in one month.
struct WorkforceFigures: Sendable, Hashable {
    var area: AreaReference
    var month: YearMonth?
    /// False when no workplace in the group has a return: pages say "no returns yet".
    var hasReturns: Bool
    /// Staff records (filled posts), as a people count.
    var filledPosts: DisclosedValue
    var workplaces: Int
    var kpis: [PublishedKPI]

    func kpi(_ kpi: KPI) -> PublishedKPI? { kpis.first { $0.kpi == kpi } }
}

/// One table of a dashboard: the group split by service, role, sector or area.
struct WorkforceBreakdown: Sendable, Hashable {
    struct Row: Sendable, Hashable {
        var key: String
        var label: String
        var filledPosts: DisclosedValue
        var values: [KPI: DisclosedValue]
    }

    var title: String
    /// The first column's heading, such as "Service".
    var dimensionLabel: String
    /// The level of the rows, which sets how figures are rounded: councils for a region's
    /// breakdown by council, otherwise the area's own level.
    var level: AreaLevel
    var kpis: [KPI]
    var rows: [Row]
}

/// One KPI month by month.
struct WorkforceTrend: Sendable, Hashable {
    struct Point: Sendable, Hashable {
        var month: YearMonth
        var value: DisclosedValue
    }

    var kpi: KPI
    var area: AreaReference
    var points: [Point]
}

/// Everything an area dashboard shows.
struct WorkforceDashboard: Sendable, Hashable {
    var query: WorkforceQuery
    var figures: WorkforceFigures
    /// The parent area and England, with the same filters.
    var comparisons: [WorkforceFigures]
    var breakdowns: [WorkforceBreakdown]
    var trends: [WorkforceTrend]
    /// Every month with figures, for the month picker.
    var months: [YearMonth]
}
