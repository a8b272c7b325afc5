import Fluent
import Foundation
import Passport
import Vapor

/// The worker's own passport: their credentials with plain-language states, the offline bundle, and
/// their key to take to another wallet.
struct PassportWalletController: Sendable {
    /// `GET /passport`.
    func wallet(_ request: Request) async throws -> Response {
        let user = try signedIn(request)
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
        return HTMLResponse.page(
            PassportWalletPage.render(.init(did: wallet.did, credentials: rows, isDemo: request.isDemo)), for: request)
    }

    /// `GET /passport/bundle.json`: everything needed to verify the passport with no network.
    func bundle(_ request: Request) async throws -> Response {
        let user = try signedIn(request)
        guard let wallet = try await wallets(request).wallet(userID: user.userID) else {
            throw CarepathError.recordNotFound(kind: "passport", id: "yours")
        }
        let tokens = try await wallets(request).credentials(of: wallet).filter { $0.revokedAt == nil }.map(\.token)
        let bundle = try await PassportBundle(
            database: request.db, settings: request.application.passportSettings, now: request.application.now
        ).make(holder: wallet.did, tokens: tokens)
        return Self.download(bundle.serialized, name: "carepath-passport.json")
    }

    /// `POST /passport/key`: the worker's private key as a JWK, to use another wallet. A form post, so
    /// it cannot be fetched from another site, and recorded.
    func exportKey(_ request: Request) async throws -> Response {
        let user = try signedIn(request)
        guard let wallet = try await wallets(request).wallet(userID: user.userID) else {
            throw CarepathError.recordNotFound(kind: "passport", id: "yours")
        }
        let key = try wallets(request).signingKey(of: wallet)
        var jwk = key.publicKey.jwk
        jwk["d"] = .string(Self.base64URL(key.seed))
        jwk["kid"] = .string(DIDKey.verificationMethodID(for: key.publicKey))
        try await request.audit(.init(action: .passportExported, subjectKind: "passport", subjectID: wallet.did))
        return Self.download(jwk.serialized, name: "carepath-passport-key.jwk.json")
    }

    private func signedIn(_ request: Request) throws -> SignedInUser {
        guard let user = request.identity.user else { throw CarepathError.signInRequired(returnTo: request.url.path) }
        return user
    }

    private func wallets(_ request: Request) -> PassportWallets {
        PassportWallets(
            database: request.db, settings: request.application.passportSettings, now: request.application.now)
    }

    private func issuerNames(_ request: Request, _ credentials: [PassportCredentialEntity]) async throws
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

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
