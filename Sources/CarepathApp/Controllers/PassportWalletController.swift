import Fluent
import Foundation
import Identity
import Passport
import Vapor

/// The worker's own passport: their credentials with plain-language states, the offline bundle, and
/// their key to take to another wallet.
struct PassportWalletController: Sendable {
    /// `GET /passport`.
    func wallet(_ request: Request) async throws -> Response {
        guard let user = request.identity.user else { throw CarepathError.signInRequired(returnTo: request.url.path) }
        let wallets = wallets(request)
        guard let wallet = try await wallets.wallet(userID: user.userID) else {
            return HTMLResponse.page(
                PassportWalletPage.render(.init(did: nil, credentials: [], isDemo: request.isDemo)), for: request)
        }
        let credentials = try await wallets.credentials(of: wallet)
        let verdicts = try await PassportVerification(database: request.db, now: request.application.now)
            .verify(credentials: credentials.map(\.token))
        let issuers = try await issuerNames(request, credentials)
        let rows = zip(credentials, verdicts).map { credential, verdict in
            PassportWalletPage.Row(
                id: credential.id!, name: credential.name, issuer: issuers[credential.issuerID] ?? "Unknown issuer",
                completedOn: credential.completedOn, verdict: verdict)
        }
        let organisations = try await OrganisationEntity.query(on: request.db)
            .filter(\.$kind != OrganisationKind.platform.rawValue).sort(\.$name).all()
        let names = Dictionary(organisations.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
        let now = request.application.now
        let shares = try await PassportShares(
            database: request.db, settings: request.application.passportSettings, now: now
        ).shares(of: wallet).map { share, views in
            PassportWalletPage.ShareRow(
                id: share.id!, organisation: names[share.organisationID] ?? "Unknown organisation",
                credentials: share.credentialIDs.split(separator: " ").count, views: views.count,
                isLive: share.isLive(at: now), expiresAt: share.expiresAt)
        }
        let model = PassportWalletPage.Model(
            did: wallet.did, credentials: rows, organisations: organisations.map { ($0.id!, $0.name) }, shares: shares,
            isDemo: request.isDemo)
        return HTMLResponse.page(PassportWalletPage.render(model), for: request)
    }

    /// `GET /passport/bundle.json`: everything needed to verify the passport with no network.
    func bundle(_ request: Request) async throws -> Response {
        let (_, wallet) = try await Self.wallet(request)
        let tokens = try await wallets(request).credentials(of: wallet).filter { $0.revokedAt == nil }.map(\.token)
        let bundle = try await PassportBundle(
            database: request.db, settings: request.application.passportSettings, now: request.application.now
        ).make(holder: wallet.did, tokens: tokens)
        return Self.download(bundle.serialized, name: "carepath-passport.json")
    }

    /// `POST /passport/key`: the worker's private key as a JWK, to use another wallet. A form post, so
    /// it cannot be fetched from another site, and recorded.
    func exportKey(_ request: Request) async throws -> Response {
        let (_, wallet) = try await Self.wallet(request)
        let key = try wallets(request).signingKey(of: wallet)
        var jwk = key.privateJWK
        jwk["kid"] = .string(DIDKey.verificationMethodID(for: key.publicKey))
        try await request.audit(.init(action: .passportExported, subjectKind: "passport", subjectID: wallet.did))
        return Self.download(jwk.serialized, name: "carepath-passport-key.jwk.json")
    }

    /// The signed-in person and their wallet; a person without one has no passport to act on.
    static func wallet(_ request: Request) async throws -> (SignedInUser, PassportWalletEntity) {
        guard let user = request.identity.user else { throw CarepathError.signInRequired(returnTo: request.url.path) }
        guard
            let wallet = try await PassportWallets(
                database: request.db, settings: request.application.passportSettings, now: request.application.now
            ).wallet(userID: user.userID)
        else { throw CarepathError.recordNotFound(kind: "passport", id: "yours") }
        return (user, wallet)
    }

    private func wallets(_ request: Request) -> PassportWallets {
        PassportWallets(
            database: request.db, settings: request.application.passportSettings, now: request.application.now)
    }

    private func issuerNames(
        _ request: Request, _ credentials: [PassportCredentialEntity]
    ) async throws
        -> [UUID: String]
    {
        let ids = Set(credentials.map(\.issuerID))
        guard !ids.isEmpty else { return [:] }
        let issuers = try await PassportIssuerEntity.query(on: request.db).filter(\.$id ~~ ids).all()
        return Dictionary(issuers.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    static func download(_ body: String, name: String) -> Response {
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: "application/json")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
