import Testing

@testable import CarepathApp

extension EmailMessage {
    /// The path of the link in this email that starts with `prefix`, such as `/unlock/`, ready to
    /// follow in a test.
    func linkPath(_ prefix: String) throws -> String {
        let line = try #require(body.split(separator: "\n").first { $0.contains(prefix) })
        return String(line[try #require(line.range(of: prefix)).lowerBound...])
    }
}
