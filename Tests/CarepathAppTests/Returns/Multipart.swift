import Foundation
import NIOHTTP1
import VaporTesting

/// A multipart/form-data body, as a browser sends a form with files.
struct Multipart {
    static let boundary = "carepath-test-boundary-7MA4YWxkTrZu0gW"

    var fields: [String: String] = [:]
    /// Field name → (file name, content).
    var files: [String: (name: String, content: String)] = [:]

    var body: String {
        var parts: [String] = []
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            parts.append("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (name, file) in files.sorted(by: { $0.key < $1.key }) {
            parts.append(
                "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(file.name)\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n\(file.content)\r\n")
        }
        return parts.joined() + "--\(Self.boundary)--\r\n"
    }

    static var contentType: String { "multipart/form-data; boundary=\(boundary)" }
}

extension TestSession {
    /// POSTs a multipart form with this session's cookies and, unless `csrf` is false, its CSRF token.
    mutating func post(
        _ app: Application, _ path: String, multipart: Multipart, csrf: Bool = true
    ) async throws -> TestingHTTPResponse {
        var form = multipart
        if csrf, let csrfToken { form.fields["csrf_token"] = csrfToken }
        var headers = cookieHeader
        headers.replaceOrAdd(name: .contentType, value: Multipart.contentType)
        var captured: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: headers, body: .init(string: form.body)) { response async in
            captured = response
        }
        absorb(captured!)
        return captured!
    }
}
