import CarepathCore
import Planning
import Plot

/// An area's baseline projection, its assumptions, its saved scenarios and the form for a new one.
enum PlanningAreaPage {
    enum State {
        case projected(PlanningContext, Projection, UncertaintyBands)
        case unavailable(PlanningUnavailable)
    }

    struct Model {
        var area: Area
        var selection: PlanningSelection
        var state: State
        var saved: [SavedScenario]
        var form: ScenarioForm
        var problems: [ScenarioForm.Problem]
        /// Whether the viewer may save scenarios here; others see how to get permission.
        var canEdit = false
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let heading = "Workforce projection: \(model.area.name)"
        var body: [Node<HTML.BodyContext>] = []
        if !model.problems.isEmpty {
            body.append(Components.errorSummary(model.problems.map { .init(fieldID: $0.field, message: $0.message) }))
        }
        body.append(.span(.class("cp-caption-l"), .text(model.selection.groupName)))
        body.append(.h1(.class("cp-heading-xl"), .text(heading)))
        body.append(
            PlanningViews.selectionForm(
                action: SiteURL.planningArea(model.area.code, selection: PlanningSelection(group: nil, horizon: nil))
                    .path, selection: model.selection))
        switch model.state {
        case .unavailable(let reason):
            body.append(.p(.class("cp-inset-text"), .text(reason.message)))
        case .projected(let context, let projection, let bands):
            body += projected(model, context, projection, bands)
        }
        return PageLayout(
            title: model.problems.isEmpty ? heading : "Error: \(heading)", section: .planning,
            breadcrumbs: [Breadcrumb(title: "Plan the workforce", url: .planning)], isDemo: model.isDemo,
            main: .group(body)
        ).render()
    }

    private static func projected(
        _ model: Model, _ context: PlanningContext, _ projection: Projection, _ bands: UncertaintyBands
    ) -> [Node<HTML.BodyContext>] {
        let published = PublishedProjection(projection, rounding: .standard, percentPlaces: context.percentPlaces)
        let first = published.years[0]
        let last = published.years[published.years.count - 1]
        let chart = LineChart(
            title: "Demand and supply in \(context.area.name), \(first.year) to \(last.year)", yAxisLabel: "Posts",
            series: [
                .init(name: "Demand (posts)", points: published.years.map { ($0.year, $0.demand) }),
                .init(name: "Supply (filled posts)", points: published.years.map { ($0.year, $0.supply) }),
            ])
        return [
            PlanningViews.syntheticWarning(context.population),
            .h2(.class("cp-heading-l"), .text("Baseline")),
            Components.summaryList([
                .init("Base year", text: String(first.year)),
                .init("Filled posts in \(first.year)", text: NumberText.count(first.supply)),
                .init("Posts (filled and vacant) in \(first.year)", text: NumberText.count(first.demand)),
                .init("Posts needed in \(last.year)", text: NumberText.count(last.demand)),
                .init("Filled posts in \(last.year) if nothing changes", text: NumberText.count(last.supply)),
                .init(
                    "Gap in \(last.year)",
                    text:
                        "\(NumberText.count(last.gap)) posts (implied vacancy rate \(published.percent(last.impliedVacancyRate)))"
                ),
                .init("Population data", text: context.population.citation),
            ]),
            .div(.class("cp-figure"), .raw(chart.svg(id: "baseline-chart"))),
            PlanningViews.projectionTable(caption: "Baseline projection by year", published),
            PlanningViews.uncertainty(bands),
            .h2(.class("cp-heading-l"), .text("Assumptions")),
            PlanningViews.assumptionsTable(caption: "Assumptions behind the baseline", context.assumptions),
            compareForm(model),
            scenarioForm(model, context),
            PlanningViews.footnotes,
        ]
    }

    private static func compareForm(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.saved.isEmpty else {
            return .group(
                .h2(.class("cp-heading-l"), .text("Saved scenarios")),
                .p(.class("cp-body"), .text("No scenarios saved for this area yet. Create one below.")))
        }
        let action = SiteURL.planningCompare(
            model.area.code, selection: PlanningSelection(group: nil, horizon: nil), scenarios: []
        ).path
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "get"),
            .attribute(named: "action", value: action),
        ]
        nodes.append(
            FormFields.fieldset(
                legend: "Choose up to \(PlanningController.maximumCompared) scenarios to compare with the baseline",
                model.saved.enumerated().map { index, scenario in
                    FormFields.checkbox(
                        name: "scenario", id: "scenario-\(index + 1)", value: scenario.id.uuidString.lowercased(),
                        label: scenario.name,
                        checked: index < PlanningController.maximumCompared)
                }))
        for item in model.selection.queryItems {
            nodes.append(FormFields.hidden(name: item.name, value: item.value ?? ""))
        }
        nodes.append(
            FormFields.submit("Compare scenarios"))
        return .group(.h2(.class("cp-heading-l"), .text("Saved scenarios")), .element(named: "form", nodes: nodes))
    }
}
