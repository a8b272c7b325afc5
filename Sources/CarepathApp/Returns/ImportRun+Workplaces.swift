import ASCWDS
import CarepathCore
import Fluent
import Foundation

extension ImportRun {
    /// Validates one Workplace row; the records are written once the whole file is in.
    mutating func workplace(_ row: UploadRow) async throws {
        validator.validateWorkplace(row)
        let key = Cells.reference(row.localEstablishmentID)
        switch RecordStatus(cell: row["STATUS"]) {
        case .delete?: deletedWorkplaces.insert(key)
        case .some: keptWorkplaces.insert(key)
        case nil: break
        }
    }

    /// Runs the account rules and writes every workplace row that passed.
    mutating func finishWorkplaces() async throws {
        validator.finishWorkplaces()
        // With errors nothing will be stored, so validation carries on without writing.
        guard !validator.hasErrors else { return }
        let records = validator.workplaces.values.sorted { $0.reference < $1.reference }
        for record in records where record.status != .delete {
            try await write(record)
        }
    }

    private mutating func write(_ record: WorkplaceRecord) async throws {
        let key = record.referenceKey
        let version = WorkplaceVersionEntity()
        version.id = importer.newID()
        version.returnID = returnID
        version.asOf = options.asOf.description
        version.rowStatus = record.status.rawValue
        switch record.status {
        case .new:
            let entity = WorkplaceEntity()
            entity.id = importer.newID()
            entity.organisationID = organisationID
            entity.reference = record.reference
            entity.referenceKey = key
            entity.isPrimary = key == validator.primaryWorkplaceKey
            entity.firstReturnID = returnID
            entity.currentVersionID = version.id
            try await entity.create(on: database)
            workplaceIDs[key] = entity.id
            version.workplaceID = entity.id!
            fill(version, from: record, json: try RecordJSON.encode(record))
            changes.workplacesCreated += 1
        case .update, .unchecked, .noChange:
            guard let entity = stored.workplaces[key], let previous = stored.workplaceVersions[entity.id!] else {
                throw ImportInconsistency(
                    "the validator only passes \(record.status.rawValue) rows for stored workplaces")
            }
            version.workplaceID = entity.id!
            if record.status == .update {
                let merged = try RecordJSON.overlay(try RecordJSON.encode(record), on: previous.record)
                fill(version, from: try RecordJSON.decode(WorkplaceRecord.self, from: merged), json: merged)
                changes.workplacesUpdated += 1
            } else {
                fill(
                    version, from: try RecordJSON.decode(WorkplaceRecord.self, from: previous.record),
                    json: previous.record)
                changes.workplacesConfirmed += 1
            }
            entity.currentVersionID = version.id
            try await entity.save(on: database)
        case .delete:
            return
        }
        try await version.create(on: database)
    }

    /// The typed columns of a version, from its record; the postcode is resolved to its areas.
    private func fill(_ version: WorkplaceVersionEntity, from record: WorkplaceRecord, json: String) {
        version.name = record.name
        version.record = json
        version.mainService = record.mainService
        version.cqcRegulated = record.cqcRegulated
        version.totalStaff = record.totalStaff
        if let postcode = record.postcode {
            version.postcode = postcode.normalised
            version.postcodeSector = postcode.sector.normalised
            if let district = postcodes.locations[postcode.normalised]?.districtCode {
                version.districtCode = district
                version.cassrCode = districts[district]?.cassr
                version.regionCode = districts[district]?.region
            }
        }
    }

    /// Explicit deletions, and the removals ASC-WDS's snapshot semantics imply: a parent's stored
    /// workplaces missing from the file, and stored staff of a listed workplace missing from the
    /// Staff file. Removed records are marked, never deleted.
    mutating func applyRemovals() async throws {
        for (key, workplace) in stored.workplaces {
            let explicit = deletedWorkplaces.contains(key)
            guard explicit || !keptWorkplaces.contains(key) else { continue }
            guard explicit || validator.account.isParent == true else { continue }
            workplace.removedReturnID = returnID
            try await workplace.save(on: database)
            if explicit { changes.workplacesRemoved += 1 } else { changes.workplacesRemovedImplicitly += 1 }
        }
        for (key, worker) in stored.staff where !seenStaff.contains(key) && worker.removedReturnID == nil {
            guard
                keptWorkplaces.contains(key.workplace) || deletedWorkplaces.contains(key.workplace)
                    || validator.account.isParent == true
            else { continue }
            worker.removedReturnID = returnID
            try await worker.save(on: database)
            changes.staffRemovedImplicitly += 1
        }
    }
}
