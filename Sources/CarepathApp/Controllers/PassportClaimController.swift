import Fluent
import Foundation
import Identity
import Vapor

/// Claiming a passport from an employer's invitation: a new person sets a password; someone with an
/// account signs in as the invited address. Either way the wallet, the link to the staff record and
/// the used-up invitation are one transaction.
struct PassportClaimController: Sendable {
    /// `GET /passport/claim/{secret}`.
    func form(_ request: Request) async throws -> Response {
        let claim = try await find(request)
        var model = claim.page(request)
        if try await AccountStore(database: request.db).user(email: claim.link.email) != nil {
            model.existingAccount = request.identity.user?.email == claim.link.email ? .signedIn : .signedOut
        }
        return HTMLResponse.page(LinkPages.invitation(model), for: request)
    }

    /// `POST /passport/claim/{secret}`.
    func claim(_ request: Request) async throws -> Response {
        let claim = try await find(request)
        let settings = request.application.passportSettings
        let now = request.application.now
        if let existing = try await AccountStore(database: request.db).user(email: claim.link.email) {
            guard let user = request.identity.user, user.userID == existing.id else {
                throw CarepathError.signInRequired(returnTo: request.url.path)
            }
            try await request.db.transaction { transaction in
                guard try await AccountStore(database: transaction).claimLink(claim.link.requireID(), at: now) else {
                    throw CarepathError.recordNotFound(kind: "passport invitation", id: "given")
                }
                try await claim.bind(userID: user.userID, settings: settings, now: now, on: transaction)
                try await request.audit(claim.auditEntry, on: transaction)
            }
            return request.redirect(to: PassportURL.wallet.path, redirectType: .normal)
        }
        let form = try request.content.decode(AccountController.InvitationForm.self)
        let name = form.name?.trimmingCharacters(in: .whitespaces) ?? ""
        let password = form.password ?? ""
        var errors: [Components.FieldError] = []
        if name.isEmpty || name.count > 100 {
            errors.append(.init(fieldID: "name", message: "Enter your name, up to 100 characters"))
        }
        if let problem = request.application.passwordProblem(password, email: claim.link.email, name: name) {
            errors.append(.init(fieldID: "password", message: problem))
        }
        guard errors.isEmpty else {
            var model = claim.page(request)
            model.name = name
            model.errors = errors
            return HTMLResponse.page(LinkPages.invitation(model), for: request, status: .unprocessableEntity)
        }
        let hash = try await request.passwordHasher.hash(password)
        let user = try await UserAccounts(database: request.db, now: now).create(
            email: claim.link.email, displayName: name, passwordHash: hash, membership: nil, consuming: claim.link,
            audit: { entry, transaction, actor in
                try await request.audit(entry, on: transaction, actor: actor)
                try await request.audit(claim.auditEntry, on: transaction, actor: actor)
            },
            alsoInTransaction: { user, transaction in
                try await claim.bind(userID: user.requireID(), settings: settings, now: now, on: transaction)
            })
        let service = SignInService(request: request)
        let token = try await service.startSession(for: user, secondFactorDone: false)
        let response = request.redirect(to: PassportURL.wallet.path, redirectType: .normal)
        service.setCookie(token, on: response)
        return response
    }

    /// A live passport invitation with the staff record and employer it names.
    struct Claim: Sendable {
        var link: AccountLinkEntity
        var organisation: OrganisationEntity
        var staff: StaffEntity

        func page(_ request: Request) -> LinkPages.Invitation {
            LinkPages.Invitation(
                email: link.email, organisation: organisation.name, role: "", action: request.url.path,
                isDemo: request.isDemo, passportWorker: staff.reference)
        }

        var auditEntry: AuditEntry {
            AuditEntry(
                action: .passportClaimed, subjectKind: "staff", subjectID: staff.reference,
                organisationID: organisation.id)
        }

        func bind(userID: UUID, settings: PassportSettings, now: Date, on database: any Database) async throws {
            let wallets = PassportWallets(database: database, settings: settings, now: now)
            let wallet = try await wallets.ensureWallet(userID: userID)
            try await wallets.link(wallet: wallet, staffID: staff.requireID(), organisationID: organisation.requireID())
        }
    }

    private func find(_ request: Request) async throws -> Claim {
        let token = request.parameters.get(AccountURL.Segment.secret) ?? ""
        guard
            let link = try await AccountLinks.find(
                .passportClaim, token: token, now: request.application.now, on: request.db),
            let organisationID = link.organisationID, let staffID = link.staffID,
            let organisation = try await OrganisationEntity.find(organisationID, on: request.db),
            let staff = try await StaffEntity.find(staffID, on: request.db), staff.removedReturnID == nil
        else { throw CarepathError.recordNotFound(kind: "passport invitation", id: "given") }
        // Like a membership invitation, it is only as good as its sender's right to send it.
        if let inviterID = link.createdBy {
            let inviter = try await AccountStore(database: request.db).principal(for: inviterID)
            let facts = try await request.access.facts(organisationID: organisationID)
            guard case .success = AccessPolicy.decide(inviter, .editRecords, facts, now: request.application.now)
            else { throw CarepathError.recordNotFound(kind: "passport invitation", id: "given") }
        }
        return Claim(link: link, organisation: organisation, staff: staff)
    }
}
