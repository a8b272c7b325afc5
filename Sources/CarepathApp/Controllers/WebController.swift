import CarepathCore
import Vapor

/// The browser pages: home, area browse pages and the postcode finder.
struct WebController: Sendable {
    func home(_ request: Request) async throws -> Response {
        let england = try await request.geography.england()
        return HTMLResponse.page(
            HomePage.render(
                .init(
                    england: england, demoAccounts: request.isDemo ? DemoAccounts.summaries : [],
                    isDemo: request.isDemo)), for: request)
    }

    func area(_ request: Request) async throws -> Response {
        let code = try request.areaCodeParameter()
        if code == England.code { return request.redirect(to: SiteURL.home.path) }
        guard let detail = try await request.geography.area(code) else {
            throw CarepathError.areaNotFound(code: code.rawValue)
        }
        if detail.area.code != code {
            // An old code (Barnsley, Sheffield before April 2025): send people to the current one.
            return request.redirect(to: SiteURL.area(detail.area.code).path, redirectType: .permanent)
        }
        return HTMLResponse.page(AreaPage.render(.init(detail: detail, isDemo: request.isDemo)), for: request)
    }

    func postcodes(_ request: Request) async throws -> Response {
        guard let text = try? request.query.get(String.self, at: "postcode") else {
            return HTMLResponse.page(PostcodePage.render(.init(state: .blank, isDemo: request.isDemo)), for: request)
        }
        let state: PostcodePage.State
        let status: HTTPResponseStatus
        do {
            switch try await request.geography.lookUp(PostcodeQuery(text)) {
            case .found(let location):
                (state, status) = (.found(location), .ok)
            case .notFound(let query, let suggestion):
                (state, status) = (.notFound(query: query, suggestion: suggestion), .notFound)
            }
        } catch let error as PostcodeError {
            let message = error == .empty ? "Enter a postcode" : error.description
            (state, status) = (.invalid(text: text, message: message), .badRequest)
        }
        return HTMLResponse.page(
            PostcodePage.render(.init(state: state, isDemo: request.isDemo)), for: request, status: status)
    }
}

extension Request {
    var geography: GeographyRepository { GeographyRepository(database: db) }

    var isDemo: Bool { application.carepathConfig.isDemo }

    /// The `{code}` path parameter as an area code; a malformed code is an unknown area.
    func areaCodeParameter() throws -> AreaCode {
        try Self.areaCode(parameters.get(SiteURL.Segment.areaCode) ?? "")
    }

    /// Reads an area code from a path or query value.
    /// - Throws: ``CarepathError/invalidAreaCode(_:reason:)``.
    static func areaCode(_ raw: String) throws -> AreaCode {
        do {
            return try AreaCode(raw)
        } catch {
            throw CarepathError.invalidAreaCode(raw, reason: error.description)
        }
    }
}
