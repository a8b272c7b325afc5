import CarepathCore
import Plot
import WorkforceMetrics

/// The declared-against-measured section of the data-quality page.
enum MovementViews {
    static func section(_ movement: PublishedMovement, level: AreaLevel) -> [Node<HTML.BodyContext>] {
        [
            .h2(.class("cp-heading-l"), .text("Starters and leavers: declared and measured")),
            .p(
                .class("cp-body"),
                .text(
                    "Measured starters and leavers are the directly employed staff records that appear in, or disappear "
                        + "from, a workplace's returns in the 12 months before its latest return. They can be set against "
                        + "the declared 12-month totals only where a workplace's returns reach back a year.")),
            WorkforceViews.table(
                caption: "Workplaces whose returns cover the last 12 months",
                headers: ["Measure", "Declared", "Measured", "Workplaces where they differ"],
                rows: [
                    [
                        .text("Starters"),
                        .figure(WorkforceFormat.count(movement.declaredStarters), movement.declaredStarters),
                        .figure(WorkforceFormat.count(movement.measuredStarters), movement.measuredStarters),
                        .figure(NumberText.grouped(movement.summary.starterGaps), .plain),
                    ],
                    [
                        .text("Leavers"),
                        .figure(WorkforceFormat.count(movement.declaredLeavers), movement.declaredLeavers),
                        .figure(WorkforceFormat.count(movement.measuredLeavers), movement.measuredLeavers),
                        .figure(NumberText.grouped(movement.summary.leaverGaps), .plain),
                    ],
                ]),
            Components.summaryList([
                .init("Workplaces compared", text: NumberText.grouped(movement.summary.workplacesCompared)),
                .init(
                    "Workplaces with less than a year of returns",
                    text: NumberText.grouped(movement.summary.workplacesWithoutYear)),
                .init(
                    "Leavers found working at another workplace (stayed in adult social care)",
                    WorkforceFormat.cell(
                        movement.stayedInSector.value.map { WorkforceFormat.percent($0, level: level) } ?? "",
                        movement.stayedInSector)),
            ]),
            .p(
                .class("cp-body-s"),
                .text(
                    "A workplace is counted as differing when declared and measured figures are more than 2 apart and "
                        + "more than 10% of the declared figure apart. A leaver stayed in the sector when the same National "
                        + "Insurance number (held only as a keyed hash) is on a staff record at another workplace in "
                        + "Carepath; leavers without a National Insurance number cannot be followed.")),
        ]
    }
}

/// ``MovementSummary`` after disclosure control.
struct PublishedMovement: Sendable, Hashable {
    var summary: MovementSummary
    var declaredStarters: DisclosedValue
    var measuredStarters: DisclosedValue
    var declaredLeavers: DisclosedValue
    var measuredLeavers: DisclosedValue
    /// The share of keyed leavers found at another workplace, under rule 3.
    var stayedInSector: DisclosedValue

    init(_ summary: MovementSummary, control: DisclosureControl, level: AreaLevel) {
        self.summary = summary
        declaredStarters = control.count(summary.declaredStarters, level: level)
        measuredStarters = control.count(summary.measuredStarters, level: level)
        declaredLeavers = control.count(summary.declaredLeavers, level: level)
        measuredLeavers = control.count(summary.measuredLeavers, level: level)
        stayedInSector = control.rate(summary.stayedInSector, level: level, isPercentage: true)
    }
}

extension DisclosedValue {
    /// A figure that needs no control, such as a count of workplaces (rule 8).
    static let plain = DisclosedValue(value: 0, suppression: nil)
}
