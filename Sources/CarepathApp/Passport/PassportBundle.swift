import Fluent
import Foundation
import Passport

/// The passport bundle (passport.md 6.3): a worker's credentials with every issuer document, the
/// signed trust list and the signed status lists they need, so a verifier needs no network.
struct PassportBundle {
    var database: any Database
    var settings: PassportSettings
    var now: Date

    /// The bundle for `holder` holding `tokens`.
    func make(holder: String, tokens: [String]) async throws -> JSONObject {
        // The platform issuer first: it signs the trust list, so the list must include it.
        let platform = try await PassportIssuers(database: database, settings: settings, now: now).platform()
        let trust = try await PassportTrust.load(on: database, now: now)
        let trustList = try await PassportKeyring(database: database, settings: settings, now: now)
            .signer(for: platform).sign(trustList: try trust.trustList())
        var documents = JSONObject()
        var statusLists = JSONObject()
        for token in tokens {
            guard let url = PassportVerification.statusListURL(token),
                let (issuer, number) = PassportVerification.listAddress(url, trust: trust)
            else { continue }
            documents[issuer.entity.did] = .object(try issuer.document().json)
            if statusLists[url] == nil,
                let row = try await PassportStatusListEntity.query(on: database)
                    .filter(\.$issuerID == issuer.entity.requireID()).filter(\.$number == number).first()
            {
                statusLists[url] = .string(row.signed)
            }
        }
        if let operatorIssuer = trust.issuer(did: platform.did) {
            documents[platform.did] = .object(try operatorIssuer.document().json)
        }
        return [
            "type": "CarepathPassportBundle",
            "version": 1,
            "holder": .string(holder),
            "created": .string(ISO8601DateFormatter().string(from: now)),
            "credentials": .array(tokens.map { .string($0) }),
            "issuerDocuments": .object(documents),
            "trustList": .string(trustList),
            "statusLists": .object(statusLists),
        ]
    }

    /// The credentials a bundle holds, or nil if `json` is not a bundle.
    static func credentials(in json: JSONObject) -> [String]? {
        guard json["type"]?.stringValue == "CarepathPassportBundle" else { return nil }
        return json["credentials"]?.arrayValue?.compactMap(\.stringValue)
    }
}
