import SQLKit
import Vapor

/// Endpoints for operators and monitoring: health and metrics.
struct OperationsController: Sendable {
    struct Health: Content {
        var status: String
        var database: String
        var version: String
    }

    /// 200 when the database answers a query, 503 otherwise.
    func healthz(_ request: Request) async throws -> Response {
        let engine = request.application.carepathConfig.database.engine
        do {
            _ = try await request.db.sql.raw("SELECT 1 AS ok").first()
        } catch {
            request.logger.error("health check failed: \(String(reflecting: error))")
            return try await Health(status: "unavailable", database: engine, version: CarepathVersion.current)
                .encodeResponse(status: .serviceUnavailable, for: request)
        }
        return try await Health(status: "ok", database: engine, version: CarepathVersion.current)
            .encodeResponse(for: request)
    }

    func metrics(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.add(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(
            status: .ok, headers: headers, body: .init(string: request.application.carepathMetrics.exposition()))
    }
}

/// The version of this build of Carepath.
public enum CarepathVersion {
    public static let current = "0.1.0"
}
