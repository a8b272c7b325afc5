import CarepathCore
import Vapor
import WorkforceMetrics

/// The JSON API of workforce figures: the same data as the dashboards, under the same control.
extension WorkforceController {
    /// `GET /api/v1/areas/{code}/metrics?service=&role=&sector=&at=YYYY-MM`: every KPI of the area.
    func apiMetrics(_ request: Request) async throws -> APIv1.AreaMetrics {
        let detail = try await request.workforceArea()
        let query = try request.workforceQuery()
        let service = try await request.workforceService(for: query)
        let area = detail.area.reference
        let figures = await request.cachedWorkforce("figures|\(area.code)|\(query)", service) {
            service.figures(area, parent: detail.ancestors.last, query)
        }
        return APIv1.AreaMetrics(figures, query: query)
    }

    /// `GET /api/v1/areas/{code}/metrics/{kpi}/series`: one KPI for every month with returns.
    func apiSeries(_ request: Request) async throws -> APIv1.MetricSeries {
        let detail = try await request.workforceArea()
        let kpi = try KPI.named(request.parameters.get(SiteURL.Segment.kpi) ?? "")
        var query = try request.workforceQuery()
        query.month = nil
        let service = try await request.workforceService()
        let area = detail.area.reference
        let trend = await request.cachedWorkforce("trend|\(area.code)|\(kpi)|\(query)", service) {
            service.trend(kpi, area, parent: detail.ancestors.last, query)
        }
        return APIv1.MetricSeries(trend, query: query)
    }
}
