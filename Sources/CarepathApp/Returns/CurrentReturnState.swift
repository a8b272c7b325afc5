import ASCWDS
import Fluent
import Foundation

/// An organisation's current state as ASC-WDS records, in the order an export writes them: what
/// the latest return of each workplace left, with every worker under the reference and workplace
/// they have now.
struct CurrentReturnState {
    var workplaces: [WorkplaceRecord] = []
    var staff: [StaffRecord] = []
    var training: [TrainingRecord] = []

    /// Loads the current state of `organisationReference`, or of one of its workplaces.
    /// - Throws: ``CurrentReturnStateError`` for an unknown organisation or workplace.
    static func load(
        organisationReference: String, workplaceReference: String? = nil, on database: any Database
    ) async throws -> CurrentReturnState {
        let account = try await StoredAccount.load(organisationReference: organisationReference, on: database)
        guard account.organisation != nil else {
            throw CurrentReturnStateError.unknownOrganisation(organisationReference)
        }
        var workplaces = account.workplaces.values.sorted { $0.reference < $1.reference }
        if let workplaceReference {
            workplaces = workplaces.filter { $0.referenceKey == Cells.reference(workplaceReference) }
            guard !workplaces.isEmpty else {
                throw CurrentReturnStateError.unknownWorkplace(workplaceReference, organisation: organisationReference)
            }
        }
        var state = CurrentReturnState()
        for workplace in workplaces {
            guard let version = account.workplaceVersions[workplace.id!] else { continue }
            var record = try RecordJSON.decode(WorkplaceRecord.self, from: version.record)
            record.reference = workplace.reference
            state.workplaces.append(record)
        }
        let staff = try state.appendStaff(of: workplaces, from: account)
        try await state.appendTraining(of: staff, on: database)
        return state
    }

    /// Each workplace's current workers, ordered by the line they came from, under the reference
    /// and workplace they have now (after any rename or transfer).
    private mutating func appendStaff(
        of workplaces: [WorkplaceEntity], from account: StoredAccount
    ) throws
        -> [(id: UUID, record: StaffRecord)]
    {
        var byWorkplace: [UUID: [(id: UUID, record: StaffRecord)]] = [:]
        for worker in account.staff.values {
            guard let version = account.staffVersions[worker.id!] else { continue }
            var record = try RecordJSON.decode(StaffRecord.self, from: version.record)
            record.uniqueWorkerID = worker.reference
            record.newUniqueWorkerID = nil
            record.transferDestination = nil
            byWorkplace[worker.workplaceID, default: []].append((worker.id!, record))
        }
        var ordered: [(id: UUID, record: StaffRecord)] = []
        for workplace in workplaces {
            let workers = (byWorkplace[workplace.id!] ?? []).sorted {
                ($0.record.line, $0.record.uniqueWorkerID) < ($1.record.line, $1.record.uniqueWorkerID)
            }
            for var worker in workers {
                worker.record.localEstablishmentID = workplace.reference
                ordered.append(worker)
            }
        }
        staff = ordered.map(\.record)
        return ordered
    }

    /// The training each worker has now (not replaced by a later return), worker by worker.
    private mutating func appendTraining(
        of staff: [(id: UUID, record: StaffRecord)], on database: any Database
    )
        async throws
    {
        // Training rows keep no line, so they are ordered by their stored text: the same records
        // always come out in the same order.
        var byWorker: [UUID: [(text: String, record: TrainingRecord)]] = [:]
        let ids = staff.map(\.id)
        for start in stride(from: 0, to: ids.count, by: 1000) {
            let batch = Array(ids[start..<min(start + 1000, ids.count)])
            for entity in try await TrainingEntity.query(on: database)
                .filter(\.$staffID ~~ batch).filter(\.$replacedReturnID == nil).all()
            {
                byWorker[entity.staffID, default: []].append(
                    (entity.record, try RecordJSON.decode(TrainingRecord.self, from: entity.record)))
            }
        }
        for (id, worker) in staff {
            for var (_, record) in (byWorker[id] ?? []).sorted(by: { $0.text < $1.text }) {
                record.workplaceReference = worker.localEstablishmentID
                record.workplaceKey = Cells.reference(worker.localEstablishmentID)
                record.workerReference = worker.uniqueWorkerID
                record.workerKey = Cells.reference(worker.uniqueWorkerID)
                training.append(record)
            }
        }
    }
}

/// Why an export could not start.
enum CurrentReturnStateError: Error, Equatable, CustomStringConvertible {
    case unknownOrganisation(String)
    case unknownWorkplace(String, organisation: String)

    var description: String {
        switch self {
        case .unknownOrganisation(let reference):
            return "there is no organisation \"\(reference)\"; `carepath orgs list` shows them"
        case .unknownWorkplace(let workplace, let organisation):
            return "organisation \"\(organisation)\" has no current workplace with LOCALESTID \"\(workplace)\""
        }
    }
}
