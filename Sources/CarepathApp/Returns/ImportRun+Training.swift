import ASCWDS
import Fluent
import Foundation

extension ImportRun {
    /// Validates one Training row and writes it when it has no error. A NEW or UPDATE worker's
    /// first training row in a return replaces (marks, never deletes) all their stored training.
    mutating func training(_ row: UploadRow) async throws {
        let outcome = validator.validateTraining(row)
        guard let record = outcome.record, !validator.hasErrors else { return }
        // Training of UNCHECKED and NOCHANGE workers is ignored, as ASC-WDS does (spec 3.3).
        guard let target = trainingTargets[StaffKey(workplace: record.workplaceKey, worker: record.workerKey)] else {
            return
        }
        let staffID = target.staffID
        // A new worker has no stored training; an updated one has theirs replaced, once per return.
        if target.hadTraining, trainingReplaced.insert(staffID).inserted {
            try await TrainingEntity.query(on: database)
                .filter(\.$staffID == staffID).filter(\.$replacedReturnID == nil).filter(\.$returnID != returnID)
                .set(\.$replacedReturnID, to: returnID).update()
            changes.workersWithTrainingReplaced += 1
        }
        let entity = TrainingEntity()
        entity.id = importer.newID()
        entity.staffID = staffID
        entity.returnID = returnID
        entity.category = record.category
        entity.completed = record.completed?.description
        entity.expiry = record.expiry?.description
        entity.record = try RecordJSON.encode(record)
        pending.training.append(entity)
        changes.trainingRecordsAdded += 1
    }
}
