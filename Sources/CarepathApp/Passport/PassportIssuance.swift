import Fluent
import Foundation
import Passport

/// Signs credentials and writes them to the issuance log: all of a batch in one transaction, each with
/// a random status position.
struct PassportIssuance {
    var database: any Database
    var settings: PassportSettings
    var catalogue: TrainingCatalogueFile
    var now: Date

    /// One credential to issue.
    struct Request: Sendable {
        var subjectDID: String
        var achievementCode: String
        var completedOn: Passport.CalendarDate
        var expiry: TrainingCredential.Expiry = .catalogue
        var staffID: UUID?
        var trainingID: UUID?
    }

    /// Issues every request as `issuer`, or nothing: a request the catalogue, the trust list or the
    /// dates refuse stops the batch with a message naming it.
    func issue(
        _ requests: [Request], by issuer: PassportIssuerEntity, issuedBy: String
    ) async throws -> [PassportCredentialEntity] {
        let allowed = PassportTrust.Issuer(entity: issuer, keys: [])
        let trusted = try allowed.trusted()
        let prepared = try requests.enumerated().map { offset, request in
            guard let item = catalogue.item(request.achievementCode) else {
                throw CarepathError.invalidInput([
                    .init(
                        field: "achievement",
                        message: "item \(offset + 1): \(request.achievementCode) is not in the training catalogue")
                ])
            }
            guard trusted.mayIssue(item.code) else {
                throw CarepathError.forbidden(reason: "\(issuer.name) may not issue \(item.code) credentials")
            }
            return (request, item.achievement(baseURL: settings.baseURL))
        }
        return try await database.transaction { transaction in
            let signer = try await PassportKeyring(database: transaction, settings: settings, now: now)
                .signer(for: issuer)
            let positions = try await PassportStatusLists(database: transaction, now: now)
                .allocate(prepared.count, issuer: issuer, signer: signer)
            let profile = IssuerProfile(did: issuer.did, name: issuer.name)
            var rows: [PassportCredentialEntity] = []
            rows.reserveCapacity(prepared.count)
            for ((request, achievement), position) in zip(prepared, positions) {
                let credential = TrainingCredential(
                    id: UUID(), issuer: profile, subject: request.subjectDID, achievement: achievement,
                    completedOn: request.completedOn, awardedAt: now, expiry: request.expiry, status: position.entry)
                let row = PassportCredentialEntity()
                row.id = credential.id
                row.issuerID = try issuer.requireID()
                row.keyID = signer.keyID
                row.subjectDID = request.subjectDID
                row.staffID = request.staffID
                row.trainingID = request.trainingID
                row.achievementCode = achievement.code
                row.name = achievement.credentialName
                row.completedOn = request.completedOn.description
                row.validUntil = try credential.expiryDate()?.description
                row.token = try signer.sign(credential: try credential.json(), issuedAt: now)
                row.statusListID = position.listID
                row.statusIndex = position.entry.index
                row.issuedAt = now
                row.issuedBy = issuedBy
                rows.append(row)
            }
            // Chunks keep each INSERT under SQLite's limit on bound values.
            for start in stride(from: 0, to: rows.count, by: 1_000) {
                try await Array(rows[start..<min(start + 1_000, rows.count)]).create(on: transaction)
            }
            return rows
        }
    }

    /// Revokes a credential for good: the bit is set and the list re-signed in the same transaction.
    /// Returns false if it was already revoked. Two revocations racing both set the same bit, which is
    /// harmless.
    func revoke(_ credential: PassportCredentialEntity, reason: String) async throws -> Bool {
        try await database.transaction { transaction in
            let credentialID = try credential.requireID()
            let claimed = try await PassportCredentialEntity.query(on: transaction).filter(\.$id == credentialID)
                .filter(\.$revokedAt == nil).count()
            guard claimed == 1,
                let issuer = try await PassportIssuerEntity.find(credential.issuerID, on: transaction)
            else { return false }
            try await PassportCredentialEntity.query(on: transaction).filter(\.$id == credentialID)
                .set(\.$revokedAt, to: now).set(\.$revocationReason, to: reason).update()
            let signer = try await PassportKeyring(database: transaction, settings: settings, now: now)
                .signer(for: issuer)
            try await PassportStatusLists(database: transaction, now: now).setBit(
                listID: credential.statusListID, index: credential.statusIndex, issuer: issuer, signer: signer)
            return true
        }
    }
}
