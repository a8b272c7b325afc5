import CarepathCore
import Planning
import Plot

/// Pieces shared by the planning pages: the area and role chooser, tables and notes.
enum PlanningViews {
    /// The GET form that changes the role group and horizon of `url`'s page.
    static func selectionForm(
        action: String, selection: PlanningSelection, hidden: [(name: String, value: String)] = []
    ) -> Node<HTML.BodyContext> {
        let roles =
            [(value: "all", label: "All roles")]
            + JobRoleGroup.allCases.map { (value: $0.rawValue, label: $0.displayName) }
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "class", value: "cp-form cp-form--inline"), .attribute(named: "method", value: "get"),
            .attribute(named: "action", value: action),
            FormFields.select(name: "role", label: "Role group", options: roles, selected: selection.groupKey),
            FormFields.text(
                name: "horizon", label: "Years ahead", value: selection.horizon.map(String.init) ?? "", error: nil,
                widthClass: "cp-input--width-3", inputMode: "numeric"),
        ]
        for field in hidden {
            nodes.append(FormFields.hidden(name: field.name, value: field.value))
        }
        nodes.append(
            .element(
                named: "button",
                nodes: [
                    .attribute(named: "class", value: "cp-button cp-button--secondary"),
                    .attribute(named: "type", value: "submit"), .text("Update"),
                ]))
        return .element(named: "form", nodes: nodes)
    }

    /// The year-by-year table of one projection: the accessible alternative to its chart.
    static func projectionTable(caption: String, _ published: PublishedProjection) -> Node<HTML.BodyContext> {
        let rows: [[Components.Cell]] = published.years.map { year in
            [
                .text(String(year.year)), .figure(NumberText.count(year.demand)),
                .figure(NumberText.count(year.supply)),
                .figure(NumberText.count(year.gap)), .figure(published.percent(year.impliedVacancyRate)),
                .figure(year.hires.map(NumberText.count) ?? "z"),
                .figure(year.turnoverCost.map(NumberText.millionsOfPounds) ?? "z"),
            ]
        }
        return PlanningViews.wideTable(
            caption: caption,
            headers: [
                "Year", "Demand (posts)", "Supply (filled posts)", "Gap", "Implied vacancy rate", "Hires in year",
                "Turnover cost in year",
            ],
            rows: rows)
    }

    /// How far the gap moves when uncertain parameters move within their published ranges.
    static func uncertainty(_ bands: UncertaintyBands) -> Node<HTML.BodyContext> {
        let rounding = EstimateRounding.standard
        let ranges = bands.ranges
        func range(_ values: ClosedRange<Double>, percent: Bool) -> String {
            percent
                ? "\(NumberText.percent(values.lowerBound, places: 0)) to \(NumberText.percent(values.upperBound, places: 0))"
                : "× \(NumberText.decimal(values.lowerBound, places: 2)) to × \(NumberText.decimal(values.upperBound, places: 2))"
        }
        return .group(
            .h2(.class("cp-heading-l"), .text("How certain is the gap?")),
            .p(
                .class("cp-body"),
                .text(
                    "The model was run \(bands.runs) times, each time drawing turnover (\(range(ranges.turnoverMultiplier, percent: false))), "
                        + "the share of leavers who stay in the sector (\(range(ranges.withinSectorShare, percent: true))), "
                        + "entrants (\(range(ranges.entrantRateMultiplier, percent: false))) and retirement "
                        + "(\(range(ranges.retirementMultiplier, percent: false))) at random within the ranges the published figures span. "
                        + "Eight runs in ten fall between the low and high figures.")),
            wideTable(
                caption: "Gap between posts needed and filled posts: low, central and high runs",
                headers: ["Year", "Low (10th percentile)", "Central (median)", "High (90th percentile)"],
                rows: bands.years.map { year in
                    [
                        .text(String(year.year)), .figure(NumberText.count(rounding.round(year.gapLow))),
                        .figure(NumberText.count(rounding.round(year.gapMiddle))),
                        .figure(NumberText.count(rounding.round(year.gapHigh))),
                    ]
                }))
    }

    /// Every assumption with its value, origin and evidence.
    static func assumptionsTable(caption: String, _ assumptions: [Assumption]) -> Node<HTML.BodyContext> {
        PlanningViews.wideTable(
            caption: caption, headers: ["Parameter", "Value", "Origin", "Evidence"],
            rows: assumptions.map {
                [.text($0.label), .text($0.formattedValue), .text($0.origin.label), .text($0.source)]
            })
    }

    /// A table that scrolls sideways on narrow screens; the scrolling region is focusable and
    /// named, so keyboard users can scroll it too.
    static func wideTable(caption: String, headers: [String], rows: [[Components.Cell]]) -> Node<HTML.BodyContext> {
        .div(
            .class("cp-table-wrapper"), .attribute(named: "role", value: "region"),
            .attribute(named: "aria-label", value: caption.htmlEscaped),
            .attribute(named: "tabindex", value: "0"), Components.table(caption: caption, headers: headers, rows: rows))
    }

    /// A warning that the population figures are made up, shown wherever they drive a figure.
    static func syntheticWarning(_ release: PopulationRelease) -> Node<HTML.BodyContext> {
        .if(
            release.isSynthetic,
            .div(
                .class("cp-warning-text"),
                .strong(.class("cp-tag cp-tag--red"), .text("Synthetic")),
                .text(
                    " The population figures behind this demand are synthetic demo data, not ONS projections. Import the ONS file before using these figures."
                )))
    }

    /// The notes every planning table needs: rounding and symbols.
    static var footnotes: Node<HTML.BodyContext> {
        .div(
            .class("cp-body cp-footnotes"),
            .h2(.class("cp-heading-m"), .text("About these figures")),
            .ul(
                .li(
                    .text(
                        "Projections are estimates: counts are rounded to the nearest 10 below 1,000, 100 below 100,000 and 1,000 above; costs to the nearest £1,000."
                    )),
                .li(
                    .text(
                        "Filled posts are the staff records in the latest returns Carepath holds for the area; they are recorded, not grossed up to every employer."
                    )),
                .li(.text("z = not applicable: the last year has no flows after it.")),
                .li(
                    .text(
                        "The model, its equations and defaults follow Skills for Care's published method; see the assumptions table for every value and its origin."
                    ))))
    }
}
