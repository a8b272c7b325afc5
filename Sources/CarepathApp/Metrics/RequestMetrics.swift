import Prometheus
import Vapor

/// The app's own Prometheus registry, exposed at `/metrics`.
///
/// Each application owns its registry, rather than bootstrapping the process-wide `MetricsSystem`,
/// so parallel tests that each build an app never share counters.
struct AppMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "carepath", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "HTTP requests answered, by method, route pattern and status.")
    }
    private static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "carepath", subsystem: "http", metricName: "request_duration", unitName: "seconds",
            helpText: "Time to answer HTTP requests, by route pattern.")
    }
    private static let buckets: [Duration] = [
        .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2),
    ]

    func recordRequest(method: String, route: String, status: UInt, elapsed: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: [("route", route)], buckets: Self.buckets)
            .record(elapsed)
    }

    /// The Prometheus text exposition of every metric.
    func exposition() -> String {
        registry.emitToString()
    }
}

/// Counts and times every request, labelled by route pattern (not raw path, to bound cardinality).
struct RequestMetricsMiddleware: AsyncMiddleware {
    let metrics: AppMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - start
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        metrics.recordRequest(
            method: request.method.rawValue, route: route, status: response.status.code, elapsed: elapsed)
        return response
    }
}

extension Application {
    private struct MetricsKey: StorageKey {
        typealias Value = AppMetrics
    }

    /// This application's metrics registry.
    var carepathMetrics: AppMetrics {
        get {
            guard let metrics = storage[MetricsKey.self] else { fatalError("configure(_:config:) sets up metrics") }
            return metrics
        }
        set { storage[MetricsKey.self] = newValue }
    }
}
