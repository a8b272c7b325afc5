import Fluent
import Foundation
import Identity
import Testing
import VaporTesting

@testable import CarepathApp

/// Who gets what, for every route that shows a provider's own data, as every kind of person.
@Suite("Access-control matrix")
struct AccessMatrixTests {
    typealias Person = AccessWorld.Person

    /// One route and the status each person gets; `nil` is nobody signed in.
    struct Row: Sendable {
        var path: String
        var allowed: Set<Person>
        var forbidden: Set<Person> = []
        /// 404 for everyone else signed in.
    }

    static let staff = "/providers/SUNRISE/workplaces/\(AccessWorld.workplace)/staff"
    static let rows: [Row] = [
        Row(path: "/providers", allowed: Set(Person.allCases)),
        Row(path: "/account", allowed: Set(Person.allCases)),
        Row(
            path: "/providers/SUNRISE",
            allowed: [.sunriseAdmin, .sunriseViewer, .parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(
            path: "/providers/SUNRISE/workforce",
            allowed: [.sunriseAdmin, .sunriseViewer, .parentAdmin, .parentViewer, .norfolk],
            forbidden: [.platformAdmin]),
        Row(
            path: staff, allowed: [.sunriseAdmin, .sunriseViewer],
            forbidden: [.parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(
            path: staff.replacingOccurrences(of: "/staff", with: "/training"),
            allowed: [.sunriseAdmin, .sunriseViewer],
            forbidden: [.parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(
            path: staff.replacingOccurrences(of: "/staff", with: "/export/staff.csv"),
            allowed: [.sunriseAdmin, .sunriseViewer],
            forbidden: [.parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(
            path: "/providers/SUNRISE/returns/new", allowed: [.sunriseAdmin],
            forbidden: [.sunriseViewer, .parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(
            path: "/providers/SUNRISE/passport", allowed: [.sunriseAdmin, .sunriseViewer],
            forbidden: [.parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(
            path: "/providers/SUNRISE/audit", allowed: [.sunriseAdmin],
            forbidden: [.sunriseViewer, .parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        // The same workplace reference in another provider: an IDOR attempt for everyone but its own.
        Row(
            path: "/providers/HARBOUR/workplaces/\(AccessWorld.workplace)/staff", allowed: [.harbourAdmin],
            forbidden: [.platformAdmin]),
        Row(
            path: "/providers/SUNRISE/workplaces/NO-SUCH-WORKPLACE/staff", allowed: [],
            forbidden: [.parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(path: "/providers/NO-SUCH-PROVIDER", allowed: []),
        Row(
            path: "/providers/SUNRISE/people", allowed: [.sunriseAdmin],
            forbidden: [.sunriseViewer, .parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        Row(
            path: "/providers/SUNRISE/sharing", allowed: [.sunriseAdmin],
            forbidden: [.sunriseViewer, .parentAdmin, .parentViewer, .norfolk, .platformAdmin]),
        // OWNED's data belongs to PARENT, which shares workplaces (not staff) back to OWNED's people.
        Row(path: "/providers/OWNED", allowed: [.ownedAdmin, .parentAdmin, .parentViewer, .platformAdmin]),
        Row(
            path: "/providers/OWNED/workforce", allowed: [.ownedAdmin, .parentAdmin, .parentViewer],
            forbidden: [.platformAdmin]),
        Row(
            path: "/providers/OWNED/workplaces/\(AccessWorld.workplace)/staff", allowed: [.parentAdmin, .parentViewer],
            forbidden: [.ownedAdmin, .platformAdmin]),
        Row(
            path: "/providers/OWNED/passport", allowed: [.parentAdmin, .parentViewer],
            forbidden: [.ownedAdmin, .platformAdmin]),
        Row(
            path: "/providers/OWNED/audit", allowed: [.parentAdmin],
            forbidden: [.ownedAdmin, .parentViewer, .platformAdmin]),
        Row(
            path: "/providers/OWNED/sharing", allowed: [.parentAdmin, .ownedAdmin],
            forbidden: [.parentViewer, .platformAdmin]),
    ]

    static func expected(_ row: Row, _ person: Person) -> HTTPStatus {
        if row.allowed.contains(person) { return .ok }
        if row.forbidden.contains(person) { return .forbidden }
        return .notFound
    }

    @Test("Every page, as every person, in the browser")
    func pages() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            for row in Self.rows {
                var anonymous = TestSession()
                let response = try await anonymous.get(app, row.path)
                #expect(response.status == .seeOther, "anonymous \(row.path)")
                #expect(response.headers.first(name: .location)?.hasPrefix("/sign-in?return-to=") == true)
            }
            for person in Person.allCases {
                var session = try await AccessWorld.session(person, app)
                for row in Self.rows {
                    let response = try await session.get(app, row.path)
                    #expect(response.status == Self.expected(row, person), "\(person) \(row.path)")
                    if row.path == Self.staff && response.status == .ok {
                        #expect(response.body.string.contains("EMP0102"))
                    } else if response.status != .ok {
                        // A refusal never shows a staff record.
                        for prefix in AccessWorld.staffPrefix.values {
                            #expect(!response.body.string.contains(prefix + "1"), "\(person) \(row.path)")
                        }
                    }
                }
            }
        }
    }

    @Test("Every API endpoint, as every person, with a token holding every scope")
    func api() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            // Pages without an API twin: the account, figures, people, sharing, passport-issuing and
            // upload pages, and the ASC-WDS file downloads (CSV already).
            let pageOnly = [
                "/account", "/workforce", "/people", "/sharing", "/passport", "/returns/new", "/export/staff.csv",
            ]
            let apiRows = Self.rows.filter { row in !pageOnly.contains { row.path.hasSuffix($0) } }
            for row in apiRows {
                try await app.testing().test(.GET, "/api/v1" + row.path) { response async in
                    #expect(response.status == .unauthorized, "anonymous \(row.path)")
                }
            }
            for person in Person.allCases {
                let token = try await AccessWorld.token(person, scopes: TokenScope.allCases, app)
                for row in apiRows {
                    try await app.testing().test(
                        .GET, "/api/v1" + row.path, headers: ["Authorization": "Bearer \(token)"]
                    ) { response async in
                        #expect(response.status == Self.expected(row, person), "\(person) API \(row.path)")
                    }
                }
            }
        }
    }

    @Test("The provider list holds only the organisations each person may know of")
    func providerLists() async throws {
        let expected: [Person: [String]] = [
            .sunriseAdmin: ["SUNRISE"], .harbourAdmin: ["HARBOUR"], .parentAdmin: ["OWNED", "PARENT", "SUNRISE"],
            .ownedAdmin: ["OWNED"], .norfolk: ["SUNRISE"], .suffolk: [], .region: [], .worker: [],
            .platformAdmin: ["HARBOUR", "OWNED", "PARENT", "SUNRISE"],
        ]
        try await withTestApp { app in
            try await AccessWorld.build(app)
            for (person, references) in expected {
                let token = try await AccessWorld.token(person, scopes: [.providersRead], app)
                try await app.testing().test(.GET, "/api/v1/providers", headers: ["Authorization": "Bearer \(token)"]) {
                    response async throws in
                    let list = try response.content.decode(APIv1.ProviderList.self)
                    #expect(list.providers.map(\.reference) == references, "\(person)")
                    // Knowing a provider is not seeing its figures.
                    if person == .platformAdmin { #expect(list.providers.allSatisfy { $0.staff == nil }) }
                    if person == .sunriseAdmin { #expect(list.providers.first?.staff != nil) }
                }
            }
        }
    }

    @Test("A token without the scope an endpoint needs is refused; a revoked one is not recognised")
    func tokenScopes() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let readOnly = try await AccessWorld.token(.sunriseAdmin, scopes: [.providersRead], app)
            try await app.testing().test(.GET, "/api/v1" + Self.staff, headers: ["Authorization": "Bearer \(readOnly)"])
            {
                response async in
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("staff:read"))
            }
            let staff = try await AccessWorld.token(.sunriseAdmin, scopes: [.staffRead], app)
            try await app.testing().test(.GET, "/api/v1" + Self.staff, headers: ["Authorization": "Bearer \(staff)"]) {
                response async throws in
                #expect(response.status == .ok)
                let list = try response.content.decode(APIv1.StaffList.self)
                #expect(!list.staff.isEmpty)
            }
            let stored = try #require(
                try await APITokenEntity.query(on: app.db).filter(\.$prefix == APITokenFormat.parse(staff)!.prefix)
                    .first())
            stored.revokedAt = AccessWorld.now
            try await stored.save(on: app.db)
            try await app.testing().test(.GET, "/api/v1" + Self.staff, headers: ["Authorization": "Bearer \(staff)"]) {
                response async in
                #expect(response.status == .unauthorized)
                #expect(response.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
            }
            try await app.testing().test(.GET, "/api/v1/providers", headers: ["Authorization": "Bearer cp_nonsense"]) {
                response async in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test("A consent that has ended gives nothing (revoking one is tested with the sharing page)")
    func consentEnds() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var session = try await AccessWorld.session(.norfolk, app)
            #expect(try await session.get(app, "/providers/SUNRISE/workforce").status == .ok)
            app.fixClock { AccessWorld.now.addingTimeInterval(31 * 86_400) }
            // The session would have timed out too; make a fresh one at the new time.
            var later = try await AccessWorld.session(.norfolk, app)
            try await UserSessionEntity.query(on: app.db).set(\.$lastSeenAt, to: app.now).set(\.$createdAt, to: app.now)
                .update()
            #expect(try await later.get(app, "/providers/SUNRISE/workforce").status == .notFound)
            _ = session
        }
    }
}
