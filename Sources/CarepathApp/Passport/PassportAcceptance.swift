import Fluent
import Foundation
import Identity
import Passport
import Vapor

/// An employer accepting verified credentials into its training records: only credentials that are
/// valid now, for one of its current staff records, each once.
struct PassportAcceptance {
    var request: Request

    /// The providers the signed-in person may add records to, by reference, with names; none when
    /// signed out.
    func employersForSignedInUser() async throws -> [(reference: String, name: String)] {
        guard request.identity.user != nil else { return [] }
        let editable = try await request.access.visibleProviders().filter { $0.value.contains(.editRecords) }
        guard !editable.isEmpty else { return [] }
        return try await OrganisationEntity.query(on: request.db).filter(\.$id ~~ Set(editable.keys))
            .sort(\.$name).all().map { ($0.reference, $0.name) }
    }

    /// Stores the acceptable credentials among `tokens` and says what happened.
    func accept(_ tokens: [String], form: PassportAcceptForm) async throws -> String {
        let organisation = try await request.access.provider(form.provider ?? "", for: .editRecords)
        let organisationID = try organisation.requireID()
        guard
            let workplace = try await StaffRecordsRepository(database: request.db).workplace(
                organisationID: organisationID, reference: form.workplace ?? ""),
            let staff = try await StaffEntity.query(on: request.db).filter(\.$workplaceID == workplace.id)
                .filter(\.$reference == (form.worker ?? "")).filter(\.$removedReturnID == nil).first()
        else {
            throw CarepathError.invalidInput([
                .init(
                    field: "worker",
                    message: "enter the workplace ID and unique worker ID of one of your current staff records")
            ])
        }
        let now = request.application.now
        let verdicts = try await PassportVerification(database: request.db, now: now).verify(credentials: tokens)
        let acceptable = zip(tokens, verdicts).filter { $0.1.isAcceptable }
        let actor = request.identity.user?.email ?? "anonymous"
        let added = try await request.db.transaction { transaction in
            var added = 0
            for (token, verdict) in acceptable {
                let details = verdict.details
                guard let credentialID = details.id, let issuer = details.issuer, let subject = details.subject,
                    let code = details.achievementCode, let from = details.validFrom
                else { continue }
                let already = try await PassportAcceptedCredentialEntity.query(on: transaction)
                    .filter(\.$organisationID == organisationID).filter(\.$credentialID == credentialID).count()
                guard already == 0 else { continue }
                let row = PassportAcceptedCredentialEntity()
                row.id = UUID()
                row.organisationID = organisationID
                row.staffID = try staff.requireID()
                row.credentialID = credentialID
                row.issuerDID = issuer
                row.issuerName = details.issuerName ?? issuer
                row.subjectDID = subject
                row.achievementCode = code
                row.name = details.name ?? code
                row.completedOn = Format.day(from)
                row.validUntil = details.validUntil.map(Format.day)
                row.token = token
                row.acceptedAt = now
                row.acceptedBy = actor
                try await row.create(on: transaction)
                added += 1
            }
            try await request.audit(
                .init(
                    action: .credentialsAccepted, subjectKind: "staff", subjectID: staff.reference,
                    organisationID: organisationID, reason: "\(added) credentials"), on: transaction)
            return added
        }
        let refused = tokens.count - acceptable.count
        return "\(added) credentials added to the training records of \(staff.reference)"
            + (refused > 0 ? "; \(refused) not valid, so not added" : "")
            + (acceptable.count > added ? "; \(acceptable.count - added) were already there" : "")
    }
}
