import CarepathCore
import Vapor
import WorkforceMetrics

extension WorkforceController {
    /// `GET /workforce/map?area=&kpi=&service=&role=&sector=&at=`: the hotspot map of one KPI, with
    /// a dot for each council of England or of a region, or for each district of a council.
    func map(_ request: Request) async throws -> Response {
        let detail = try await request.workforceArea(request.query[String.self, at: "area"] ?? England.code.rawValue)
        let kpi = try KPI.named(request.query[String.self, at: "kpi"] ?? KPI.turnover.rawValue)
        let query = try request.workforceQuery()
        let geography = request.geography
        let cache = request.application.areaCache
        let dotLevel: AreaLevel = detail.area.level == .country || detail.area.level == .region ? .cassr : .district
        let children =
            detail.area.level == .country
            ? try await cache.areas(level: .cassr, from: geography)
            : detail.area.level == .district ? [] : detail.children
        let service = try await request.workforceService(for: query)
        let area = detail.area.reference
        let breakdown = await request.cachedWorkforce("map|\(area.code)|\(kpi)|\(query)", service) {
            guard detail.area.level == .country else {
                return service.breakdown(area, query, by: .area(dotLevel), children: children, kpis: [kpi])
            }
            // Councils are compared within their region on every other page, so England's map takes
            // each region's table: the same cells get the same decisions (rule 4).
            var rows: [WorkforceBreakdown.Row] = []
            for region in detail.children {
                let councils = children.filter { $0.parent?.code == region.reference.code }
                rows +=
                    service.breakdown(region.reference, query, by: .area(.cassr), children: councils, kpis: [kpi]).rows
            }
            return WorkforceBreakdown(title: "", dimensionLabel: "Council", level: .cassr, kpis: [kpi], rows: rows)
        }
        let positions = try await geography.mapPositions(
            level: dotLevel, codes: children.map(\.reference.code.rawValue))
        let choices =
            try await geography.areas(level: .country) + geography.areas(level: .region)
            + geography.areas(level: .cassr).sorted { $0.reference.name < $1.reference.name }
        return HTMLResponse.page(
            HotspotMapPage.render(
                .init(
                    detail: detail, kpi: kpi, query: query, breakdown: breakdown, positions: positions,
                    dotLevel: dotLevel, serviceGroups: request.application.ascwdsCodes.serviceGroups,
                    months: service.months, areaChoices: choices.map(\.reference), isDemo: request.isDemo)),
            for: request)
    }
}
