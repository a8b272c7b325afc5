import Fluent
import Foundation
import Identity
import SQLKit
import Vapor

extension AccountController {
    /// The new-token form as posted.
    struct TokenForm: Content {
        var name: String?
        var scopes: [String]?
        var lifetime: String?
    }

    /// `GET /account`.
    func account(_ request: Request) async throws -> Response {
        try await accountPage(request, newToken: nil, errors: [])
    }

    /// `POST /account/sign-out-everywhere`.
    func signOutEverywhere(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        try await SignInService(request: request).endAllSessions(userID: user.userID)
        try await request.audit(
            .init(action: .signedOutEverywhere, subjectKind: "user", subjectID: user.userID.uuidString))
        let response = request.redirect(to: SiteURL.signIn(returnTo: nil).path, redirectType: .normal)
        response.cookies[SessionCookies.session] = SessionCookies.expired(
            secure: request.application.carepathConfig.usesSecureCookies)
        return response
    }

    /// `POST /account/tokens`: a new API token, shown once.
    func createToken(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(TokenForm.self)
        let name = form.name?.trimmingCharacters(in: .whitespaces) ?? ""
        let scopes = (form.scopes ?? []).compactMap(TokenScope.init(rawValue:))
        var errors: [Components.FieldError] = []
        if name.isEmpty || name.count > 100 {
            errors.append(.init(fieldID: "name", message: "Enter a token name of up to 100 characters"))
        }
        if scopes.isEmpty || scopes.count != (form.scopes ?? []).count {
            errors.append(.init(fieldID: "scopes", message: "Choose at least one thing the token may do"))
        }
        let days = Int(form.lifetime ?? "") ?? 0
        if !AccountTokensSection.lifetimes.contains(where: { $0.0 == String(days) }) {
            errors.append(.init(fieldID: "lifetime", message: "Choose when the token expires"))
        }
        guard errors.isEmpty else { return try await accountPage(request, newToken: nil, errors: errors) }
        let made = try await APITokens.create(
            for: user.userID, name: name, scopes: scopes, days: days, now: request.application.now, on: request.db,
            audit: { entry, database in try await request.audit(entry, on: database) })
        return try await accountPage(request, newToken: made, errors: [])
    }

    /// `POST /account/tokens/{id}/revoke`: only the owner's own tokens can be found.
    func revokeToken(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let raw = request.parameters.get(AccountURL.Segment.token) ?? ""
        guard let id = UUID(uuidString: raw),
            let token = try await APITokenEntity.query(on: request.db).filter(\.$id == id)
                .filter(\.$userID == user.userID).first()
        else { throw CarepathError.recordNotFound(kind: "API token", id: raw) }
        try await APITokens.revoke(token, now: request.application.now, on: request.db) { entry, database in
            try await request.audit(entry, on: database)
        }
        return request.redirect(to: SiteURL.account.path, redirectType: .normal)
    }

    private func accountPage(
        _ request: Request, newToken: String?, errors: [Components.FieldError]
    ) async throws
        -> Response
    {
        let user = try request.requireUser()
        guard let entity = try await UserEntity.find(user.userID, on: request.db) else {
            throw CarepathError.signInRequired(returnTo: SiteURL.account.path)
        }
        let memberships = try await AccountStore(database: request.db).memberships(of: user.userID).map {
            AccountPage.MembershipRow(
                organisation: $0.name, reference: $0.reference, kind: $0.membership.kind, role: $0.membership.role)
        }
        let tokens = try await APITokenEntity.query(on: request.db).filter(\.$userID == user.userID)
            .sort(\.$createdAt, .descending).all().map { token in
                AccountPage.TokenRow(
                    id: token.id!, name: token.name, prefix: token.prefix,
                    scopes: token.scopes.split(separator: " ").map(String.init), expiresAt: token.expiresAt,
                    lastUsedAt: token.lastUsedAt, isRevoked: token.revokedAt != nil)
            }
        let activity = try await AuditQueries(database: request.db).rows(actorID: user.userID, limit: 50)
        let model = AccountPage.Model(
            displayName: user.displayName, email: user.email, hasTwoFactor: entity.hasTwoFactor,
            memberships: memberships, tokens: tokens, activity: activity, newToken: newToken, tokenErrors: errors,
            isDemo: request.isDemo)
        return HTMLResponse.page(
            AccountPage.render(model), for: request, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
