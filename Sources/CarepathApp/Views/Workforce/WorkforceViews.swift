import CarepathCore
import Plot
import WorkforceMetrics

/// Pieces shared by the workforce pages: the filter form and the figure tables.
enum WorkforceViews {
    /// The GET form that changes the service, role, sector and month of a page.
    static func filterForm(
        action: String, query: WorkforceQuery, serviceGroups: [String], months: [YearMonth],
        extra: [Node<HTML.BodyContext>] = []
    ) -> Node<HTML.BodyContext> {
        let services = [(value: "", label: "All services")] + serviceGroups.map { (WorkforceQuery.slug($0), $0) }
        let roles = [(value: "", label: "All roles")] + JobRoleGroup.allCases.map { ($0.rawValue, $0.displayName) }
        let sectors =
            [(value: "", label: "All sectors")] + WorkplaceSector.allCases.map { ($0.rawValue, $0.displayName) }
        let monthOptions =
            [(value: "", label: "Latest")] + months.reversed().map { ($0.description, $0.lastDay.monthYearText) }
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "class", value: "cp-form cp-form--inline"), .attribute(named: "method", value: "get"),
            .attribute(named: "action", value: action),
        ]
        nodes += extra
        nodes += [
            FormFields.select(
                name: "service", label: "Service", options: services,
                selected: query.serviceGroup.map(WorkforceQuery.slug) ?? ""),
            FormFields.select(
                name: "role", label: "Job roles", options: roles, selected: query.roleGroup?.rawValue ?? ""),
            FormFields.select(
                name: "sector", label: "Sector", options: sectors, selected: query.sector?.rawValue ?? ""),
            FormFields.select(
                name: "at", label: "Month", options: monthOptions, selected: query.month?.description ?? ""),
            .element(
                named: "button",
                nodes: [
                    .attribute(named: "class", value: "cp-button cp-button--secondary"),
                    .attribute(named: "type", value: "submit"), .text("Update"),
                ]),
        ]
        return .element(named: "form", nodes: nodes)
    }

    /// The headline table: each KPI for the area beside the comparison areas.
    static func comparisonTable(
        caption: String, _ figures: WorkforceFigures, _ comparisons: [WorkforceFigures], kpis: [KPI]
    ) -> Node<HTML.BodyContext> {
        let all = [figures] + comparisons
        return table(
            caption: caption, headers: ["Measure"] + all.map(\.area.name),
            rows: kpis.map { kpi in
                [.text(kpi.label)]
                    + all.map { area in
                        let value = area.kpi(kpi)?.value ?? .notAvailable
                        return .figure(WorkforceFormat.text(kpi, value, level: area.area.level), value)
                    }
            })
    }

    /// A breakdown as a table: filled posts, then each KPI.
    static func breakdownTable(
        _ breakdown: WorkforceBreakdown, rowLink: ((String) -> SiteURL)? = nil
    )
        -> Node<HTML.BodyContext>
    {
        let level = breakdown.level
        return table(
            caption: breakdown.title,
            headers: [breakdown.dimensionLabel, "Filled posts recorded"] + breakdown.kpis.map(\.label),
            rows: breakdown.rows.map { row in
                let first: TableCell = rowLink.map { .link(row.label, $0(row.key)) } ?? .text(row.label)
                return [first, .figure(WorkforceFormat.count(row.filledPosts), row.filledPosts)]
                    + breakdown.kpis.map { kpi in
                        let value = row.values[kpi] ?? .notAvailable
                        return .figure(WorkforceFormat.text(kpi, value, level: level), value)
                    }
            })
    }

    /// A table cell of a workforce table.
    enum TableCell {
        case text(String)
        case link(String, SiteURL)
        case figure(String, DisclosedValue)
    }

    /// A GOV.UK table whose figure cells carry the symbols' screen-reader words.
    static func table(caption: String, headers: [String], rows: [[TableCell]]) -> Node<HTML.BodyContext> {
        .table(
            .class("cp-table"),
            .caption(.class("cp-table__caption"), .text(caption)),
            .thead(
                .tr(
                    .forEach(headers.enumerated()) { index, header in
                        .th(
                            .class(index == 0 ? "cp-table__header" : "cp-table__header cp-table__header--numeric"),
                            .attribute(named: "scope", value: "col"), .text(header))
                    })),
            .tbody(
                .forEach(rows) { row in
                    .tr(
                        .forEach(row.enumerated()) { index, cell in
                            switch cell {
                            case .text(let text) where index == 0:
                                return .th(
                                    .class("cp-table__cell"), .attribute(named: "scope", value: "row"), .text(text))
                            case .link(let text, let url) where index == 0:
                                return .th(
                                    .class("cp-table__cell"), .attribute(named: "scope", value: "row"),
                                    .a(.href(url.path), .text(text)))
                            case .text(let text): return .td(.class("cp-table__cell"), .text(text))
                            case .link(let text, let url):
                                return .td(.class("cp-table__cell"), .a(.href(url.path), .text(text)))
                            case .figure(let text, let disclosed):
                                return .td(
                                    .class("cp-table__cell cp-table__cell--numeric"),
                                    WorkforceFormat.cell(text, disclosed))
                            }
                        })
                }))
    }
}

extension CalendarDate {
    /// "November 2026".
    var monthYearText: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(names[month - 1]) \(year)"
    }
}
