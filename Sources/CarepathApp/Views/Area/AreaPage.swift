import CarepathCore
import Plot

/// The browse page of one area: England, a region, a council or a district.
enum AreaPage {
    struct Model {
        var detail: AreaDetail
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let area = model.detail.area
        return PageLayout(
            title: area.name,
            section: .areas,
            breadcrumbs: Breadcrumb.trail(to: model.detail.ancestors),
            isDemo: model.isDemo,
            main: .group(
                .span(.class("cp-caption-l"), .text(area.level.displayName)),
                .h1(.class("cp-heading-xl"), .text(area.name)),
                Components.summaryList(summaryRows(model.detail)),
                childrenSection(model.detail)
            )
        ).render()
    }

    static func summaryRows(_ detail: AreaDetail) -> [Components.SummaryRow] {
        let area = detail.area
        var rows: [Components.SummaryRow] = [
            .init("Name", text: area.name),
            .init("Code", .element(named: "code", text: area.code.rawValue)),
            .init("Type", text: typeDescription(detail)),
            .init(
                "Part of", area.parent.map { .a(.href(SiteURL.area($0.code).path), .text($0.name)) } ?? .text("None")),
        ]
        if let centroid = area.centroid {
            rows.append(.init("Centre (latitude, longitude)", text: Format.latitudeLongitude(centroid)))
        }
        return rows
    }

    private static func typeDescription(_ detail: AreaDetail) -> String {
        switch detail.area.level {
        case .cassr where detail.isAlsoDistrict:
            return "Council with adult social services responsibilities, and its own local authority district"
        case .cassr:
            return "County council with adult social services responsibilities"
        default:
            return detail.area.level.displayName
        }
    }

    static func childrenSection(_ detail: AreaDetail) -> Node<HTML.BodyContext> {
        guard let childLevel = detail.children.first?.reference.level else {
            return .p(.class("cp-body"), .text(emptyChildrenText(detail)))
        }
        let countHeader: String? =
            switch childLevel {
            case .region: "Councils"
            case .cassr: "Districts"
            default: nil
            }
        let headers = ["Name", "Code"] + (countHeader.map { [$0] } ?? [])
        let rows: [[Components.Cell]] = detail.children.map { child in
            var row: [Components.Cell] = [
                .link(child.reference.name, .area(child.reference.code)), .text(child.reference.code.rawValue),
            ]
            if countHeader != nil { row.append(.number(child.childCount ?? 0)) }
            return row
        }
        return .group(
            .h2(.class("cp-heading-l"), .text(childLevel.pluralName)),
            Components.table(
                caption: "\(childLevel.pluralName) in \(detail.area.name)", headers: headers, rows: rows))
    }

    private static func emptyChildrenText(_ detail: AreaDetail) -> String {
        switch detail.area.level {
        case .cassr: return "\(detail.area.name) is a single local authority district."
        case .district: return "A local authority district is the smallest area Carepath reports on."
        default: return "No areas are recorded below \(detail.area.name)."
        }
    }
}
