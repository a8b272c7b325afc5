import Fluent
import Foundation
import Identity
import Vapor

extension ProviderAdminController {
    /// `GET /providers/{reference}/people`.
    func people(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageMembers)
        return try await peoplePage(request, organisation, invited: nil, errors: [])
    }

    /// `POST /providers/{reference}/people`: invites someone by email.
    func invite(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageMembers)
        let form = try request.content.decode(InviteForm.self)
        let email = AccountStore.normalise(form.email ?? "")
        var errors: [Components.FieldError] = []
        if !Self.looksLikeEmail(email) {
            errors.append(.init(fieldID: "email", message: "Enter an email address like name@example.org"))
        }
        guard let role = form.role.flatMap(MemberRole.init(rawValue:)) else {
            throw CarepathError.invalidInput([.init(field: "role", message: "choose admin, editor or viewer")])
        }
        guard errors.isEmpty, let user = request.identity.user else {
            return try await peoplePage(
                request, organisation, invited: nil, errors: errors, status: .unprocessableEntity)
        }
        _ = try await Invitations.send(
            to: email, organisation: organisation, role: role, invitedBy: (user.userID, user.email),
            app: request.application, on: request.db)
        return try await peoplePage(request, organisation, invited: email, errors: [])
    }

    /// `POST /providers/{reference}/people/{member}/remove`: never the organisation's last admin.
    func removeMember(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageMembers)
        let raw = request.parameters.get(AccountURL.Segment.member) ?? ""
        let organisationID = try organisation.requireID()
        guard let id = UUID(uuidString: raw),
            let membership = try await MembershipEntity.query(on: request.db).filter(\.$id == id)
                .filter(\.$organisationID == organisationID).first()
        else { throw CarepathError.recordNotFound(kind: "member", id: raw) }
        try await request.db.transaction { transaction in
            try await membership.delete(on: transaction)
            // Counted after the delete, in the same transaction, so two admins removing each other
            // at once cannot leave the organisation with none.
            let admins = try await MembershipEntity.query(on: transaction).filter(\.$organisationID == organisationID)
                .filter(\.$role == MemberRole.admin.rawValue).filter(\.$workplaceID == nil).count()
            guard admins > 0 else {
                throw CarepathError.forbidden(reason: "An organisation must keep at least one admin.")
            }
            try await request.audit(
                .init(
                    action: .memberRemoved, subjectKind: "user", subjectID: membership.userID.uuidString,
                    organisationID: organisationID), on: transaction)
        }
        return request.redirect(to: AccountURL.providerPeople(organisation.reference).path, redirectType: .normal)
    }

    /// `POST /providers/{reference}/people/invitations/{invitation}/cancel`.
    func cancelInvitation(_ request: Request) async throws -> Response {
        let organisation = try await request.access.provider(reference(request), for: .manageMembers)
        let raw = request.parameters.get(AccountURL.Segment.invitation) ?? ""
        let organisationID = try organisation.requireID()
        guard let id = UUID(uuidString: raw),
            let link = try await AccountLinkEntity.query(on: request.db).filter(\.$id == id)
                .filter(\.$kind == AccountLinkKind.invitation.rawValue).filter(\.$organisationID == organisationID)
                .first()
        else { throw CarepathError.recordNotFound(kind: "invitation", id: raw) }
        try await request.db.transaction { transaction in
            // Cancelling uses the link up, so it can never be accepted.
            if try await AccountStore(database: transaction).claimLink(id, at: request.application.now) {
                try await request.audit(
                    .init(
                        action: .invitationCancelled, subjectKind: "invitation", subjectID: link.email,
                        organisationID: organisationID), on: transaction)
            }
        }
        return request.redirect(to: AccountURL.providerPeople(organisation.reference).path, redirectType: .normal)
    }

    private func peoplePage(
        _ request: Request, _ organisation: OrganisationEntity, invited: String?, errors: [Components.FieldError],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let repository = SharingRepository(database: request.db)
        let model = ProviderPeoplePage.Model(
            reference: organisation.reference, name: organisation.name,
            members: try await repository.members(of: organisation.requireID()),
            pending: try await repository.pendingInvitations(
                of: organisation.requireID(), now: request.application.now), invited: invited,
            errors: errors, isDemo: request.isDemo)
        return HTMLResponse.page(ProviderPeoplePage.render(model), for: request, status: status)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace })
    }
}
