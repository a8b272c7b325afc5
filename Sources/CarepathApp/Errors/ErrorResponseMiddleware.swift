import Planning
import Vapor

/// Turns every error into a response: JSON under `/api`, an HTML error page everywhere else.
struct ErrorResponseMiddleware: AsyncMiddleware {
    let isDemo: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let description = HTTPErrorDescription(error)
            let level: Logger.Level = description.status.code >= 500 ? .error : .debug
            request.logger.log(
                level: level, "\(String(reflecting: error))", metadata: ["status": "\(description.status.code)"])
            if SiteURL.isAPI(request.url.path) {
                let response = try APIErrorBody(description, cause: error).response(status: description.status)
                if description.status == .unauthorized {
                    response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"carepath\"")
                }
                return response
            }
            if case .signInRequired(let returnTo) = error as? CarepathError {
                // A browser is sent to sign in and brought back afterwards.
                return request.redirect(to: SiteURL.signIn(returnTo: returnTo).path, redirectType: .normal)
            }
            let page = ErrorPage.Model(description: description, isDemo: isDemo)
            return HTMLResponse.page(ErrorPage.render(page), for: request, status: description.status)
        }
    }
}

/// The JSON body of every API error: `{"error": {"status": 404, "code": "...", "message": "..."}}`,
/// with the nearest known place when a postcode is not found.
struct APIErrorBody: Content {
    struct Detail: Content, Equatable {
        var status: Int
        var code: String
        var message: String
    }

    var error: Detail
    var suggestion: APIv1.PostcodeResult?
    /// Each lever or field that is wrong, for a 422 from the projections API.
    var problems: [LeverProblem]?
    /// Each field that is wrong, for a 422 from any other endpoint.
    var fields: [FieldProblem]?

    init(_ description: HTTPErrorDescription, cause: any Error) {
        error = Detail(status: Int(description.status.code), code: description.code, message: description.message)
        if case .postcodeNotFound(_, let suggestion?) = cause as? CarepathError {
            self.suggestion = APIv1.PostcodeResult(suggestion)
        }
        if case .invalidLevers(let problems) = cause as? CarepathError {
            self.problems = problems
        }
        if case .invalidInput(let problems) = cause as? CarepathError {
            fields = problems
        }
    }

    func response(status: HTTPResponseStatus) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(self, as: .json)
        return response
    }
}
