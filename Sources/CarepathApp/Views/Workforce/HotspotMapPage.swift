import CarepathCore
import Plot
import WorkforceMetrics

/// The hotspot map: one KPI for each council (or district) of the chosen area, as coloured dots
/// and as a table.
enum HotspotMapPage {
    struct Model {
        var detail: AreaDetail
        var kpi: KPI
        var query: WorkforceQuery
        var breakdown: WorkforceBreakdown
        var positions: [String: GridReference]
        /// The level the dots are at.
        var dotLevel: AreaLevel
        var serviceGroups: [String]
        var months: [YearMonth]
        var areaChoices: [AreaReference]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let area = model.detail.area
        let heading = "\(model.kpi.label): \(area.name)"
        let dots = model.breakdown.rows.compactMap { row -> HotspotMap.Dot? in
            guard let position = model.positions[row.key] else { return nil }
            let value = row.values[model.kpi] ?? .notAvailable
            let text =
                value.isSuppressed
                ? "suppressed to protect confidentiality"
                : value.value == nil ? "no figure" : WorkforceFormat.text(model.kpi, value, level: model.dotLevel)
            return .init(code: row.key, name: row.label, position: position, value: value.value, text: text)
        }
        let map = HotspotMap(
            title: "Map of \(model.kpi.label.lowercased()) by \(levelName(model.dotLevel)) in \(area.name)", dots: dots,
            breaks: HotspotMap.quantileBreaks(dots.compactMap(\.value)))
        let kpiOptions = KPI.allCases.map { (value: $0.rawValue, label: $0.label) }
        let areaOptions = model.areaChoices.map { (value: $0.code.rawValue, label: $0.name) }
        let body: [Node<HTML.BodyContext>] = [
            .span(.class("cp-caption-l"), .text("Hotspot map")),
            .h1(.class("cp-heading-xl"), .text(heading)),
            WorkforceViews.filterForm(
                action: "/\(SiteURL.Segment.workforce)/\(SiteURL.Segment.map)", query: model.query,
                serviceGroups: model.serviceGroups, months: model.months,
                extra: [
                    FormFields.select(name: "kpi", label: "Measure", options: kpiOptions, selected: model.kpi.rawValue),
                    FormFields.select(name: "area", label: "Area", options: areaOptions, selected: area.code.rawValue),
                ]),
            dots.isEmpty
                ? .p(.class("cp-inset-text"), .text("There is no lower level of area to map inside \(area.name)."))
                : .div(.class("cp-map"), .raw(map.svg(id: "hotspot-map")), legend(map, model)),
            .p(
                .class("cp-body"),
                .text("Choose an area in the table to map the areas inside it. "),
                .a(
                    .href(SiteURL.workforce(area.code, query: model.query).path),
                    .text("See the \(area.name) dashboard"))),
            WorkforceViews.breakdownTable(
                WorkforceBreakdown(
                    title: "\(model.kpi.label) by \(levelName(model.dotLevel)) (the figures on the map)",
                    dimensionLabel: levelName(model.dotLevel).capitalized, level: model.dotLevel, kpis: [model.kpi],
                    rows: model.breakdown.rows),
                rowLink: { key in
                    (try? AreaCode(key)).map {
                        SiteURL.workforceMap(area: $0, kpi: model.kpi.rawValue, query: model.query)
                    } ?? .home
                }),
            WorkforceFormat.symbolsFootnote(),
        ]
        return PageLayout(
            title: heading, section: .workforce, breadcrumbs: Breadcrumb.trail(to: model.detail.ancestors),
            isDemo: model.isDemo, main: .group(body)
        ).render()
    }

    private static func legend(_ map: HotspotMap, _ model: Model) -> Node<HTML.BodyContext> {
        // One decimal place more than the dots' own figures, so neighbouring limits read apart.
        let format = { (value: Double) in WorkforceFormat.text(model.kpi, value, level: .region) }
        var items: [Node<HTML.ListContext>] = []
        let anyValue = map.dots.contains { $0.value != nil }
        for index in HotspotMap.palette.indices where anyValue && index <= map.breaks.count {
            let low = index == 0 ? nil : map.breaks[index - 1]
            let high = index < map.breaks.count ? map.breaks[index] : nil
            let range =
                switch (low, high) {
                case (nil, let high?): "below \(format(high))"
                case (let low?, nil): "\(format(low)) or more"
                case (let low?, let high?): "\(format(low)) to below \(format(high))"
                case (nil, nil): "every area"
                }
            items.append(
                .li(
                    .span(.class("cp-swatch cp-swatch--\(index)")),
                    .text(range)))
        }
        items.append(.li(.span(.class("cp-swatch cp-swatch--hollow")), .text("suppressed or no figure")))
        return .ul(.class("cp-legend"), .attribute(named: "aria-label", value: "Key to the map colours"), .group(items))
    }

    static func levelName(_ level: AreaLevel) -> String {
        switch level {
        case .cassr: "council"
        case .district: "district"
        case .region: "region"
        case .country: "country"
        }
    }
}
