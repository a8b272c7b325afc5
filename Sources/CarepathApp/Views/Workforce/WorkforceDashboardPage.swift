import CarepathCore
import Plot
import WorkforceMetrics

/// An area's workforce dashboard: headline KPIs against the parent area and England, trends,
/// breakdowns by area, service, role and sector, and every KPI with its coverage.
enum WorkforceDashboardPage {
    struct Model {
        var detail: AreaDetail
        var dashboard: WorkforceDashboard
        var serviceGroups: [String]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let area = model.detail.area
        let dashboard = model.dashboard
        let heading = "Workforce: \(area.name)"
        var body: [Node<HTML.BodyContext>] = [
            .span(.class("cp-caption-l"), .text(area.level.displayName)),
            .h1(.class("cp-heading-xl"), .text(heading)),
            WorkforceViews.filterForm(
                action: SiteURL.workforce(area.code, query: WorkforceQuery()).path, query: dashboard.query,
                serviceGroups: model.serviceGroups, months: dashboard.months),
        ]
        if dashboard.figures.hasReturns {
            body += figures(model)
        } else {
            body.append(
                .div(
                    .class("cp-inset-text"),
                    .p(.class("cp-body"), .strong(.text("No returns yet."))),
                    .p(
                        .class("cp-body"),
                        .text(
                            "No workplace in \(area.name) matching these filters has sent a return for this month, so "
                                + "there are no figures to show. Figures appear as soon as a provider's return is completed."
                        ))))
        }
        return PageLayout(
            title: heading, section: .workforce, breadcrumbs: Breadcrumb.trail(to: model.detail.ancestors),
            isDemo: model.isDemo, main: .group(body)
        ).render()
    }

    private static func figures(_ model: Model) -> [Node<HTML.BodyContext>] {
        let area = model.detail.area
        let dashboard = model.dashboard
        let query = dashboard.query
        let figures = dashboard.figures
        let csv = { (table: String) in SiteURL.workforceCSV(area.code, table: table, query: query) }
        var nodes: [Node<HTML.BodyContext>] = [
            Components.summaryList([
                .init("Figures for", text: figures.month?.lastDay.monthYearText ?? "–"),
                .init("Filled posts recorded in returns", text: WorkforceFormat.count(figures.filledPosts)),
                .init("Workplaces with a return", text: NumberText.grouped(figures.workplaces)),
                .init(
                    "More",
                    .group(
                        .a(.href(SiteURL.dataQuality(area.code).path), .text("Data quality")), .text(" · "),
                        .a(
                            .href(SiteURL.workforceMap(area: area.code, kpi: KPI.turnover.rawValue, query: query).path),
                            .text("Hotspot map")),
                        .text(" · "),
                        .a(.href(SiteURL.apiMetrics(area.code, query: query).path), .text("JSON")))),
            ]),
            .h2(.class("cp-heading-l"), .text("Key figures")),
            WorkforceViews.comparisonTable(
                caption: "Key figures compared", figures, dashboard.comparisons, kpis: WorkforceService.headlineKPIs),
            download(csv("headline"), "key figures"),
            .h2(.class("cp-heading-l"), .text("Trends")),
            .div(
                .class("cp-trends"),
                .forEach(dashboard.trends.enumerated()) { index, trend in trendBlock(trend, index) }),
            download(csv("trends"), "trends"),
            .h2(.class("cp-heading-l"), .text("Breakdowns")),
        ]
        for breakdown in dashboard.breakdowns where !breakdown.rows.isEmpty {
            let childLink: ((String) -> SiteURL)? =
                breakdown.dimensionLabel == "Council" || breakdown.dimensionLabel == "District"
                ? { key in (try? AreaCode(key)).map { SiteURL.workforce($0, query: query) } ?? .home } : nil
            nodes.append(WorkforceViews.breakdownTable(breakdown, rowLink: childLink))
            nodes.append(download(csv(WorkforceCSV.tableKey(breakdown)), breakdown.title.lowercased()))
        }
        nodes += [
            .h2(.class("cp-heading-l"), .text("Every measure")),
            allMeasuresTable(figures),
            download(csv("all"), "every measure"),
            WorkforceFormat.symbolsFootnote(),
            .p(
                .class("cp-body-s"),
                .text(
                    "Figures are recorded, not estimated for the whole area: they are worked out from the returns Carepath "
                        + "holds, and workplaces that send none are not in them. Each workplace counts with its latest return "
                        + "dated in or before the month. Rates are ratios of totals over every workplace; turnover, starters "
                        + "and vacancy rates use the leavers, starters and vacancies the workplaces declared.")),
        ]
        return nodes
    }

    private static func trendBlock(_ trend: WorkforceTrend, _ index: Int) -> Node<HTML.BodyContext> {
        let level = trend.area.level
        let chart = TrendChart(
            title: "\(trend.kpi.label), month by month", values: trend.points.map(\.value.value),
            firstLabel: trend.points.first?.month.lastDay.monthYearText ?? "",
            lastLabel: trend.points.last?.month.lastDay.monthYearText ?? "",
            format: { WorkforceFormat.text(trend.kpi, $0, level: level) })
        return .div(
            .class("cp-trend"),
            .h3(.class("cp-heading-s"), .text(trend.kpi.label)),
            .raw(chart.svg(id: "trend-\(index)")),
            .element(
                named: "details",
                nodes: [
                    .attribute(named: "class", value: "cp-details"),
                    .element(named: "summary", nodes: [.text("Show the figures")]),
                    WorkforceViews.table(
                        caption: trend.kpi.label, headers: ["Month", "Value"],
                        rows: trend.points.map { point in
                            [
                                .text(point.month.lastDay.monthYearText),
                                .figure(WorkforceFormat.text(trend.kpi, point.value, level: level), point.value),
                            ]
                        }),
                ]))
    }

    private static func allMeasuresTable(_ figures: WorkforceFigures) -> Node<HTML.BodyContext> {
        WorkforceViews.table(
            caption: "Every measure, with the workers and workplaces behind it",
            headers: ["Measure", "Value", "Workers", "Workplaces", "Answered"],
            rows: figures.kpis.map { published in
                [
                    .text(published.kpi.label),
                    .figure(
                        WorkforceFormat.text(published.kpi, published.value, level: figures.area.level), published.value
                    ),
                    .figure(WorkforceFormat.count(published.workers), published.workers),
                    .figure(NumberText.grouped(published.workplaces), .plain),
                    .figure(
                        NumberText.percent(published.coverage, places: 0), .plain),
                ]
            })
    }

    static func download(_ url: SiteURL, _ what: String) -> Node<HTML.BodyContext> {
        .p(.class("cp-body-s"), .a(.href(url.path), .text("Download \(what) (CSV)")))
    }
}
