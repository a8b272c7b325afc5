import Vapor

/// Wraps rendered HTML in a response with the right headers.
enum HTMLResponse {
    static func page(_ html: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}
