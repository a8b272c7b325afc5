import ASCWDS
import CarepathCore
import Fluent
import Foundation

/// An organisation's current workplaces and staff, as the validator and the importer need them.
struct StoredAccount {
    var organisation: OrganisationEntity?
    /// Current (not removed) workplaces by reference key.
    var workplaces: [String: WorkplaceEntity] = [:]
    var workplaceVersions: [UUID: WorkplaceVersionEntity] = [:]
    /// Current staff by workplace and staff reference keys.
    var staff: [StaffKey: StaffEntity] = [:]
    var staffVersions: [UUID: StaffVersionEntity] = [:]

    /// Loads what `organisationReference` holds now; an unknown organisation holds nothing.
    static func load(organisationReference: String, on database: any Database) async throws -> StoredAccount {
        guard
            let organisation = try await OrganisationEntity.query(on: database)
                .filter(\.$reference == organisationReference).first()
        else { return StoredAccount() }
        var account = StoredAccount(organisation: organisation)
        let workplaces = try await WorkplaceEntity.query(on: database)
            .filter(\.$organisationID == organisation.id!).filter(\.$removedReturnID == nil).all()
        let workplaceKeys = Dictionary(uniqueKeysWithValues: workplaces.map { ($0.id!, $0.referenceKey) })
        for workplace in workplaces { account.workplaces[workplace.referenceKey] = workplace }
        let versionIDs = workplaces.compactMap(\.currentVersionID)
        if !versionIDs.isEmpty {
            for version in try await WorkplaceVersionEntity.query(on: database).filter(\.$id ~~ versionIDs).all() {
                account.workplaceVersions[version.workplaceID] = version
            }
        }
        guard !workplaces.isEmpty else { return account }
        let staff = try await StaffEntity.query(on: database)
            .filter(\.$workplaceID ~~ workplaces.map { $0.id! }).filter(\.$removedReturnID == nil).all()
        for worker in staff {
            guard let workplaceKey = workplaceKeys[worker.workplaceID] else { continue }
            account.staff[StaffKey(workplace: workplaceKey, worker: worker.referenceKey)] = worker
        }
        let staffVersionIDs = staff.compactMap(\.currentVersionID)
        for batch in stride(from: 0, to: staffVersionIDs.count, by: 1000) {
            let ids = Array(staffVersionIDs[batch..<min(batch + 1000, staffVersionIDs.count)])
            for version in try await StaffVersionEntity.query(on: database).filter(\.$id ~~ ids).all() {
                account.staffVersions[version.staffID] = version
            }
        }
        return account
    }

    /// The validator's view of this state.
    func context(primaryReference: String?) -> AccountContext {
        var context = AccountContext()
        for (key, workplace) in workplaces {
            let version = workplaceVersions[workplace.id!]
            let record = version.flatMap { try? RecordJSON.decode(WorkplaceRecord.self, from: $0.record) }
            context.workplaces[key] = .init(
                reference: workplace.reference, name: version?.name ?? workplace.reference, isDataOwned: true,
                locationID: record?.locationID, isRegulated: version?.cqcRegulated)
            if workplace.isPrimary { context.primaryWorkplaceKey = key }
        }
        for (key, worker) in staff {
            let version = staffVersions[worker.id!]
            // The days-sick column holds known values only; a stored "don't know" is not compared (3240).
            context.staff[key] = .init(
                mainJobRole: version?.mainJobRole,
                daysSick: version?.daysSickHalves.map { .known(HalfSteps(halves: $0)) },
                savedOn: version.flatMap { CalendarDate(iso: $0.asOf) })
        }
        if workplaces.count > 1 { context.isParent = true }
        if context.primaryWorkplaceKey == nil, let primaryReference {
            context.primaryWorkplaceKey = Cells.reference(primaryReference)
        }
        return context
    }
}

/// Records are kept as JSON with sorted keys, so the same record always gives the same text.
enum RecordJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// `update` laid over `stored`: a key `update` leaves out (a blank cell) keeps the stored value
    /// (spec 3.3).
    static func overlay(_ update: String, on stored: String) throws -> String {
        guard var base = try JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any],
            let changes = try JSONSerialization.jsonObject(with: Data(update.utf8)) as? [String: Any]
        else { return update }
        for (key, value) in changes { base[key] = value }
        let data = try JSONSerialization.data(withJSONObject: base, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
