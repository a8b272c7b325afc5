import Fluent
import Foundation
import Passport
import SQLKit
import Vapor

/// What an employer does with the passport, for the signed-in person making `request`: each action
/// is one transaction with its audit entry.
struct PassportEmployerIssuing {
    var request: Request

    private var settings: PassportSettings { request.application.passportSettings }
    private var now: Date { request.application.now }
    private var actor: String { request.identity.user?.email ?? "anonymous" }

    /// The outcome of a form: what was done, or the fields' problems.
    enum FormOutcome {
        case done(String)
        case problems([Components.FieldError])
    }

    /// Issues credentials for every current training record that has none yet, of one linked worker
    /// (`staffID`) or of all of them, and says what it did.
    func issue(for organisation: OrganisationEntity, staffID: UUID? = nil) async throws -> String {
        let organisationID = try organisation.requireID()
        let issuers = PassportIssuers(database: request.db, settings: settings, now: now)
        let issuer = try await issuers.issuer(for: organisation)
        let records = try await PassportEmployerRecords(database: request.db)
            .trainingOfLinkedWorkers(organisationID: organisationID, staffID: staffID)
        // Only the three columns that identify a live credential, not the tokens.
        let live = try await request.db.sql.select()
            .columns("subject_did", "achievement_code", "completed_on").from(PassportCredentialEntity.schema)
            .where("issuer_id", .equal, issuer.requireID()).where("revoked_at", .is, SQLLiteral.null).all()
        let plan = TrainingIssuePlan(
            records: records, catalogue: request.application.trainingCatalogue,
            issuer: try PassportTrust.Issuer(entity: issuer, keys: []).trusted(),
            existing: Set(
                try live.map {
                    TrainingIssuePlan.key(
                        subject: try $0.decode(column: "subject_did", as: String.self),
                        code: try $0.decode(column: "achievement_code", as: String.self),
                        completed: try $0.decode(column: "completed_on", as: String.self))
                }))
        guard !plan.requests.isEmpty else {
            return "No new credentials to issue: \(records.count) training records of linked workers, "
                + "\(plan.alreadyIssued) already issued"
        }
        let issued = try await request.db.transaction { transaction in
            let rows = try await PassportIssuance(
                database: transaction, settings: settings, catalogue: request.application.trainingCatalogue, now: now
            ).issue(plan.requests, by: issuer, issuedBy: actor)
            try await request.audit(
                .init(
                    action: .credentialsIssued, subjectKind: "organisation", subjectID: organisation.reference,
                    organisationID: organisationID, reason: "\(rows.count) credentials"), on: transaction)
            return rows.count
        }
        let skipped = plan.notIssuable.values.reduce(0, +)
        return "\(issued) credentials issued"
            + (skipped > 0 ? "; \(skipped) training records cannot become credentials" : "")
    }

    /// Issues an attestation of a check the employer made, to a linked worker's passport.
    func attest(_ form: PassportCheckForm, organisation: OrganisationEntity) async throws -> FormOutcome {
        let organisationID = try organisation.requireID()
        var errors: [Components.FieldError] = []
        let link =
            try await form.staff.flatMap(UUID.init(uuidString:)).asyncMap { staffID in
                try await PassportStaffLinkEntity.query(on: request.db).filter(\.$staffID == staffID)
                    .filter(\.$organisationID == organisationID).first()
            } ?? nil
        if link == nil {
            errors.append(.init(fieldID: "staff", message: "Choose a worker who has claimed their passport"))
        }
        let parsed = form.parsed(today: Passport.CalendarDate.london(of: now))
        if case .failure(let problems) = parsed { errors += problems.errors }
        guard errors.isEmpty, let link, case .success(let (check, checkedOn)) = parsed,
            let wallet = try await PassportWalletEntity.find(link.walletID, on: request.db)
        else { return .problems(errors) }
        let issuer = try await PassportIssuers(database: request.db, settings: settings, now: now)
            .issuer(for: organisation)
        try await request.db.transaction { transaction in
            _ = try await PassportIssuance(
                database: transaction, settings: settings, catalogue: request.application.trainingCatalogue, now: now
            ).issue(
                [.init(subjectDID: wallet.did, check: check, checkedOn: checkedOn, staffID: link.staffID)],
                by: issuer, issuedBy: actor)
            try await request.audit(
                .init(
                    action: .credentialsIssued, subjectKind: "staff", subjectID: link.staffID.uuidString,
                    organisationID: organisationID, reason: check.code), on: transaction)
        }
        return .done("\(check.code) attestation issued")
    }

