import ASCWDS
import CarepathCore
import Fluent
import Foundation

extension ImportRun {
    /// Validates one Staff row and writes it when it has no error.
    mutating func staff(_ row: UploadRow) async throws {
        let outcome = validator.validateStaff(row)
        let key = StaffKey(workplace: row.localEstablishmentID, worker: row.uniqueWorkerID)
        if stored.staff[key] != nil { seenStaff.insert(key) }
        guard let record = outcome.record, !validator.hasErrors else { return }
        try await write(record, key: key)
    }

    private mutating func write(_ record: StaffRecord, key: StaffKey) async throws {
        guard let workplaceID = workplaceIDs[key.workplace] else { return }
        if record.status == .delete {
            guard let entity = stored.staff[key] else { return }
            entity.removedReturnID = returnID
            try await entity.save(on: database)
            changes.staffRemoved += 1
            return
        }
        let version = StaffVersionEntity()
        version.id = importer.newID()
        version.returnID = returnID
        version.asOf = options.asOf.description
        version.rowStatus = record.status.rawValue
        let entity: StaffEntity
        // The record as it will be stored, and its JSON.
        var kept = Self.withoutIdentity(record)
        let json: String
        switch record.status {
        case .new:
            entity = StaffEntity()
            entity.id = importer.newID()
            entity.workplaceID = workplaceID
            entity.reference = record.uniqueWorkerID
            entity.referenceKey = key.worker
            entity.firstReturnID = returnID
            json = try RecordJSON.encode(kept)
            changes.staffCreated += 1
        default:
            guard let existing = stored.staff[key], let previous = stored.staffVersions[existing.id!] else {
                throw ImportInconsistency("the validator only passes \(record.status.rawValue) rows for stored staff")
            }
            entity = existing
            if record.status == .update {
                let storedRecord = try RecordJSON.decode(StaffRecord.self, from: previous.record)
                kept = Self.withoutIdentity(storedRecord.updated(by: record))
                json = try RecordJSON.encode(kept)
                changes.staffUpdated += 1
                if let newReference = record.newUniqueWorkerID, !newReference.isEmpty {
                    entity.reference = newReference
                    entity.referenceKey = Cells.reference(newReference)
                    changes.staffRenamed += 1
                }
                if let destination = record.transferDestination.map(Cells.reference),
                    let target = workplaceIDs[destination]
                {
                    entity.workplaceID = target
                    changes.staffMoved += 1
                }
            } else {
                json = previous.record
                kept = try RecordJSON.decode(StaffRecord.self, from: json)
                changes.staffConfirmed += 1
            }
        }
        if let number = record.nationalInsuranceNumber {
            entity.personKey = PersonKey.key(forNationalInsuranceNumber: number, secret: importer.personKeySecret)
        }
        entity.currentVersionID = version.id
        if record.status == .new {
            pending.staff.append(entity)
        } else {
            try await entity.save(on: database)
        }
        version.staffID = entity.id!
        version.workplaceID = entity.workplaceID
        version.record = json
        // A row without a date of birth (blank, `Admin`, or UNCHECKED and NOCHANGE, which carry
        // none) keeps the stored year (spec 3.3, 5.6).
        let storedYear = record.status == .new ? nil : stored.staffVersions[entity.id!]?.yearOfBirth
        fill(version, from: kept, yearOfBirth: record.dateOfBirth?.year ?? storedYear)
        pending.staffVersions.append(version)
        if record.status == .new || record.status == .update {
            let finalWorker = record.newUniqueWorkerID.flatMap { $0.isEmpty ? nil : $0 } ?? record.uniqueWorkerID
            trainingTargets[StaffKey(workplace: key.workplace, worker: finalWorker)] = (
                entity.id!, record.status == .update
            )
        }
    }

    /// The record as stored: never the NI number, and the date of birth only as its year (a column).
    /// Whether the row said `Admin` is how it arrived, not what it holds, so it is not kept either.
    static func withoutIdentity(_ record: StaffRecord) -> StaffRecord {
        var record = record
        record.nationalInsuranceNumber = nil
        record.dateOfBirth = nil
        record.keepsStoredNationalInsuranceNumber = false
        record.keepsStoredDateOfBirth = false
        return record
    }

    private func fill(_ version: StaffVersionEntity, from record: StaffRecord, yearOfBirth: Int?) {
        version.mainJobRole = record.mainJobRole
        version.employmentStatus = record.employmentStatus
        version.zeroHours = record.zeroHoursContract
        version.contractedHalves = record.contractedHours?.known?.halves
        version.averageHalves = record.averageHours?.known?.halves
        version.payInterval = record.payInterval?.rawValue
        version.annualSalary = record.annualSalaryPounds
        version.hourlyRatePence = record.hourlyRatePence
        version.daysSickHalves = record.daysSick?.known?.halves
        version.yearOfBirth = yearOfBirth
        version.gender = record.gender
        version.ethnicity = record.ethnicity
        version.nationality = record.nationality
        version.startDate = record.startDate?.description
    }
}
