import Fluent
import Foundation
import Passport

/// Issuers' signing keys: generated here, sealed under the master key at rest, opened only to sign.
struct PassportKeyring {
    var database: any Database
    var settings: PassportSettings
    var now: Date

    /// Generates key `#key-<n+1>` for `issuer` and returns a signer with it.
    @discardableResult
    func addKey(to issuer: PassportIssuerEntity) async throws -> PassportSigner {
        let issuerID = try issuer.requireID()
        let latest = try await PassportIssuerKeyEntity.query(on: database).filter(\.$issuerID == issuerID)
            .sort(\.$number, .descending).first()
        var generator = SystemRandomNumberGenerator()
        let key = Ed25519SigningKey.generate(using: &generator)
        let row = PassportIssuerKeyEntity()
        row.id = UUID()
        row.issuerID = issuerID
        row.number = (latest?.number ?? 0) + 1
        row.publicKey = key.publicKey.jwk["x"]?.stringValue ?? ""
        row.sealedSeed = try settings.issuerKeyBox.seal(key.seed)
        row.validFrom = Self.wholeSecond(now)
        try await row.create(on: database)
        return PassportSigner(key: key, keyID: Self.keyID(issuer: issuer, number: row.number))
    }

    /// Rotates: the current key stops signing now but stays published, and a new key takes over. Status
    /// lists are re-signed with the new key, in the same transaction.
    func rotate(_ issuer: PassportIssuerEntity) async throws -> PassportSigner {
        try await database.transaction { transaction in
            let keyring = PassportKeyring(database: transaction, settings: settings, now: now)
            try await PassportIssuerKeyEntity.query(on: transaction).filter(\.$issuerID == issuer.requireID())
                .filter(\.$validUntil == nil).set(\.$validUntil, to: Self.wholeSecond(now) + 1).update()
            let signer = try await keyring.addKey(to: issuer)
            try await PassportStatusLists(database: transaction, now: now).resignAll(of: issuer, signer: signer)
            return signer
        }
    }

    /// A signer with the issuer's current key.
    func signer(for issuer: PassportIssuerEntity) async throws -> PassportSigner {
        guard
            let current = try await PassportIssuerKeyEntity.query(on: database)
                .filter(\.$issuerID == issuer.requireID()).filter(\.$validUntil == nil)
                .sort(\.$number, .descending).first()
        else { throw CarepathError.passportUnavailable("\(issuer.name) has no current signing key") }
        let seed = try settings.issuerKeyBox.open(current.sealedSeed)
        return PassportSigner(
            key: try Ed25519SigningKey(seed: seed), keyID: Self.keyID(issuer: issuer, number: current.number))
    }

    /// Every key the issuer has had, oldest first.
    func keys(of issuerID: UUID) async throws -> [PassportIssuerKeyEntity] {
        try await PassportIssuerKeyEntity.query(on: database).filter(\.$issuerID == issuerID)
            .sort(\.$number).all()
    }

    /// Signing times (`iat`) are whole seconds, so key windows are too: a key starts at the second it
    /// was made and a retired key stays good to the end of the second it was retired in.
    static func wholeSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    static func keyID(issuer: PassportIssuerEntity, number: Int) -> String { "\(issuer.did)#key-\(number)" }
}
