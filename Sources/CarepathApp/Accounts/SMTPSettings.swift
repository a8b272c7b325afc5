import Foundation

/// Where Carepath sends email: `smtp://[user:password@]host[:port]` (plain, port 25 by default) or
/// `smtps://…` (TLS from the first byte, port 465 by default), from `CAREPATH_SMTP_URL`.
public struct SMTPSettings: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var usesTLS: Bool
    public var username: String?
    public var password: String?
    /// The sender, such as `Carepath <no-reply@carepath.example>`.
    public var from: String

    public static let defaultFrom = "Carepath <no-reply@carepath.invalid>"

    /// Reads an `smtp://` or `smtps://` URL; `nil` if it is not one, or if it would send a password
    /// without TLS to another machine.
    public init?(url raw: String, from: String = SMTPSettings.defaultFrom) {
        guard let url = URLComponents(string: raw), let scheme = url.scheme, ["smtp", "smtps"].contains(scheme),
            let host = url.host, !host.isEmpty
        else { return nil }
        if scheme == "smtp", url.password != nil, !["127.0.0.1", "localhost", "::1"].contains(host) { return nil }
        self.host = host
        usesTLS = scheme == "smtps"
        port = url.port ?? (usesTLS ? 465 : 25)
        username = url.user?.removingPercentEncoding
        password = url.password?.removingPercentEncoding
        self.from = from
    }

    /// The bare address inside `from`, for the envelope.
    var fromAddress: String {
        guard let open = from.lastIndex(of: "<"), let close = from.lastIndex(of: ">"), open < close else { return from }
        return String(from[from.index(after: open)..<close])
    }

    /// Never prints the password.
    public var description: String {
        "\(usesTLS ? "smtps" : "smtp")://\(username.map { "\($0):***@" } ?? "")\(host):\(port)"
    }
}
