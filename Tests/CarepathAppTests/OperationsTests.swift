import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Health and metrics")
struct OperationsTests {
    @Test("/healthz answers after a database round trip")
    func health() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/healthz") { response async throws in
                #expect(response.status == .ok)
                let health = try response.content.decode(OperationsController.Health.self)
                #expect(health.status == "ok")
                #expect(health.database == (TestEnvironment.isPostgres ? "postgresql" : "sqlite"))
                #expect(health.version == CarepathVersion.current)
            }
        }
    }

    @Test("/metrics counts requests by route pattern and status, in Prometheus text")
    func metrics() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/areas/E12000006") { _ async in }
            try await app.testing().test(.GET, "/areas/E99999999") { _ async in }
            try await app.testing().test(.GET, "/metrics") { response async in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = response.body.string
                #expect(text.contains("# TYPE carepath_http_requests_total counter"))
                #expect(
                    text.contains(#"carepath_http_requests_total{method="GET",route="/areas/:code",status="200"} 1"#))
                #expect(
                    text.contains(#"carepath_http_requests_total{method="GET",route="/areas/:code",status="404"} 1"#))
                #expect(text.contains("carepath_http_request_duration_seconds_bucket"))
            }
        }
    }
}
