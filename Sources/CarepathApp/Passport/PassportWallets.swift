import Fluent
import Foundation
import Passport

/// Workers' passports: a `did:key` per person, whose key Carepath keeps sealed and uses only when the
/// worker acts (sharing), and the links to the staff records employers issue against.
struct PassportWallets {
    var database: any Database
    var settings: PassportSettings
    var now: Date

    /// The person's wallet, if they have claimed a passport.
    func wallet(userID: UUID) async throws -> PassportWalletEntity? {
        try await PassportWalletEntity.query(on: database).filter(\.$userID == userID).first()
    }

    /// The person's wallet, made with a new key on first use.
    func ensureWallet(userID: UUID) async throws -> PassportWalletEntity {
        if let existing = try await wallet(userID: userID) { return existing }
        var generator = SystemRandomNumberGenerator()
        let key = Ed25519SigningKey.generate(using: &generator)
        let wallet = PassportWalletEntity()
        wallet.id = UUID()
        wallet.userID = userID
        wallet.did = DIDKey.did(for: key.publicKey)
        wallet.sealedSeed = try settings.walletKeyBox.seal(key.seed)
        wallet.createdAt = now
        try await wallet.create(on: database)
        return wallet
    }

    /// Links the wallet to an employer's staff record, replacing any earlier link of that record.
    func link(wallet: PassportWalletEntity, staffID: UUID, organisationID: UUID) async throws {
        try await PassportStaffLinkEntity.query(on: database).filter(\.$staffID == staffID).delete()
        let link = PassportStaffLinkEntity()
        link.id = UUID()
        link.walletID = try wallet.requireID()
        link.staffID = staffID
        link.organisationID = organisationID
        link.createdAt = now
        try await link.create(on: database)
    }

    /// The worker's signing key, opened to sign a presentation or to export.
    func signingKey(of wallet: PassportWalletEntity) throws -> Ed25519SigningKey {
        try Ed25519SigningKey(seed: settings.walletKeyBox.open(wallet.sealedSeed))
    }

    /// Every credential issued to the wallet's DID, newest first.
    func credentials(of wallet: PassportWalletEntity) async throws -> [PassportCredentialEntity] {
        try await PassportCredentialEntity.query(on: database).filter(\.$subjectDID == wallet.did)
            .sort(\.$issuedAt, .descending).sort(\.$achievementCode).all()
    }
}
