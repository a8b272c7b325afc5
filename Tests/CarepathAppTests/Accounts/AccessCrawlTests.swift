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

    /// Who may see each provider's staff records, whose unique worker ids start with its prefix.
    static let maySeeStaff: [String: Set<Person>] = [
        "SUNRISE": [.sunriseAdmin, .sunriseViewer], "HARBOUR": [.harbourAdmin], "OWNED": [.parentAdmin, .parentViewer],
    ]
    /// Who may see each provider's workplace figures: benchmarks, or a "Staff records" count.
    static let maySeeFigures: [String: Set<Person>] = [
        "SUNRISE": [.sunriseAdmin, .sunriseViewer, .parentAdmin, .parentViewer, .norfolk],
        "HARBOUR": [.harbourAdmin], "OWNED": [.ownedAdmin, .parentAdmin, .parentViewer],
    ]
    /// Text only a provider's figures carry: its benchmarks page, or its staff counts.
    static let figuresMarkers = ["Same council", "\"staff\":", "Returns from "]

    @Test("no GET route shows a staff record or a workplace's own figures to anyone not allowed")
    func crawl() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let routes = app.routes.all.filter { $0.method == .GET }
            #expect(routes.count >= 30)
            for (provider, prefix) in AccessWorld.staffPrefix {
                var seenStaff: Set<Person> = []
                var seenFigures: Set<Person> = []
                let paths = Set(routes.map { RoutePaths.concrete($0, provider: provider) })
                for person in Person.allCases {
                    var session = try await AccessWorld.session(person, app)
                    let token = try await AccessWorld.token(person, scopes: TokenScope.allCases, app)
                    for path in paths where path.contains("/\(provider)") {
                        let response =
                            SiteURL.isAPI(path)
                            ? try await session.get(app, path, headers: ["Authorization": "Bearer \(token)"])
                            : try await session.get(app, path)
                        let body = response.body.string
                        if body.contains(prefix + "1") {
                            seenStaff.insert(person)
                            #expect(Self.maySeeStaff[provider]!.contains(person), "\(person) saw staff at \(path)")
                        }
                        if Self.figuresMarkers.contains(where: body.contains) {
                            seenFigures.insert(person)
                            #expect(Self.maySeeFigures[provider]!.contains(person), "\(person) saw figures at \(path)")
                        }
                    }
                }
                // The crawl reached the records, so the absences above mean something.
                #expect(seenStaff == Self.maySeeStaff[provider], "\(provider)")
                #expect(seenFigures == Self.maySeeFigures[provider], "\(provider)")
            }
        }
    }
}
