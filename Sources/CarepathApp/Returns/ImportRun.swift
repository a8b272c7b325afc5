import ASCWDS
import CarepathCore
import Fluent
import Foundation

/// One import in progress, inside its transaction: validates each row and writes what it changes.
struct ImportRun {
    let importer: ReturnImporter
    let database: any Database
    let stored: StoredAccount
    let options: ImportOptions
    let postcodes: PostcodeDirectory
    var validator: UploadValidator
    var changes = ReturnChanges()
    var returnID = UUID()
    var organisationID = UUID()
    /// Workplace ids by reference key: stored ones and those this return creates.
    var workplaceIDs: [String: UUID] = [:]
    /// Workplaces the Workplace file lists with a STATUS other than DELETE.
    var keptWorkplaces: Set<String> = []
    var deletedWorkplaces: Set<String> = []
    /// Stored workers the Staff file mentions.
    var seenStaff: Set<StaffKey> = []
    /// Staff ids by the reference they have after this return, for their training rows.
    var trainingTargets: [StaffKey: (staffID: UUID, hadTraining: Bool)] = [:]
    var trainingReplaced: Set<UUID> = []
    var districts: [String: (cassr: String, region: String)] = [:]
    var pending = PendingInserts()

    init(
        importer: ReturnImporter, database: any Database, stored: StoredAccount, options: ImportOptions,
        postcodes: PostcodeDirectory
    ) {
        self.importer = importer
        self.database = database
        self.stored = stored
        self.options = options
        self.postcodes = postcodes
        let context = stored.context(primaryReference: options.primaryReference)
        validator = UploadValidator(
            context: ValidationContext(codes: importer.codes, today: options.asOf), account: context,
            postcodeIsKnown: { postcodes.isKnown($0) })
    }

    /// Creates the organisation (on first use) and the return.
    mutating func begin() async throws {
        returnID = importer.newID()
        if let organisation = stored.organisation {
            organisationID = organisation.id!
        } else {
            organisationID = importer.newID()
            try await OrganisationEntity(
                id: organisationID, reference: options.organisationReference, name: options.organisationReference,
                createdAt: importer.now()
            ).create(on: database)
        }
        for (key, workplace) in stored.workplaces { workplaceIDs[key] = workplace.id! }
        for district in try await DistrictRecord.query(on: database).all() {
            districts[district.id!] = (district.cassrCode, district.regionCode)
        }
        let entity = ReturnEntity()
        entity.id = returnID
        entity.organisationID = organisationID
        entity.status = "completed"
        entity.asOf = options.asOf.description
        entity.source = options.source
        entity.createdAt = importer.now()
        entity.workplaceRows = 0
        entity.staffRows = 0
        entity.trainingRows = 0
        entity.errorCount = 0
        entity.warningCount = 0
        entity.changes = "{}"
        try await entity.create(on: database)
    }

    /// Ends the return: rolls everything back on errors, a dry run or unconfirmed removals;
    /// otherwise records the findings and the changes.
    mutating func finish() async throws -> ImportResult {
        let report = validator.finish()
        try await pending.flush(on: database)
        try await applyRemovals()
        var result = ImportResult(report: report, changes: changes, returnID: nil)
        if report.outcome == .failed { throw ImportStop.invalid(result) }
        if changes.implicitRemovals > 0 && !options.confirmRemovals { throw ImportStop.removalsNotConfirmed(result) }
        if options.dryRun { throw ImportStop.dryRun(result) }
        try await storeFindings(report.findings)
        guard let entity = try await ReturnEntity.find(returnID, on: database) else {
            preconditionFailure("the return was created in this transaction")
        }
        entity.workplaceRows = report.rowCounts[.workplace] ?? 0
        entity.staffRows = report.rowCounts[.staff] ?? 0
        entity.trainingRows = report.rowCounts[.training] ?? 0
        entity.errorCount = report.findings.filter { $0.severity == .error }.count
        entity.warningCount = report.findings.filter { $0.severity == .warning }.count
        entity.changes = try RecordJSON.encode(changes)
        entity.completedAt = importer.now()
        try await entity.save(on: database)
        try await MetricFactsWriter(database: database, codes: importer.codes, newID: importer.newID).record(
            returnID: returnID, asOf: options.asOf, organisationID: organisationID)
        try await AuditLog.record(
            .init(
                action: .returnImported, subjectKind: "return", subjectID: returnID.uuidString,
                organisationID: organisationID,
                reason: "\(options.asOf): \(changes.staffCreated) staff created, \(changes.staffUpdated) updated"),
            actorID: options.actor?.id, actor: options.actor?.email ?? options.source, ip: nil, at: importer.now(),
            on: database)
        result.returnID = returnID
        return result
    }

    /// Writes the rows queued so far; called between chunks of a file.
    mutating func flush() async throws {
        guard !validator.hasErrors else {
            pending = PendingInserts()
            return
        }
        try await pending.flush(on: database)
    }

    private func storeFindings(_ findings: [Finding]) async throws {
        let entities = findings.map { finding in
            let entity = ReturnFindingEntity()
            entity.id = importer.newID()
            entity.returnID = returnID
            entity.file = finding.file.rawValue
            entity.line = finding.line
            entity.localEstablishmentID = finding.localEstablishmentID
            entity.uniqueWorkerID = finding.uniqueWorkerID
            entity.column = finding.column
            entity.severity = finding.severity.rawValue
            entity.code = finding.code
            entity.rule = finding.rule
            entity.value = finding.value
            entity.message = finding.message
            return entity
        }
        for start in stride(from: 0, to: entities.count, by: 500) {
            try await Array(entities[start..<min(start + 500, entities.count)]).create(on: database)
        }
    }
}
