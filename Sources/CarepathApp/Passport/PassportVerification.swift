import Fluent
import Foundation
import Passport

/// Verifies credentials as any verifier would (signature, trust list, schema shape, status, dates),
/// against Carepath's own trust list and the status lists as they stand now.
struct PassportVerification {
    var database: any Database
    var now: Date
    var policy = VerificationPolicy()

    /// One verdict per token, in order.
    func verify(credentials tokens: [String]) async throws -> [CredentialVerdict] {
        let verifier = try await verifier(for: tokens)
        return tokens.map { verifier.verify($0, at: now) }
    }

    /// A verifier holding the status lists `tokens` point at. Tokens that cannot be read simply find
    /// no list; the verifier gives them their own verdict.
    func verifier(for tokens: [String]) async throws -> CredentialVerifier {
        let trust = try await PassportTrust.load(on: database, now: now)
        var lists: [String: BitstringStatusList] = [:]
        for url in Set(tokens.compactMap(Self.statusListURL)) {
            guard let (issuer, number) = Self.listAddress(url, trust: trust),
                let row = try await PassportStatusListEntity.query(on: database)
                    .filter(\.$issuerID == issuer.entity.requireID()).filter(\.$number == number).first()
            else { continue }
            lists[url] = try BitstringStatusList(bitstring: Array(row.bits))
        }
        return try trust.verifier(statusLists: lists, policy: policy)
    }

    /// The status list URL a credential names, read without trusting it (the verifier checks it).
    static func statusListURL(_ token: String) -> String? {
        guard let jws = try? CompactJWS(parsing: token, maximumLength: VerificationPolicy().maximumCredentialBytes),
            let payload = try? jws.payloadObject()
        else { return nil }
        return payload["credentialStatus"]?["statusListCredential"]?.stringValue
    }

    /// Which issuer's list `url` is, if it is one Carepath publishes.
    static func listAddress(_ url: String, trust: PassportTrust) -> (PassportTrust.Issuer, Int)? {
        for issuer in trust.issuers {
            let prefix = "\(issuer.entity.baseURL)/status/\(issuer.entity.slug)/"
            if url.hasPrefix(prefix), let number = Int(url.dropFirst(prefix.count)) { return (issuer, number) }
        }
        return nil
    }
}
