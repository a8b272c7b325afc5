import Foundation

/// A status list the caller holds for a list URL.
public enum StatusListSource: Sendable {
    /// The signed status list credential (compact VC-JWT); the verifier checks its signature and issuer.
    case credential(String)
    /// A list the caller has already verified (e.g. with `CredentialVerifier.verifyStatusList`), so each
    /// credential check does not re-verify and re-inflate it.
    case verified(StatusListCredential)
    /// A bare bitstring the caller vouches for, such as one from its own issuance database.
    case bitstring(BitstringStatusList)
}

/// Supplies status lists by URL from the caller's cache or bundle; no network.
public struct StatusListResolver: Sendable {
    private let resolve: @Sendable (String) -> StatusListSource?

    /// A resolver backed by the caller's own lookup, given a list URL.
    public init(_ resolve: @escaping @Sendable (String) -> StatusListSource?) {
        self.resolve = resolve
    }

    /// A resolver over fixed sources keyed by list URL.
    public static func sources(_ sources: [String: StatusListSource]) -> StatusListResolver {
        StatusListResolver { sources[$0] }
    }

    /// No lists: every credential with a status entry is `statusUnavailable` under the default policy.
    public static let none = StatusListResolver { _ in nil }

    /// The source for `url`, if the caller has one.
    public func source(for url: String) -> StatusListSource? {
        resolve(url)
    }
}
