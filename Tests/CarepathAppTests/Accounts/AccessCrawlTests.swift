import Foundation
import Identity
import Testing
import VaporTesting

@testable import CarepathApp

/// Crawls every GET route, pages and API, as every person: a staff record, or a workplace's own
/// figures, shows only to those allowed to see them.
@Suite("Access crawl")
struct AccessCrawlTests {
    typealias Person = AccessWorld.Person

    /// Unique worker ids of SUNRISE-CH1's staff (staff-valid.csv), which only its own people may see.
    static let staffMarker = "EMP01"
    /// Text only a workplace's benchmark page (and its API twin, if any) carries.
    static let figuresMarker = "Same council"
    static let mayseeStaff: Set<Person> = [.sunriseAdmin, .sunriseViewer]
    static let maySeeFigures: Set<Person> = [.sunriseAdmin, .sunriseViewer, .parentAdmin, .parentViewer, .norfolk]

    static func path(_ route: Route) -> String {
        "/"
            + route.path.map { component -> String in
                guard case .parameter(let name) = component else { return component.description }
                switch name {
                case SiteURL.Segment.reference: return "SUNRISE"
                case AccountURL.Segment.workplace: return AccessWorld.workplace
                case SiteURL.Segment.areaCode: return "E12000006"
                case SiteURL.Segment.postcode: return "LS6 2AB"
                case SiteURL.Segment.kpi: return "turnover"
                default: return UUID().uuidString
                }
            }.joined(separator: "/")
    }

    @Test("no GET route shows a staff record or a workplace's own figures to anyone not allowed")
    func crawl() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let paths = app.routes.all.filter { $0.method == .GET }.map(Self.path)
            #expect(paths.count >= 30)
            var seenStaff: Set<Person> = []
            var seenFigures: Set<Person> = []
            for person in Person.allCases {
                var session = try await AccessWorld.session(person, app)
                let token = try await AccessWorld.token(person, scopes: TokenScope.allCases, app)
                for path in paths {
                    let response =
                        SiteURL.isAPI(path)
                        ? try await session.get(app, path, headers: ["Authorization": "Bearer \(token)"])
                        : try await session.get(app, path)
                    let body = response.body.string
                    if body.contains(Self.staffMarker) {
                        seenStaff.insert(person)
                        #expect(Self.mayseeStaff.contains(person), "\(person) saw staff records at \(path)")
                    }
                    if body.contains(Self.figuresMarker) {
                        seenFigures.insert(person)
                        #expect(Self.maySeeFigures.contains(person), "\(person) saw workplace figures at \(path)")
                    }
                }
            }
            // The crawl reached the records, so the absences above mean something.
            #expect(seenStaff == Self.mayseeStaff)
            #expect(seenFigures == Self.maySeeFigures)
        }
    }
}
