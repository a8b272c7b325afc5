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

    /// One credential to issue: a training completion from the catalogue, or a check attestation.
    struct Request: Sendable {
        enum Content: Sendable {
            case training(code: String, completedOn: Passport.CalendarDate, expiry: TrainingCredential.Expiry)
            case check(EmploymentCheck, checkedOn: Passport.CalendarDate)
        }

        var subjectDID: String
        var content: Content
        var staffID: UUID?
        var trainingID: UUID?

        /// A training completion; `expiry` defaults to the catalogue's refresh period.
        init(
            subjectDID: String, achievementCode: String, completedOn: Passport.CalendarDate,
            expiry: TrainingCredential.Expiry = .catalogue, staffID: UUID? = nil, trainingID: UUID? = nil
        ) {
            self.subjectDID = subjectDID
            content = .training(code: achievementCode, completedOn: completedOn, expiry: expiry)
            self.staffID = staffID
            self.trainingID = trainingID
        }

        /// A check the employer attests it made (DBS seen, right to work, occupational health).
        init(subjectDID: String, check: EmploymentCheck, checkedOn: Passport.CalendarDate, staffID: UUID?) {
            self.subjectDID = subjectDID
            content = .check(check, checkedOn: checkedOn)
            self.staffID = staffID
        }

        var code: String {
            switch content {
            case .training(let code, _, _): code
            case .check(let check, _): check.code
            }
        }
    }

    /// A request made ready to sign: its code and a builder of the unsigned credential.
    private struct Prepared: Sendable {
        var request: Request
        var code: String
        var build:
            @Sendable (UUID, IssuerProfile, StatusListEntry, Date) throws -> (credential: JSONObject, until: String?)
    }

    /// Issues every request as `issuer`, or nothing: a request the catalogue, the trust list or the
    /// dates refuse stops the batch with a message naming it.
    func issue(
        _ requests: [Request], by issuer: PassportIssuerEntity, issuedBy: String
    ) async throws -> [PassportCredentialEntity] {
        let trusted = try PassportTrust.Issuer(entity: issuer, keys: []).trusted()
        let prepared = try requests.enumerated().map { offset, request in
            let item = try prepare(request, position: offset + 1)
            guard trusted.mayIssue(item.code) else {
                throw CarepathError.forbidden(reason: "\(issuer.name) may not issue \(item.code) credentials")
            }
            return item
        }
        return try await database.transaction { transaction in
            let signer = try await PassportKeyring(database: transaction, settings: settings, now: now)
                .signer(for: issuer)
            let positions = try await PassportStatusLists(database: transaction, now: now)
                .allocate(prepared.count, issuer: issuer, signer: signer)
            let profile = IssuerProfile(did: issuer.did, name: issuer.name)
            var rows: [PassportCredentialEntity] = []
            rows.reserveCapacity(prepared.count)
            for (item, position) in zip(prepared, positions) {
                let id = UUID()
                let (credential, until) = try item.build(id, profile, position.entry, now)
                let row = PassportCredentialEntity()
                row.id = id
                row.issuerID = try issuer.requireID()
                row.keyID = signer.keyID
                row.subjectDID = item.request.subjectDID
                row.staffID = item.request.staffID
                row.trainingID = item.request.trainingID
                row.achievementCode = item.code
                row.name = credential["name"]?.stringValue ?? item.code
                row.completedOn = String(credential["validFrom"]?.stringValue?.prefix(10) ?? "")
                row.validUntil = until
                row.token = try signer.sign(credential: credential, issuedAt: now)
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

    private func prepare(_ request: Request, position: Int) throws -> Prepared {
        let baseURL = settings.baseURL
        switch request.content {
        case .training(let code, let completedOn, let expiry):
            guard let item = catalogue.item(code) else {
                throw CarepathError.invalidInput([
                    .init(field: "achievement", message: "item \(position): \(code) is not in the training catalogue")
                ])
            }
            let achievement = item.achievement(baseURL: baseURL)
            return Prepared(request: request, code: item.code) { id, issuer, status, now in
                let credential = TrainingCredential(
                    id: id, issuer: issuer, subject: request.subjectDID, achievement: achievement,
                    completedOn: completedOn, awardedAt: now, expiry: expiry, status: status)
                return (try credential.json(), try credential.expiryDate()?.description)
            }
        case .check(let check, let checkedOn):
            return Prepared(request: request, code: check.code) { id, issuer, status, now in
                let attestation = CheckAttestation(
                    id: id, issuer: issuer, subject: request.subjectDID, check: check, checkedOn: checkedOn,
                    awardedAt: now, status: status, baseURL: baseURL)
                return (try attestation.json(), nil)
            }
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
