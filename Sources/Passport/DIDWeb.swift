import Foundation

/// `did:web` (https://w3c-ccg.github.io/did-method-web/): issuers named by a domain, whose DID document
/// is served over HTTPS. This only computes names and addresses; fetching is the application's job.
public enum DIDWeb {
    /// `did:web:<host>:issuers:<slug>`, Carepath's default issuer form. A port in `host` is percent-encoded.
    public static func issuerDID(host: String, organisationSlug: String) -> String {
        "did:web:\(host.replacingOccurrences(of: ":", with: "%3A")):issuers:\(organisationSlug)"
    }

    /// The HTTPS address of the DID document: `did:web:example.org` → `https://example.org/.well-known/did.json`,
    /// `did:web:example.org:issuers:42` → `https://example.org/issuers/42/did.json`.
    public static func documentURL(for did: String) throws(DIDError) -> String {
        guard did.hasPrefix("did:web:"), !did.contains("#"), !did.contains("/") else { throw .notDIDWeb(did) }
        let segments = did.dropFirst("did:web:".count).split(separator: ":", omittingEmptySubsequences: false)
        guard let host = segments.first, !host.isEmpty, segments.allSatisfy({ !$0.isEmpty }) else {
            throw .notDIDWeb(did)
        }
        let decodedHost = host.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%3a", with: ":")
        guard !decodedHost.contains("%") else { throw .notDIDWeb(did) }
        if segments.count == 1 {
            return "https://\(decodedHost)/.well-known/did.json"
        }
        return "https://\(decodedHost)/" + segments.dropFirst().joined(separator: "/") + "/did.json"
    }
}
