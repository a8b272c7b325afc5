import CarepathCore

/// Validates a whole upload, file by file, streaming: the Workplace file first, then Staff, then
/// Training. Each row goes through its file's row rules and then the rules across rows, files and
/// the organisation's stored state.
///
/// Memory grows with the number of workplaces and a few small facts per worker (references, NI
/// groups, dates of birth), never with the size of a row: typed staff and training records are
/// handed straight back to the caller.
public struct UploadValidator: Sendable {
    public let context: ValidationContext
    public let account: AccountContext
    /// Whether a workplace postcode is in Carepath's postcode table (spec 4.2, 1060).
    let postcodeIsKnown: @Sendable (Postcode) -> Bool

    var workplaceRules: WorkplaceFileRules
    var staffRules: StaffFileRules?
    var countRules = WorkplaceStaffCountRules()
    var staffFacts = StaffCrossRowFacts()
    /// Date of birth by the reference each worker has after this upload, for training rule 1080.
    var trainingDatesOfBirth: [StaffKey: CalendarDate?] = [:]
    var trainingRules: TrainingCrossFileRules?
    /// The records to store: surviving workplace rows that passed their row rules, by reference key.
    public private(set) var workplaces: [String: WorkplaceRecord] = [:]
    /// The accepted values of every surviving workplace row, errors or not, for the rules across files.
    var workplaceFacts: [String: WorkplaceRecord] = [:]
    private var workplaceOrder: [String] = []
    /// Every finding so far.
    public internal(set) var findings: [Finding] = []
    /// Data rows read, per file.
    public internal(set) var rowCounts: [UploadFileKind: Int] = [:]

    public init(
        context: ValidationContext, account: AccountContext, postcodeIsKnown: @escaping @Sendable (Postcode) -> Bool
    ) {
        self.context = context
        self.account = account
        self.postcodeIsKnown = postcodeIsKnown
        workplaceRules = WorkplaceFileRules(account: account)
    }

    /// Validates one Workplace row.
    public mutating func validateWorkplace(_ row: UploadRow) {
        rowCounts[.workplace, default: 0] += 1
        let validation = WorkplaceRowValidator(context: context).validate(creatingOnFirstReturn(row))
        var rowFindings = validation.findings + workplaceRules.check(row)
        let key = Cells.reference(row.localEstablishmentID)
        if var facts = validation.acceptedValues, workplaceRules.surviving[key]?.line == row.line {
            // A REGTYPE rejected only for not matching the main service still says what the provider
            // believes; ASC-WDS's registered-manager check (2301) reads it as written.
            if facts.cqcRegulated == nil, row["REGTYPE"] == "2" { facts.cqcRegulated = true }
            if let postcode = facts.postcode, !postcodeIsKnown(postcode) {
                // The row's own STATUS decides, not the NEW a first return reads it as.
                let status = RecordStatus(cell: row["STATUS"]) ?? facts.status
                rowFindings.append(unknownPostcode(row, postcode: postcode, status: status))
                facts.postcode = nil
                // ASC-WDS drops a NEW workplace whose postcode it cannot find, so its staff rows get 997.
                if status == .new { workplaceRules.drop(key) }
            }
            workplaceFacts[key] = facts
            workplaceOrder.append(key)
            if validation.record != nil, !rowFindings.contains(where: { $0.severity == .error }) {
                workplaces[key] = facts
            }
        }
        findings += rowFindings
    }

    /// The account-shape rules; call after the last Workplace row.
    public mutating func finishWorkplaces() {
        findings += workplaceRules.finish()
        staffRules = StaffFileRules(account: account, workplaces: workplaceRules.surviving)
    }

    /// The key of the organisation's primary workplace: the stored one, or on a first return the
    /// one named or the first row.
    public var primaryWorkplaceKey: String? { workplaceRules.primaryKey }

    /// Whether any error has been found so far: then nothing may be stored.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The findings and counts of the whole upload; call after the last file.
    public mutating func finish() -> UploadValidationReport {
        findings += staffRules?.finish() ?? []
        findings += staffFacts.findings()
        for key in workplaceOrder {
            guard let record = workplaceFacts[key], record.status == .new || record.status == .update,
                let line = workplaceRules.surviving[key]?.line
            else { continue }
            findings += countRules.check(countInput(record, line: line))
        }
        return UploadValidationReport(findings: FindingsReport.sorted(findings), rowCounts: rowCounts)
    }

    /// On an organisation's first return, an UPDATE, UNCHECKED or NOCHANGE row creates its record,
    /// so every column is validated and kept, as for NEW. That is how an ASC-WDS export (all rows
    /// UNCHECKED) comes into Carepath.
    func creatingOnFirstReturn(_ row: UploadRow) -> UploadRow {
        guard account.isFirstReturn, let status = RecordStatus(cell: row["STATUS"]),
            status == .update || status == .unchecked || status == .noChange
        else { return row }
        return row.replacing("STATUS", with: RecordStatus.new.rawValue)
    }

    private func unknownPostcode(_ row: UploadRow, postcode: Postcode, status: RecordStatus) -> Finding {
        var rowFindings = RowFindings(row: row)
        if status == .new {
            rowFindings.error(
                code: 1060, rule: "WP-POSTCODE-NOT-FOUND", column: "POSTCODE", value: row["POSTCODE"],
                "postcode \(postcode) is not an England postcode Carepath knows; check it, or ask us to add the workplace"
            )
        } else {
            rowFindings.warning(
                code: 1060, rule: "WP-POSTCODE-NOT-FOUND-KEPT", column: "POSTCODE", value: row["POSTCODE"],
                "postcode \(postcode) is not an England postcode Carepath knows, so the stored postcode is kept")
        }
        return rowFindings.findings[0]
    }

    private func countInput(_ record: WorkplaceRecord, line: Int) -> WorkplaceStaffCountRules.Workplace {
        let registeredManagerIndex = record.jobRoles?.firstIndex(of: 4)
        let rmVacancy =
            registeredManagerIndex.flatMap { record.vacancies?.count(forJobRoleAt: $0) }.map { $0 > 0 } ?? false
        return .init(
            line: line, reference: record.reference, totalStaff: record.totalStaff,
            starters: Self.total(record.starters), leavers: Self.total(record.leavers),
            vacancies: Self.total(record.vacancies),
            hasRegisteredManagerVacancy: rmVacancy,
            needsRegisteredManager: record.cqcRegulated == true && record.mainService != 72)
    }

    /// A measure's total, ignoring `999` ("don't know") items as spec 4.5 says.
    static func total(_ measure: WorkplaceRecord.JobRoleMeasure?) -> Int? {
        switch measure {
        case .none, .dontKnow?: return nil
        case .noneReported?: return 0
        case .counts(let counts)?: return counts.filter { $0 != 999 }.reduce(0, +)
        }
    }
}

/// The outcome of validating an upload.
public struct UploadValidationReport: Sendable, Hashable {
    /// ASC-WDS's overall states (spec 8.1).
    public enum Outcome: String, Sendable, Hashable, Codable {
        case passed = "PASSED"
        case warnings = "WARNINGS"
        case failed = "FAILED"
    }

    public var findings: [Finding]
    public var rowCounts: [UploadFileKind: Int]

    public var outcome: Outcome {
        if findings.contains(where: { $0.severity == .error }) { return .failed }
        return findings.contains { $0.severity == .warning } ? .warnings : .passed
    }

    /// Errors and warnings of one file.
    public func count(_ severity: Finding.Severity, in file: UploadFileKind) -> Int {
        findings.filter { $0.file == file && $0.severity == severity }.count
    }
}
