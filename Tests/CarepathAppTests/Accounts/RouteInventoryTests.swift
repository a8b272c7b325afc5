import Testing
import VaporTesting

@testable import CarepathApp

/// Every route Carepath registers is classified here. A new route fails this test until someone
/// decides who may use it, and adds it to the access matrix if it shows a provider's own data.
@Suite("Route inventory")
struct RouteInventoryTests {
    /// Published, disclosure-controlled or reference data: anyone may read.
    static let open: Set<String> = [
        "GET /", "GET /areas/:code", "GET /postcodes", "GET /healthz", "GET /metrics",
        "GET /workforce", "GET /workforce/map", "GET /workforce/:code", "GET /workforce/:code/csv",
        "GET /workforce/:code/data-quality", "GET /planning", "GET /planning/:code", "GET /planning/:code/compare",
        "GET /planning/:code/compare.csv",
        "GET /api/v1/areas", "GET /api/v1/areas/:code", "GET /api/v1/postcodes/:postcode",
        "POST /api/v1/projections", "GET /api/v1/areas/:code/scenarios", "GET /api/v1/areas/:code/metrics",
        "GET /api/v1/areas/:code/metrics/:kpi/series",
        "GET /.well-known/did.json", "GET /issuers/:slug/did.json", "GET /status/:slug/:number", "GET /trust-list",
        "GET /verify", "POST /verify", "POST /api/v1/verify",
    ]
    /// Signing in and emailed links: anyone may reach them; CSRF guards every POST.
    static let signingIn: Set<String> = [
        "GET /sign-in", "POST /sign-in", "GET /sign-in/two-factor", "POST /sign-in/two-factor", "POST /sign-out",
        "GET /unlock/:secret", "POST /unlock/:secret", "GET /invitations/:secret", "POST /invitations/:secret",
        "GET /sign-in/forgotten-password", "POST /sign-in/forgotten-password", "GET /reset-password/:secret",
        "POST /reset-password/:secret", "GET /passport/claim/:secret", "POST /passport/claim/:secret",
    ]
    /// The signed-in person's own account (tested in ``SignInTests`` and the matrix).
    static let ownAccount: Set<String> = [
        "GET /account", "GET /account/two-factor", "POST /account/two-factor", "POST /account/sign-out-everywhere",
        "POST /account/tokens", "POST /account/tokens/:token/revoke", "GET /account/password",
        "POST /account/password", "GET /passport", "GET /passport/bundle.json", "POST /passport/key",
        "POST /passport/shares", "GET /passport/shares/:share", "POST /passport/shares/:share/revoke",
    ]
    /// A worker's share, opened only by members of the organisation it is for (``PassportShareTests``).
    static let shared: Set<String> = ["GET /shared/:secret", "POST /shared/:secret/accept"]
    /// Behind ``AccessPolicy`` or ``AreaPolicy``, each row covered by ``AccessMatrixTests`` or the
    /// planning tests.
    static let policed: Set<String> = [
        "GET /providers", "GET /providers/:reference", "GET /providers/:reference/workforce",
        "GET /providers/:reference/workplaces/:workplace/staff", "GET /providers/:reference/audit",
        "GET /api/v1/providers", "GET /api/v1/providers/:reference",
        "GET /api/v1/providers/:reference/workplaces/:workplace/staff", "GET /api/v1/providers/:reference/audit",
        "POST /planning/:code/scenarios", "POST /planning/:code/scenarios/:scenario/delete",
        "GET /providers/:reference/people", "POST /providers/:reference/people",
        "POST /providers/:reference/people/:member/remove",
        "POST /providers/:reference/people/invitations/:invitation/cancel", "GET /providers/:reference/sharing",
        "POST /providers/:reference/sharing/consents", "POST /providers/:reference/sharing/consents/:consent/revoke",
        "POST /providers/:reference/sharing/parent", "POST /providers/:reference/sharing/parent/remove",
        "GET /providers/:reference/passport", "POST /providers/:reference/passport/invitations",
        "POST /providers/:reference/passport/issue",
        "POST /providers/:reference/passport/credentials/:credential/revoke",
        "POST /providers/:reference/passport/keys", "POST /providers/:reference/passport/checks", "POST /verify/accept",
        "GET /providers/:reference/workplaces/:workplace/training", "GET /courses/:reference",
        "POST /courses/:reference/completions", "POST /courses/:reference/credentials/:credential/revoke",
        "GET /providers/:reference/returns/new", "POST /providers/:reference/returns",
        "GET /providers/:reference/returns/uploads/:upload",
        "GET /providers/:reference/returns/uploads/:upload/findings.csv",
        "POST /providers/:reference/returns/uploads/:upload/complete", "POST /api/v1/returns",
        "POST /api/v1/returns/:upload/complete",
        "GET /api/v1/providers/:reference/workplaces/:workplace/training",
        "GET /providers/:reference/workplaces/:workplace/export/:file",
    ]

    @Test("every registered route is classified, and every classified route exists")
    func inventory() async throws {
        try await withTestApp { app in
            let registered = Set(
                app.routes.all.map { route in
                    "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
                })
            let classified = Self.open.union(Self.signingIn).union(Self.ownAccount).union(Self.policed)
                .union(Self.shared)
            #expect(registered.subtracting(classified).sorted() == [], "unclassified routes")
            #expect(classified.subtracting(registered).sorted() == [], "classified routes that do not exist")
        }
    }
}

/// CSRF on every form: each browser POST route, sent without the token by a signed-in person, is
/// refused before it does anything.
@Suite("CSRF on every form")
struct CSRFCrawlTests {
    @Test("every non-API POST route refuses a form without the CSRF token")
    func everyForm() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            let posts = app.routes.all.filter { $0.method == .POST }.map {
                RoutePaths.concrete($0, provider: "SUNRISE")
            }.filter { !SiteURL.isAPI($0) }
            #expect(posts.count >= 15)
            let before = try await AuditEventEntity.query(on: app.db).count()
            for path in posts {
                var session = try await AccessWorld.session(.sunriseAdmin, app)
                let response = try await session.post(app, path, form: ["name": "x"], csrf: false)
                #expect(response.status == .forbidden, "\(path)")
                #expect(response.body.string.contains("The form has expired"), "\(path)")
            }
            #expect(try await AuditEventEntity.query(on: app.db).count() == before)
        }
    }
}
