import Fluent
import Foundation
import Passport
import QRCode
import Vapor

/// The worker's shares (make, see, revoke) and what the organisation they share with sees.
struct PassportShareController: Sendable {
    /// `POST /passport/shares`: shares the ticked credentials (`share-<id>` fields) with one organisation.
    func create(_ request: Request) async throws -> Response {
        let (_, wallet) = try await PassportWalletController.wallet(request)
        let fields = try request.content.decode([String: String].self)
        let chosen = fields.keys.filter { $0.hasPrefix("share-") }.compactMap {
            UUID(uuidString: String($0.dropFirst(6)))
        }
        guard let organisationID = fields["organisation"].flatMap(UUID.init(uuidString:)) else {
            throw CarepathError.invalidInput([.init(field: "organisation", message: "choose an organisation")])
        }
        let (share, _) = try await shares(request).create(
            wallet: wallet, organisationID: organisationID, credentialIDs: chosen, days: Int(fields["days"] ?? "") ?? 0)
        return request.redirect(to: PassportURL.share(share.id!).path, redirectType: .normal)
    }

    /// `GET /passport/shares/{share}`: the link and QR code, what is shared, and who has looked.
    func show(_ request: Request) async throws -> Response {
        let (share, _) = try await ownShare(request)
        let service = shares(request)
        let link =
            request.application.carepathConfig.linkBase + PassportURL.shared(token: try service.token(of: share)).path
        let organisation = try await OrganisationEntity.find(share.organisationID, on: request.db)
        let ids = share.credentialIDs.split(separator: " ").compactMap { UUID(uuidString: String($0)) }
        let names = try await PassportCredentialEntity.query(on: request.db).filter(\.$id ~~ ids).all().map(\.name)
        let views = try await PassportShareViewEntity.query(on: request.db).filter(\.$shareID == share.requireID())
            .sort(\.$viewedAt, .descending).all()
        let model = PassportSharePage.Model(
            id: share.id!, organisation: organisation?.name ?? "Unknown organisation", link: link,
            qrSVG: try? QRCode.encode(link).svg(title: "QR code for the share link"), credentials: names.sorted(),
            expiresAt: share.expiresAt, isLive: share.isLive(at: request.application.now), revokedAt: share.revokedAt,
            views: views, isDemo: request.isDemo)
        return HTMLResponse.page(PassportSharePage.render(model), for: request)
    }

    /// `POST /passport/shares/{share}/revoke`: the link stops working at once.
    func revoke(_ request: Request) async throws -> Response {
        let (share, _) = try await ownShare(request)
        if share.revokedAt == nil {
            share.revokedAt = request.application.now
            try await share.save(on: request.db)
        }
        return request.redirect(to: PassportURL.share(share.id!).path, redirectType: .normal)
    }

    /// `GET /shared/{secret}`: for a member of the organisation shared with, a fresh presentation verified.
    func view(_ request: Request) async throws -> Response {
        let (share, organisation, token) = try await liveShare(request)
        guard let user = request.identity.user else { throw CarepathError.signInRequired(returnTo: request.url.path) }
        let (presentation, verified) = try await shares(request).present(
            share, to: organisation, viewer: (user.userID, user.email))
        let canAccept = (try? await request.access.provider(organisation.reference, for: .editRecords)) != nil
        let model = PassportSharedPage.Model(
            organisation: organisation.name, presentation: presentation, verified: verified,
            acceptAction: canAccept ? PassportURL.sharedAccept(token: token).path : nil, confirmation: nil,
            isDemo: request.isDemo)
        return HTMLResponse.page(PassportSharedPage.render(model), for: request)
    }

    /// `POST /shared/{secret}/accept`: adds the shared credentials that verify to a staff record.
    func accept(_ request: Request) async throws -> Response {
        let (share, organisation, _) = try await liveShare(request)
        let ids = share.credentialIDs.split(separator: " ").compactMap { UUID(uuidString: String($0)) }
        let tokens = try await PassportCredentialEntity.query(on: request.db).filter(\.$id ~~ ids).all().map(\.token)
        var form = try request.content.decode(PassportAcceptForm.self)
        form.provider = organisation.reference
        let outcome = try await PassportAcceptance(request: request).accept(tokens, form: form)
        let model = PassportSharedPage.Model(
            organisation: organisation.name, presentation: nil, verified: nil, acceptAction: nil,
            confirmation: outcome, isDemo: request.isDemo)
        return HTMLResponse.page(PassportSharedPage.render(model), for: request)
    }

    private func shares(_ request: Request) -> PassportShares {
        PassportShares(
            database: request.db, settings: request.application.passportSettings, now: request.application.now)
    }

    private func ownShare(_ request: Request) async throws -> (PassportShareEntity, PassportWalletEntity) {
        let (_, wallet) = try await PassportWalletController.wallet(request)
        let raw = request.parameters.get(PassportURL.Segment.share) ?? ""
        guard let id = UUID(uuidString: raw),
            let share = try await PassportShareEntity.query(on: request.db).filter(\.$id == id)
                .filter(\.$walletID == wallet.requireID()).first()
        else { throw CarepathError.recordNotFound(kind: "share", id: raw) }
        return (share, wallet)
    }

    /// A live share whose organisation the signed-in person belongs to. Anyone else, like a dead link,
    /// learns only that there is nothing here.
    private func liveShare(_ request: Request) async throws -> (PassportShareEntity, OrganisationEntity, String) {
        let token = request.parameters.get(AccountURL.Segment.secret) ?? ""
        guard let share = try await shares(request).share(token: token), share.isLive(at: request.application.now),
            let organisation = try await OrganisationEntity.find(share.organisationID, on: request.db)
        else { throw CarepathError.recordNotFound(kind: "share", id: "given") }
        guard let user = request.identity.user else { throw CarepathError.signInRequired(returnTo: request.url.path) }
        let member = try await MembershipEntity.query(on: request.db).filter(\.$userID == user.userID)
            .filter(\.$organisationID == share.organisationID).count()
        guard member > 0 else { throw CarepathError.recordNotFound(kind: "share", id: "given") }
        return (share, organisation, token)
    }
}
