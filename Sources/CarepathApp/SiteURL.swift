import CarepathCore
import Foundation

/// Every address Carepath serves, used both to register routes and to build links.
enum SiteURL: Equatable, Sendable {
    case home
    case area(AreaCode)
    case postcodes(query: String?)
    case providers
    case provider(String)
    case healthz
    case metrics
    case stylesheet
    case uploadProgressScript
    case apiAreas
    case apiArea(AreaCode)
    case apiPostcode(String)
    case planning
    case planningArea(AreaCode, selection: PlanningSelection)
    case planningScenarios(AreaCode, selection: PlanningSelection)
    case planningCompare(AreaCode, selection: PlanningSelection, scenarios: [String])
    case planningCompareCSV(AreaCode, selection: PlanningSelection, scenarios: [String])
    case planningDeleteScenario(AreaCode, id: String)
    case apiProjections
    case apiScenarios(AreaCode)
    case workforce(AreaCode, query: WorkforceQuery)
    case workforceCSV(AreaCode, table: String, query: WorkforceQuery)
    case workforceMap(area: AreaCode, kpi: String, query: WorkforceQuery)
    case dataQuality(AreaCode)
    case providerWorkforce(String)
    case apiMetrics(AreaCode, query: WorkforceQuery)
    case apiMetricSeries(AreaCode, kpi: String, query: WorkforceQuery)
    /// Signing in, the account pages and a provider's own records (``AccountURL``).
    case accounts(AccountURL)

    /// Path segments shared by registration and link building.
    enum Segment {
        static let areas = "areas"
        static let postcodes = "postcodes"
        static let providers = "providers"
        static let reference = "reference"
        static let api = ["api", "v1"]
        static let areaCode = "code"
        static let postcode = "postcode"
        static let planning = "planning"
        static let scenarios = "scenarios"
        static let compare = "compare"
        static let compareCSV = "compare.csv"
        static let projections = "projections"
        static let delete = "delete"
        static let scenarioID = "scenario"
        static let workforce = "workforce"
        static let csv = "csv"
        static let map = "map"
        static let dataQuality = "data-quality"
        static let metrics = "metrics"
        static let kpi = "kpi"
        static let series = "series"
    }

    var path: String {
        switch self {
        case .home: return "/"
        // England is the home page, so links to it never bounce through a redirect.
        case .area(let code): return code == England.code ? "/" : "/\(Segment.areas)/\(code.rawValue)"
        case .postcodes(let query):
            guard let query else { return "/\(Segment.postcodes)" }
            var components = URLComponents()
            components.path = "/\(Segment.postcodes)"
            components.queryItems = [URLQueryItem(name: "postcode", value: query)]
            return components.string ?? "/\(Segment.postcodes)"
        case .providers: return "/\(Segment.providers)"
        case .provider(let reference):
            let escaped = reference.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? reference
            return "/\(Segment.providers)/\(escaped)"
        case .healthz: return "/healthz"
        case .metrics: return "/metrics"
        case .stylesheet: return "/static/carepath.css"
        case .uploadProgressScript: return "/static/upload-progress.js"
        case .apiAreas: return "/api/v1/\(Segment.areas)"
        case .apiArea(let code): return "/api/v1/\(Segment.areas)/\(code.rawValue)"
        case .apiPostcode(let postcode):
            let escaped = postcode.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? postcode
            return "/api/v1/\(Segment.postcodes)/\(escaped)"
        case .planning: return "/\(Segment.planning)"
        case .planningArea(let code, let selection):
            return Self.withQuery("/\(Segment.planning)/\(code.rawValue)", selection.queryItems)
        case .planningScenarios(let code, let selection):
            return Self.withQuery("/\(Segment.planning)/\(code.rawValue)/\(Segment.scenarios)", selection.queryItems)
        case .planningCompare(let code, let selection, let scenarios):
            return Self.withQuery(
                "/\(Segment.planning)/\(code.rawValue)/\(Segment.compare)",
                selection.queryItems + scenarios.map { URLQueryItem(name: "scenario", value: $0) })
        case .planningCompareCSV(let code, let selection, let scenarios):
            return Self.withQuery(
                "/\(Segment.planning)/\(code.rawValue)/\(Segment.compareCSV)",
                selection.queryItems + scenarios.map { URLQueryItem(name: "scenario", value: $0) })
        case .planningDeleteScenario(let code, let id):
            return "/\(Segment.planning)/\(code.rawValue)/\(Segment.scenarios)/\(id)/\(Segment.delete)"
        case .apiProjections: return "/api/v1/\(Segment.projections)"
        case .apiScenarios(let code): return "/api/v1/\(Segment.areas)/\(code.rawValue)/\(Segment.scenarios)"
        case .workforce(let code, let query):
            return Self.withQuery("/\(Segment.workforce)/\(code.rawValue)", Self.items(query.queryItems))
        case .workforceCSV(let code, let table, let query):
            return Self.withQuery(
                "/\(Segment.workforce)/\(code.rawValue)/\(Segment.csv)",
                [URLQueryItem(name: "table", value: table)] + Self.items(query.queryItems))
        case .workforceMap(let area, let kpi, let query):
            return Self.withQuery(
                "/\(Segment.workforce)/\(Segment.map)",
                [URLQueryItem(name: "area", value: area.rawValue), URLQueryItem(name: "kpi", value: kpi)]
                    + Self.items(query.queryItems))
        case .dataQuality(let code): return "/\(Segment.workforce)/\(code.rawValue)/\(Segment.dataQuality)"
        case .providerWorkforce(let reference):
            return "\(SiteURL.provider(reference).path)/\(Segment.workforce)"
        case .apiMetrics(let code, let query):
            return Self.withQuery(
                "/api/v1/\(Segment.areas)/\(code.rawValue)/\(Segment.metrics)", Self.items(query.queryItems))
        case .apiMetricSeries(let code, let kpi, let query):
            return Self.withQuery(
                "/api/v1/\(Segment.areas)/\(code.rawValue)/\(Segment.metrics)/\(kpi)/\(Segment.series)",
                Self.items(query.queryItems))
        case .accounts(let url): return url.path
        }
    }

    private static func items(_ pairs: [(String, String)]) -> [URLQueryItem] {
        pairs.map { URLQueryItem(name: $0.0, value: $0.1) }
    }

    static func withQuery(_ path: String, _ items: [URLQueryItem]) -> String {
        guard !items.isEmpty else { return path }
        var components = URLComponents()
        components.path = path
        components.queryItems = items
        return components.string ?? path
    }

    /// Whether a request path belongs to the JSON API, whose errors are JSON rather than pages.
    static func isAPI(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/")
    }
}