    /// The credential `raw` (an id from the path) that `organisation` issued; anyone else's is not found.
    func issuedCredential(_ raw: String, organisation: OrganisationEntity) async throws -> PassportCredentialEntity {
        let issuer = try await PassportIssuers(database: request.db, settings: settings, now: now)
            .existing(organisationID: organisation.requireID())
        guard let issuer, let id = UUID(uuidString: raw),
            let credential = try await PassportCredentialEntity.query(on: request.db).filter(\.$id == id)
                .filter(\.$issuerID == issuer.requireID()).first()
        else { throw CarepathError.recordNotFound(kind: "credential", id: raw) }
        return credential
    }

    /// Revokes one of the employer's credentials.
    func revoke(_ credential: PassportCredentialEntity, reason: String, organisationID: UUID) async throws -> Bool {
        try await request.db.transaction { transaction in
            let revoked = try await PassportIssuance(
                database: transaction, settings: settings, catalogue: request.application.trainingCatalogue, now: now
            ).revoke(credential, reason: reason)
            if revoked {
                try await request.audit(
                    .init(
                        action: .credentialRevoked, subjectKind: "credential", subjectID: credential.id?.uuidString,
                        organisationID: organisationID, reason: reason), on: transaction)
            }
            return revoked
        }
    }

    /// Rotates the employer's signing key and returns the new key's number.
    func rotateKey(for organisation: OrganisationEntity) async throws -> Int {
        let issuer = try await PassportIssuers(database: request.db, settings: settings, now: now)
            .issuer(for: organisation)
        return try await request.db.transaction { transaction in
            let signer = try await PassportKeyring(database: transaction, settings: settings, now: now).rotate(issuer)
            try await request.audit(
                .init(
                    action: .issuerKeyRotated, subjectKind: "issuer", subjectID: signer.keyID,
                    organisationID: organisation.id), on: transaction)
            return Int(signer.keyID.split(separator: "-").last ?? "") ?? 0
        }
    }

    /// Sends a passport invitation for one of the employer's current staff records.
    func invite(_ form: PassportInvitationForm, organisation: OrganisationEntity) async throws -> FormOutcome {
        let email = AccountStore.normalise(form.email ?? "")
        var errors: [Components.FieldError] = []
        let repository = StaffRecordsRepository(database: request.db)
        let workplace = try await repository.workplace(
            organisationID: organisation.requireID(), reference: form.workplace ?? "")
        if workplace == nil {
            errors.append(.init(fieldID: "workplace", message: "Enter the workplace ID of one of your workplaces"))
        }
        let staff =
            try await workplace.asyncMap { found in
                try await StaffEntity.query(on: request.db).filter(\.$workplaceID == found.id)
                    .filter(\.$reference == (form.worker ?? "")).filter(\.$removedReturnID == nil).first()
            } ?? nil
        if workplace != nil, staff == nil {
            errors.append(
                .init(fieldID: "worker", message: "Enter the unique worker ID of a current staff record there"))
        }
        if !ProviderAdminController.looksLikeEmail(email) {
            errors.append(.init(fieldID: "email", message: "Enter an email address like name@example.org"))
        }
        guard errors.isEmpty, let staff, let user = request.identity.user else { return .problems(errors) }
        try await PassportInvitations.send(
            to: email, organisation: organisation, staff: staff, invitedBy: (user.userID, user.email),
            app: request.application, on: request.db, ip: request.remoteAddress?.ipAddress)
        return .done("Passport invitation sent to \(email)")
    }
}
