import CarepathCore
import Plot
import WorkforceMetrics

/// An area's data quality: returns received and how recent, how complete the answers are, and how
/// declared starters and leavers compare with those measured between returns.
enum DataQualityPage {
    struct Model {
        var detail: AreaDetail
        var month: YearMonth?
        var returns: ReturnsQuality
        /// Every KPI of the area, for the share of records that answered.
        var figures: WorkforceFigures
        var movement: PublishedMovement?
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let area = model.detail.area
        let heading = "Data quality: \(area.name)"
        var body: [Node<HTML.BodyContext>] = [
            .span(.class("cp-caption-l"), .text(area.level.displayName)),
            .h1(.class("cp-heading-xl"), .text(heading)),
        ]
        if model.returns.workplaces == 0 {
            body.append(
                .p(
                    .class("cp-inset-text"), .strong(.text("No returns yet.")),
                    .text(" No workplace in \(area.name) has sent a return.")))
        } else {
            body += sections(model)
        }
        body.append(
            .p(
                .class("cp-body"),
                .a(
                    .href(SiteURL.workforce(area.code, query: WorkforceQuery()).path),
                    .text("Back to the \(area.name) dashboard"))))
        return PageLayout(
            title: heading, section: .workforce, breadcrumbs: Breadcrumb.trail(to: model.detail.ancestors),
            isDemo: model.isDemo, main: .group(body)
        ).render()
    }

    private static func sections(_ model: Model) -> [Node<HTML.BodyContext>] {
        let returns = model.returns
        let control = model.figures
        var nodes: [Node<HTML.BodyContext>] = [
            .h2(.class("cp-heading-l"), .text("Returns received")),
            Components.summaryList([
                .init("Workplaces with a current return", text: NumberText.grouped(returns.workplaces)),
                .init("Most recent return", text: returns.latestAsOf?.ukFormat ?? "–"),
                .init("Oldest current return", text: returns.earliestAsOf?.ukFormat ?? "–"),
                .init("Dated in the last 3 months", text: NumberText.grouped(returns.recent)),
                .init("Dated 3 to 12 months ago", text: NumberText.grouped(returns.withinYear)),
                .init("Older than 12 months (stale)", text: NumberText.grouped(returns.stale)),
            ]),
            .h2(.class("cp-heading-l"), .text("Staff records against declared totals")),
            Components.summaryList([
                .init("Staff records", text: WorkforceFormat.count(control.filledPosts)),
                .init(
                    "Workplaces whose staff records differ from their declared total staff",
                    text: NumberText.grouped(returns.countMismatches)),
                .init("Workplaces with no declared total staff", text: NumberText.grouped(returns.totalStaffMissing)),
                .init(
                    "Workplaces with starters, leavers or vacancies unanswered",
                    text: NumberText.grouped(returns.startersLeaversOrVacanciesMissing)),
            ]),
            .h2(.class("cp-heading-l"), .text("How complete the answers are")),
            WorkforceViews.table(
                caption: "Share of the records in each measure's population that answered",
                headers: ["Measure", "Answered", "Records behind the figure"],
                rows: model.figures.kpis.map { published in
                    [
                        .text(published.kpi.label),
                        .figure(
                            NumberText.percent(published.coverage, places: 0),
                            .plain),
                        .figure(WorkforceFormat.count(published.workers), published.workers),
                    ]
                }),
        ]
        if let movement = model.movement { nodes += MovementViews.section(movement, level: model.detail.area.level) }
        nodes.append(WorkforceFormat.symbolsFootnote())
        return nodes
    }
}
