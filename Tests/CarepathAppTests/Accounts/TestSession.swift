import Foundation
import NIOHTTP1
import VaporTesting

/// A browser as tests drive it: its cookies, and the CSRF token of the last page it loaded.
struct TestSession {
    var cookies: [String: String] = [:]
    var csrfToken: String?

    var cookieHeader: HTTPHeaders {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        return headers
    }

    /// Keeps the cookies a response sets (and drops those it expires), and the form token it shows.
    mutating func absorb(_ response: TestingHTTPResponse) {
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0].split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            let name = String(pair[0])
            if pair[1].isEmpty || header.contains("Max-Age=0") {
                cookies[name] = nil
            } else {
                cookies[name] = String(pair[1])
            }
        }
        let body = response.body.string
        if let range = body.range(of: "name=\"csrf_token\" value=\"") {
            csrfToken = String(body[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    /// GETs `path` with this session's cookies.
    mutating func get(
        _ app: Application, _ path: String, headers: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        var all = cookieHeader
        all.add(contentsOf: headers)
        var captured: TestingHTTPResponse?
        try await app.testing().test(.GET, path, headers: all) { response async in captured = response }
        absorb(captured!)
        return captured!
    }

    /// POSTs a form, adding the CSRF token unless `csrf` is false.
    mutating func post(
        _ app: Application, _ path: String, form: [String: String] = [:], csrf: Bool = true
    )
        async throws -> TestingHTTPResponse
    {
        var fields = form
        if csrf, let csrfToken { fields["csrf_token"] = csrfToken }
        var headers = cookieHeader
        headers.contentType = .urlEncodedForm
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var captured: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: headers, body: .init(string: body)) { response async in
            captured = response
        }
        absorb(captured!)
        return captured!
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
