import Fluent
import Foundation
import Identity
import Passport

/// Workers' shares: chosen credentials for one organisation, for a time. Each opening signs a fresh
/// presentation with the worker's key, bound to that organisation and a new nonce, verifies it as
/// any verifier would, and logs the view.
struct PassportShares {
    var database: any Database
    var settings: PassportSettings
    var now: Date

    /// How long a share may last, in days, as offered on the wallet page.
    static let durations = [1, 7, 30]

    /// Makes a share of `credentialIDs`, which must all be the wallet's and unrevoked, and returns it
    /// with the secret for its link.
    func create(
        wallet: PassportWalletEntity, organisationID: UUID, credentialIDs: [UUID], days: Int
    ) async throws -> (PassportShareEntity, String) {
        guard Self.durations.contains(days) else {
            throw CarepathError.invalidInput([.init(field: "days", message: "choose 1, 7 or 30 days")])
        }
        let chosen = try await PassportCredentialEntity.query(on: database).filter(\.$id ~~ credentialIDs)
            .filter(\.$subjectDID == wallet.did).filter(\.$revokedAt == nil).all()
        guard !credentialIDs.isEmpty, chosen.count == Set(credentialIDs).count else {
            throw CarepathError.invalidInput([
                .init(field: "credentials", message: "choose at least one of your credentials that is not revoked")
            ])
        }
        guard try await OrganisationEntity.find(organisationID, on: database) != nil else {
            throw CarepathError.invalidInput([.init(field: "organisation", message: "choose an organisation")])
        }
        var generator = SystemRandomNumberGenerator()
        let token = SecretToken.generate(using: &generator)
        let share = PassportShareEntity()
        share.id = UUID()
        share.walletID = try wallet.requireID()
        share.organisationID = organisationID
        share.tokenHash = SecretToken.hash(token)
        share.sealedToken = try settings.shareLinkBox.seal(Array(token.utf8))
        share.credentialIDs = chosen.map { $0.id!.uuidString }.sorted().joined(separator: " ")
        share.createdAt = now
        share.expiresAt = now.addingTimeInterval(Double(days) * 86_400)
        try await share.create(on: database)
        return (share, token)
    }

    /// The share whose link holds `token`, live or not.
    func share(token: String) async throws -> PassportShareEntity? {
        try await PassportShareEntity.query(on: database).filter(\.$tokenHash == SecretToken.hash(token)).first()
    }

    /// The link secret of a share, for showing the link again to its worker.
    func token(of share: PassportShareEntity) throws -> String {
        String(decoding: try settings.shareLinkBox.open(share.sealedToken), as: UTF8.self)
    }

    /// The DID a presentation for `organisation` is addressed to.
    func audience(for organisation: OrganisationEntity) -> String {
        DIDWeb.issuerDID(host: settings.host, organisationSlug: PassportIssuers.slug(organisation.reference))
    }

    /// A fresh presentation of the share for `viewer`, verified, and logged in the same transaction.
    func present(
        _ share: PassportShareEntity, to organisation: OrganisationEntity, viewer: (id: UUID?, email: String)
    ) async throws -> (presentation: String, verified: Result<VerifiedPresentation, PresentationProblem>) {
        guard let wallet = try await PassportWalletEntity.find(share.walletID, on: database) else {
            throw CarepathError.recordNotFound(kind: "share", id: "given")
        }
        let ids = share.credentialIDs.split(separator: " ").compactMap { UUID(uuidString: String($0)) }
        let tokens = try await PassportCredentialEntity.query(on: database).filter(\.$id ~~ ids)
            .sort(\.$achievementCode).all().map(\.token)
        var generator = SystemRandomNumberGenerator()
        let nonce = Presentation.makeNonce(using: &generator)
        let audience = audience(for: organisation)
        let holder = PassportSigner.holder(
            key: try PassportWallets(database: database, settings: settings, now: now).signingKey(of: wallet))
        let presentation = try holder.signPresentation(
            credentials: tokens, audience: audience, nonce: nonce, issuedAt: now)
        let credentialVerifier = try await PassportVerification(database: database, now: now).verifier(for: tokens)
        let verified: Result<VerifiedPresentation, PresentationProblem>
        do {
            verified = .success(
                try PresentationVerifier(credentialVerifier: credentialVerifier, audience: audience)
                    .verify(presentation, expectedNonce: nonce, at: now))
        } catch {
            verified = .failure(error)
        }
        let view = PassportShareViewEntity()
        view.id = UUID()
        view.shareID = try share.requireID()
        view.viewedAt = now
        view.viewerUserID = viewer.id
        view.viewer = viewer.email
        view.nonce = nonce
        view.credentials = tokens.count
        try await view.create(on: database)
        return (presentation, verified)
    }

    /// The shares of a wallet, newest first, with their views.
    func shares(of wallet: PassportWalletEntity) async throws -> [(PassportShareEntity, [PassportShareViewEntity])] {
        let shares = try await PassportShareEntity.query(on: database).filter(\.$walletID == wallet.requireID())
            .sort(\.$createdAt, .descending).all()
        let ids = shares.compactMap(\.id)
        let views =
            ids.isEmpty
            ? []
            : try await PassportShareViewEntity.query(on: database).filter(\.$shareID ~~ ids)
                .sort(\.$viewedAt, .descending).all()
        let byShare = Dictionary(grouping: views, by: \.shareID)
        return shares.map { ($0, byShare[$0.id!] ?? []) }
    }
}
