import Foundation
import Passport

/// What someone hands a verifier: one credential (a compact VC-JWT) or a passport bundle. Read
/// strictly, with limits, before any verification.
enum PassportSubmission {
    /// The most credentials one submission may hold.
    static let maximumCredentials = 500
    /// The largest submission, in bytes.
    static let maximumBytes = 1024 * 1024

    /// Why a submission cannot be verified at all.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case tooLarge(bytes: Int)
        case tooManyCredentials(Int)
        case notRecognised(String)
        case presentation

        var description: String {
            switch self {
            case .empty: "Paste a credential or a passport bundle"
            case .tooLarge(let bytes): "The submission is \(bytes) bytes; the most accepted is \(maximumBytes)"
            case .tooManyCredentials(let count):
                "The bundle holds \(count) credentials; the most accepted at once is \(maximumCredentials)"
            case .notRecognised(let why): "This is not a credential or a passport bundle: \(why)"
            case .presentation:
                "This is a presentation, which answers one verifier's request; open the worker's share link instead"
            }
        }
    }

    /// The credentials in `text`: a bundle's, or the one credential it is.
    static func credentials(in text: String) throws(Problem) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        guard trimmed.utf8.count <= maximumBytes else { throw .tooLarge(bytes: trimmed.utf8.count) }
        if trimmed.hasPrefix("{") {
            let json: JSONValue
            do {
                json = try JSONValue.parse(trimmed)
            } catch {
                throw .notRecognised("the JSON cannot be read (\(error))")
            }
            guard let object = json.objectValue, let tokens = PassportBundle.credentials(in: object) else {
                throw .notRecognised("the JSON is not a CarepathPassportBundle")
            }
            return try checked(tokens)
        }
        if let jws = try? CompactJWS(parsing: trimmed, maximumLength: maximumBytes), jws.type == "vp+jwt" {
            throw .presentation
        }
        guard trimmed.split(separator: ".", omittingEmptySubsequences: false).count == 3 else {
            throw .notRecognised("a credential has three parts separated by dots")
        }
        return [trimmed]
    }

    private static func checked(_ tokens: [String]) throws(Problem) -> [String] {
        guard !tokens.isEmpty else { throw .notRecognised("the bundle holds no credentials") }
        guard tokens.count <= maximumCredentials else { throw .tooManyCredentials(tokens.count) }
        return tokens
    }
}
