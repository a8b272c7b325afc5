import Fluent
import Foundation
import Identity
import Vapor

extension AccountController {
    /// The accept-invitation form as posted.
    struct InvitationForm: Content {
        var name: String?
        var password: String?
    }

    /// `GET /unlock/{secret}`: a button, because following a link must not change anything by itself.
    func unlockForm(_ request: Request) async throws -> Response {
        let token = request.parameters.get(AccountURL.Segment.secret) ?? ""
        let link = try await AccountLinks.find(.unlock, token: token, now: request.application.now, on: request.db)
        return HTMLResponse.page(
            LinkPages.unlock(isValid: link != nil, action: SiteURL.unlock(token: token).path, isDemo: request.isDemo),
            for: request, status: link == nil ? .notFound : .ok)
    }

    /// `POST /unlock/{secret}`.
    func unlock(_ request: Request) async throws -> Response {
        let token = request.parameters.get(AccountURL.Segment.secret) ?? ""
        guard
            let link = try await AccountLinks.find(.unlock, token: token, now: request.application.now, on: request.db),
            let userID = link.userID, let user = try await UserEntity.find(userID, on: request.db)
        else { throw CarepathError.recordNotFound(kind: "unlock link", id: "given") }
        user.lockedUntil = nil
        user.failedSignIns = 0
        let linkID = try link.requireID()
        try await request.db.transaction { transaction in
            guard try await AccountStore(database: transaction).claimLink(linkID, at: request.application.now) else {
                throw CarepathError.recordNotFound(kind: "unlock link", id: "given")
            }
            try await user.save(on: transaction)
            try await request.audit(
                .init(action: .accountUnlocked, subjectKind: "user", subjectID: userID.uuidString), on: transaction,
                actor: (userID, user.email))
        }
        return request.redirect(to: SiteURL.signIn(returnTo: nil).path, redirectType: .normal)
    }

    /// `GET /invitations/{secret}`: choose a name and password to join, or, for someone who already
    /// has an account, join once signed in as them.
    func invitationForm(_ request: Request) async throws -> Response {
        let (link, organisation) = try await invitation(request)
        var model = LinkPages.Invitation(
            email: link.email, organisation: organisation.name, role: link.role ?? "viewer", action: request.url.path,
            isDemo: request.isDemo)
        if try await AccountStore(database: request.db).user(email: link.email) != nil {
            model.existingAccount = request.identity.user?.email == link.email ? .signedIn : .signedOut
        }
        return HTMLResponse.page(LinkPages.invitation(model), for: request)
    }

    /// `POST /invitations/{secret}`: creates the account and its membership in one transaction, or
    /// adds the membership to the signed-in account the invitation was sent to.
    func acceptInvitation(_ request: Request) async throws -> Response {
        let (link, organisation) = try await invitation(request)
        if let existing = try await AccountStore(database: request.db).user(email: link.email) {
            return try await join(existing, link: link, organisation: organisation, request: request)
        }
        let form = try request.content.decode(InvitationForm.self)
        let name = form.name?.trimmingCharacters(in: .whitespaces) ?? ""
        let password = form.password ?? ""
        var errors: [Components.FieldError] = []
        if name.isEmpty || name.count > 100 {
            errors.append(.init(fieldID: "name", message: "Enter your name, up to 100 characters"))
        }
        if let problem = request.application.passwordProblem(password, email: link.email, name: name) {
            errors.append(.init(fieldID: "password", message: problem))
        }
        guard errors.isEmpty else {
            return HTMLResponse.page(
                LinkPages.invitation(
                    .init(
                        email: link.email, organisation: organisation.name, role: link.role ?? "viewer",
                        action: request.url.path, name: name, errors: errors, isDemo: request.isDemo)),
                for: request, status: .unprocessableEntity)
        }
        let hash = try await request.passwordHasher.hash(password)
        let user = try await UserAccounts(database: request.db, now: request.application.now).create(
            email: link.email, displayName: name, passwordHash: hash,
            membership: (organisation.id!, MemberRole(rawValue: link.role ?? "") ?? .viewer), consuming: link,
            audit: { entry, transaction, actor in try await request.audit(entry, on: transaction, actor: actor) })
        let service = SignInService(request: request)
        let token = try await service.startSession(for: user, secondFactorDone: false)
        let response = request.redirect(to: AccountURL.setUpTwoFactor.path, redirectType: .normal)
        service.setCookie(token, on: response)
        return response
    }

    /// Adds the invited organisation to an existing account, which must be the one signed in.
    private func join(
        _ existing: UserEntity, link: AccountLinkEntity, organisation: OrganisationEntity, request: Request
    ) async throws -> Response {
        guard let user = request.identity.user, user.userID == existing.id else {
            throw CarepathError.signInRequired(returnTo: request.url.path)
        }
        let organisationID = try organisation.requireID()
        let role = MemberRole(rawValue: link.role ?? "") ?? .viewer
        let now = request.application.now
        try await request.db.transaction { transaction in
            guard try await AccountStore(database: transaction).claimLink(link.requireID(), at: now) else {
                throw CarepathError.recordNotFound(kind: "invitation", id: "given")
            }
            let already = try await MembershipEntity.query(on: transaction).filter(\.$userID == user.userID)
                .filter(\.$organisationID == organisationID).filter(\.$workplaceID == nil).count()
            if already == 0 {
                try await UserAccounts(database: transaction, now: now).addMembership(
                    userID: user.userID, organisationID: organisationID, role: role, on: transaction)
            }
            try await request.audit(
                .init(
                    action: .invitationAccepted, subjectKind: "user", subjectID: user.userID.uuidString,
                    organisationID: organisationID, reason: role.rawValue), on: transaction)
        }
        return request.redirect(to: SiteURL.account.path, redirectType: .normal)
    }

    private func invitation(_ request: Request) async throws -> (AccountLinkEntity, OrganisationEntity) {
        let token = request.parameters.get(AccountURL.Segment.secret) ?? ""
        guard
            let link = try await AccountLinks.find(
                .invitation, token: token, now: request.application.now, on: request.db),
            let organisationID = link.organisationID,
            let organisation = try await OrganisationEntity.find(organisationID, on: request.db)
        else { throw CarepathError.recordNotFound(kind: "invitation", id: "given") }
        // An invitation is only as good as its sender's right to invite: one from someone since
        // removed, or demoted, no longer works.
        if let inviterID = link.createdBy {
            let inviter = try await AccountStore(database: request.db).principal(for: inviterID)
            let facts = try await request.access.facts(organisationID: organisationID)
            guard case .success = AccessPolicy.decide(inviter, .manageMembers, facts, now: request.application.now)
            else { throw CarepathError.recordNotFound(kind: "invitation", id: "given") }
        }
        return (link, organisation)
    }
}
