import CarepathCore
import Planning
import Plot

/// Up to four saved scenarios beside the baseline: a chart of the gap, the same figures as a
/// table, a summary, and each scenario's levers.
enum PlanningComparePage {
    struct Column {
        /// The saved scenario's id; `nil` for the baseline.
        var id: String?
        var name: String
        var levers: ScenarioLevers
        var projection: Projection
    }

    struct Model {
        var area: Area
        var selection: PlanningSelection
        var context: PlanningContext
        var columns: [Column]
        /// Whether the viewer may delete saved scenarios here.
        var canEdit = false
        var isDemo: Bool

        var published: [PublishedProjection] {
            columns.map {
                PublishedProjection($0.projection, rounding: .standard, percentPlaces: context.percentPlaces)
            }
        }
    }

    static func render(_ model: Model) -> String {
        let heading = "Compare scenarios: \(model.area.name)"
        let published = model.published
        let years = published[0].years.map(\.year)
        let chart = LineChart(
            title: "Gap between posts needed and filled posts, by scenario, \(years.first!) to \(years.last!)",
            yAxisLabel: "Gap (posts)",
            series: zip(model.columns, published).map { column, projection in
                .init(name: column.name, points: projection.years.map { ($0.year, $0.gap) })
            })
        let gapRows: [[Components.Cell]] = years.indices.map { index in
            [.text(String(years[index]))] + published.map { .figure(NumberText.count($0.years[index].gap)) }
        }
        let main: Node<HTML.BodyContext> = .group(
            .span(.class("cp-caption-l"), .text(model.selection.groupName)),
            .h1(.class("cp-heading-xl"), .text(heading)),
            PlanningViews.syntheticWarning(model.context.population),
            .div(.class("cp-figure"), .raw(chart.svg(id: "comparison-chart"))),
            PlanningViews.wideTable(
                caption: "Gap (posts) by year and scenario", headers: ["Year"] + model.columns.map(\.name),
                rows: gapRows),
            .h2(.class("cp-heading-l"), .text("Summary")),
            summaryTable(model, published),
            .p(.class("cp-body"), .a(.href(csvURL(model)), .text("Download these projections (CSV)"))),
            .h2(.class("cp-heading-l"), .text("What each scenario changes")),
            .group(
                model.columns.dropFirst().map { column in
                    .group(
                        PlanningViews.assumptionsTable(caption: "Levers in \(column.name)", column.levers.assumptions),
                        deleteForm(model, column))
                }),
            PlanningViews.assumptionsTable(caption: "Assumptions shared by every scenario", model.context.assumptions),
            .p(
                .class("cp-body"),
                .a(
                    .href(SiteURL.planningArea(model.area.code, selection: model.selection).path),
                    .text("Back to the baseline and scenarios"))),
            PlanningViews.footnotes
        )
        return PageLayout(
            title: heading, section: .planning,
            breadcrumbs: [
                Breadcrumb(title: "Plan the workforce", url: .planning),
                Breadcrumb(title: model.area.name, url: .planningArea(model.area.code, selection: model.selection)),
            ], isDemo: model.isDemo, main: main
        ).render()
    }

    private static func summaryTable(_ model: Model, _ published: [PublishedProjection]) -> Node<HTML.BodyContext> {
        let baselineCost = model.columns[0].projection.totalCost
        let rows: [[Components.Cell]] = zip(model.columns, published).map { column, projection in
            let last = projection.years[projection.years.count - 1]
            let hires = projection.years.compactMap(\.hires).reduce(0, +)
            let cost = column.projection.totalCost
            return [
                .text(column.name), .figure(NumberText.count(last.demand)), .figure(NumberText.count(last.supply)),
                .figure(NumberText.count(last.gap)), .figure(projection.percent(last.impliedVacancyRate)),
                .figure(NumberText.count(EstimateRounding.standard.round(hires))),
                .figure(NumberText.millionsOfPounds(cost)),
                .figure(column.levers.isBaseline ? "z" : NumberText.millionsOfPounds(cost - baselineCost)),
            ]
        }
        let lastYear = published[0].years.last!.year
        return PlanningViews.wideTable(
            caption: "Scenarios in \(lastYear), and totals over the projection",
            headers: [
                "Scenario", "Demand", "Supply", "Gap", "Implied vacancy rate", "Hires, all years",
                "Cost, all years", "Cost against baseline",
            ],
            rows: rows)
    }

    /// A button that deletes a saved scenario, named so screen-reader users know which.
    private static func deleteForm(_ model: Model, _ column: Column) -> Node<HTML.BodyContext> {
        guard let id = column.id, model.canEdit else { return .empty }
        return .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: SiteURL.planningDeleteScenario(model.area.code, id: id).path),
                PageSlots.csrfField(),
                .element(
                    named: "button",
                    nodes: [
                        .attribute(named: "class", value: "cp-button cp-button--warning"),
                        .attribute(named: "type", value: "submit"),
                        .text("Delete "),
                        .element(
                            named: "span",
                            nodes: [.attribute(named: "class", value: "cp-visually-hidden"), .text("the scenario ")]),
                        .text(column.name),
                    ]),
            ])
    }

    static func csvURL(_ model: Model) -> String {
        SiteURL.planningCompareCSV(
            model.area.code, selection: model.selection, scenarios: model.columns.compactMap(\.id)
        ).path
    }
}
