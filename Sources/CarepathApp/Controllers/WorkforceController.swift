import CarepathCore
import Vapor
import WorkforceMetrics

/// Workforce figures by area: the dashboard, its CSV downloads, the hotspot map and the
/// data-quality page. Every figure comes from ``WorkforceService``.
struct WorkforceController: Sendable {
    /// `GET /workforce`: England's dashboard.
    func index(_ request: Request) async throws -> Response {
        request.redirect(to: SiteURL.workforce(England.code, query: WorkforceQuery()).path)
    }

    /// `GET /workforce/{code}?service=&role=&sector=&at=`.
    func dashboard(_ request: Request) async throws -> Response {
        let (detail, dashboard, service) = try await self.dashboard(for: request)
        // The page itself is kept with the figures: until the next completion it cannot change.
        let page = await request.cachedWorkforce("page|\(detail.area.code)|\(dashboard.query)", service) {
            WorkforceDashboardPage.render(
                .init(
                    detail: detail, dashboard: dashboard, serviceGroups: request.application.ascwdsCodes.serviceGroups,
                    isDemo: request.isDemo))
        }
        return HTMLResponse.page(page, for: request)
    }

    /// `GET /workforce/{code}/csv?table=…`: one dashboard table as CSV.
    func csv(_ request: Request) async throws -> Response {
        let (detail, dashboard, _) = try await self.dashboard(for: request)
        let table = request.query[String.self, at: "table"] ?? "all"
        guard let text = WorkforceCSV.render(table, dashboard) else {
            throw CarepathError.invalidFilter(
                field: "table", value: table, allowed: "headline, all, trends, area, service-group, role-group, sector")
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        let file = "carepath-workforce-\(detail.area.code.rawValue)-\(table).csv"
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(file)\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    /// The dashboard's figures, worked out once per facts sequence and shared by the page and its
    /// downloads.
    private func dashboard(for request: Request) async throws -> (AreaDetail, WorkforceDashboard, WorkforceService) {
        let detail = try await request.workforceArea()
        let query = try request.workforceQuery()
        let service = try await request.workforceService(for: query)
        let dashboard = await request.cachedWorkforce("dashboard|\(detail.area.code)|\(query)", service) {
            service.dashboard(detail, query)
        }
        return (detail, dashboard, service)
    }
}
