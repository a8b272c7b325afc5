import Plot
import Vapor

/// Wraps rendered HTML in a response with the right headers, and fills the per-request slots.
///
/// Pages are rendered without knowing who asks, so a rendered page can be cached and shared. What
/// differs per person (the account links in the header and the CSRF token in forms) is written
/// into marked slots here, as the response leaves.
enum HTMLResponse {
    static func page(_ html: String, for request: Request, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        // Pages can show personal data once someone signs in; keep them out of shared caches.
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        let filled = PageSlots.fill(
            html, account: AccountNavigation.render(request.identity, csrfToken: request.csrfToken ?? ""),
            csrfToken: request.csrfToken ?? "")
        return Response(status: status, headers: headers, body: .init(string: filled))
    }
}

/// Places in a rendered page that are filled per request. They are HTML comments, which Plot
/// escapes in any text it is given, so page content can never forge one.
enum PageSlots {
    static let account = "<!--cp:account-->"
    static let csrf = "<!--cp:csrf-->"

    /// The hidden CSRF field every form that changes something includes.
    static func csrfField<Context>() -> Node<Context> { .raw(csrf) }

    static func fill(_ html: String, account: String, csrfToken: String) -> String {
        let field = "<input type=\"hidden\" name=\"csrf_token\" value=\"\(csrfToken.htmlEscaped)\">"
        return html.replacingOccurrences(of: Self.account, with: account)
            .replacingOccurrences(of: Self.csrf, with: field)
    }
}

extension String {
    /// Escaped for an HTML attribute or text.
    var htmlEscaped: String {
        var escaped = ""
        escaped.reserveCapacity(count)
        for character in self {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
