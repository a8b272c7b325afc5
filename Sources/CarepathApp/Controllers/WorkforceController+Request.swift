import CarepathCore
import Vapor
import WorkforceMetrics

extension Request {
    /// The area named in the path, with its ancestors and children.
    /// - Throws: ``CarepathError/areaNotFound(code:)`` or ``CarepathError/invalidAreaCode(_:reason:)``.
    func workforceArea(_ raw: String? = nil) async throws -> AreaDetail {
        let code = try raw.map(Self.areaCode) ?? areaCodeParameter()
        guard let detail = try await application.areaCache.area(code, from: geography) else {
            throw CarepathError.areaNotFound(code: code.rawValue)
        }
        return detail
    }

    /// The `service`, `role`, `sector` and `at` filters of the query string.
    func workforceQuery() throws -> WorkforceQuery {
        try WorkforceQuery(
            service: query[String.self, at: "service"], role: query[String.self, at: "role"],
            sector: query[String.self, at: "sector"], at: query[String.self, at: "at"],
            serviceGroups: application.ascwdsCodes.serviceGroups)
    }

    /// The figures service over the latest facts, with the configured disclosure thresholds.
    /// - Throws: ``CarepathError/invalidFilter(field:value:allowed:)`` when `query` asks for a month
    ///   with no returns.
    func workforceService(for query: WorkforceQuery = WorkforceQuery()) async throws -> WorkforceService {
        let snapshot = try await application.metricsStore.snapshot(on: db)
        let service = WorkforceService(
            snapshot: snapshot, control: application.carepathConfig.disclosure,
            serviceGroups: application.ascwdsCodes.serviceGroups)
        try service.checkMonth(query)
        return service
    }

    /// `value` from the store's cache for this snapshot, or worked out now and kept.
    func cachedWorkforce<Value: Sendable>(
        _ key: String, _ service: WorkforceService, _ compute: () -> Value
    ) async -> Value {
        let store = application.metricsStore
        if let hit = await store.cached(key, sequence: service.snapshot.sequence, as: Value.self) { return hit }
        let value = compute()
        await store.store(value, for: key, sequence: service.snapshot.sequence)
        return value
    }
}

extension KPI {
    /// The KPI named by a path segment.
    /// - Throws: ``CarepathError/kpiNotFound(name:known:)`` listing the names there are.
    static func named(_ name: String) throws -> KPI {
        guard let kpi = KPI(rawValue: name) else {
            throw CarepathError.kpiNotFound(name: name, known: KPI.allCases.map(\.rawValue))
        }
        return kpi
    }
}
