import Fluent
import Passport
import Vapor

/// What verifiers fetch, public and without sign-in: DID documents, status lists and the signed trust
/// list. Nothing here records who asked (passport.md section 8, rule 4).
struct PassportPublicController: Sendable {
    /// `GET /.well-known/did.json`: Carepath's own DID document, which signs the trust list.
    func platformDocument(_ request: Request) async throws -> Response {
        let platform = try await issuers(request).platform()
        return try await document(did: platform.did, request: request)
    }

    /// `GET /issuers/{slug}/did.json`.
    func issuerDocument(_ request: Request) async throws -> Response {
        let slug = request.parameters.get(PassportURL.Segment.slug) ?? ""
        guard let issuer = try await PassportIssuerEntity.query(on: request.db).filter(\.$slug == slug).first(),
            issuer.organisationID != nil
        else { throw CarepathError.recordNotFound(kind: "issuer", id: slug) }
        return try await document(did: issuer.did, request: request)
    }

    /// `GET /status/{slug}/{number}`: the signed status list, `application/vc+jwt`.
    func statusList(_ request: Request) async throws -> Response {
        let slug = request.parameters.get(PassportURL.Segment.slug) ?? ""
        let number = request.parameters.get(PassportURL.Segment.number, as: Int.self) ?? 0
        guard
            let list = try await PassportStatusLists(database: request.db, now: request.application.now)
                .published(slug: slug, number: number)
        else { throw CarepathError.recordNotFound(kind: "status list", id: "\(slug)/\(number)") }
        return Self.response(list.signed, contentType: "application/vc+jwt", maxAge: 300)
    }

    /// `GET /trust-list`: the trust list as a JWS signed by Carepath's key, `application/jwt`.
    func trustList(_ request: Request) async throws -> Response {
        let now = request.application.now
        let platform = try await issuers(request).platform()
        let trust = try await PassportTrust.load(on: request.db, now: now)
        let signer = try await PassportKeyring(
            database: request.db, settings: request.application.passportSettings, now: now
        ).signer(for: platform)
        return Self.response(signer.sign(trustList: try trust.trustList()), contentType: "application/jwt", maxAge: 300)
    }

    private func document(did: String, request: Request) async throws -> Response {
        let trust = try await PassportTrust.load(on: request.db, now: request.application.now)
        guard let issuer = trust.issuer(did: did) else { throw CarepathError.recordNotFound(kind: "issuer", id: did) }
        return Self.response(try issuer.document().json.serialized, contentType: "application/json", maxAge: 300)
    }

    private func issuers(_ request: Request) -> PassportIssuers {
        PassportIssuers(
            database: request.db, settings: request.application.passportSettings, now: request.application.now)
    }

    static func response(_ body: String, contentType: String, maxAge: Int) -> Response {
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(maxAge)")
        response.headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: "*")
        return response
    }
}
