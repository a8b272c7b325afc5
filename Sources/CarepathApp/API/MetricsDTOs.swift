import CarepathCore
import Vapor
import WorkforceMetrics

extension APIv1 {
    /// A figure after disclosure control: `value` is null when suppressed (with the reason) or not
    /// available (no reason).
    struct Disclosed: Content, Equatable {
        var value: Double?
        var suppressed: Bool
        var reason: String?
        var reasonText: String?

        init(_ disclosed: DisclosedValue) {
            value = disclosed.value
            suppressed = disclosed.isSuppressed
            reason = disclosed.suppression?.rawValue
            reasonText = disclosed.suppression?.message
        }

        /// Writes `null` for a missing value and reason rather than leaving the keys out, so clients
        /// always find them.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(suppressed, forKey: .suppressed)
            try container.encode(reason, forKey: .reason)
            try container.encode(reasonText, forKey: .reasonText)
        }
    }

    struct MetricFilters: Content, Equatable {
        var service: String?
        var role: String?
        var sector: String?

        init(_ query: WorkforceQuery) {
            service = query.serviceGroup.map(WorkforceQuery.slug)
            role = query.roleGroup?.rawValue
            sector = query.sector?.rawValue
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(service, forKey: .service)
            try container.encode(role, forKey: .role)
            try container.encode(sector, forKey: .sector)
        }
    }

    struct Metric: Content, Equatable {
        var kpi: String
        var label: String
        var unit: String
        var value: Double?
        var suppressed: Bool
        var reason: String?
        var reasonText: String?
        var workers: Disclosed
        var workplaces: Int
        var coverage: Double
        var href: String

        init(_ published: PublishedKPI, area: AreaCode, query: WorkforceQuery) {
            kpi = published.kpi.rawValue
            label = published.kpi.label
            unit = published.kpi.unit.rawValue
            let disclosed = Disclosed(published.value)
            value = disclosed.value
            suppressed = disclosed.suppressed
            reason = disclosed.reason
            reasonText = disclosed.reasonText
            workers = Disclosed(published.workers)
            workplaces = published.workplaces
            coverage = (published.coverage * 1_000).rounded() / 1_000
            href = SiteURL.apiMetricSeries(area, kpi: published.kpi.rawValue, query: query).path
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kpi, forKey: .kpi)
            try container.encode(label, forKey: .label)
            try container.encode(unit, forKey: .unit)
            try container.encode(value, forKey: .value)
            try container.encode(suppressed, forKey: .suppressed)
            try container.encode(reason, forKey: .reason)
            try container.encode(reasonText, forKey: .reasonText)
            try container.encode(workers, forKey: .workers)
            try container.encode(workplaces, forKey: .workplaces)
            try container.encode(coverage, forKey: .coverage)
            try container.encode(href, forKey: .href)
        }
    }

    /// `GET /api/v1/areas/{code}/metrics`.
    struct AreaMetrics: Content, Equatable {
        var area: AreaRef
        var month: String?
        var filters: MetricFilters
        var hasReturns: Bool
        var filledPosts: Disclosed
        var workplaces: Int
        var metrics: [Metric]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(area, forKey: .area)
            try container.encode(month, forKey: .month)
            try container.encode(filters, forKey: .filters)
            try container.encode(hasReturns, forKey: .hasReturns)
            try container.encode(filledPosts, forKey: .filledPosts)
            try container.encode(workplaces, forKey: .workplaces)
            try container.encode(metrics, forKey: .metrics)
        }

        init(_ figures: WorkforceFigures, query: WorkforceQuery) {
            area = AreaRef(figures.area)
            month = figures.month?.description
            filters = MetricFilters(query)
            hasReturns = figures.hasReturns
            filledPosts = Disclosed(figures.filledPosts)
            workplaces = figures.workplaces
            metrics = figures.kpis.map { Metric($0, area: figures.area.code, query: query) }
        }
    }

    struct SeriesPoint: Content, Equatable {
        var month: String
        var value: Double?
        var suppressed: Bool
        var reason: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(month, forKey: .month)
            try container.encode(value, forKey: .value)
            try container.encode(suppressed, forKey: .suppressed)
            try container.encode(reason, forKey: .reason)
        }
    }

    /// `GET /api/v1/areas/{code}/metrics/{kpi}/series`.
    struct MetricSeries: Content, Equatable {
        var area: AreaRef
        var kpi: String
        var label: String
        var unit: String
        var filters: MetricFilters
        var points: [SeriesPoint]

        init(_ trend: WorkforceTrend, query: WorkforceQuery) {
            area = AreaRef(trend.area)
            kpi = trend.kpi.rawValue
            label = trend.kpi.label
            unit = trend.kpi.unit.rawValue
            filters = MetricFilters(query)
            points = trend.points.map {
                SeriesPoint(
                    month: $0.month.description, value: $0.value.value, suppressed: $0.value.isSuppressed,
                    reason: $0.value.suppression?.rawValue)
            }
        }
    }
}
