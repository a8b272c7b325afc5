import CarepathCore

/// The result of validating one Staff file row.
public struct StaffRowValidation: Sendable {
    /// Every finding of the row, in validation order; never reduced to one per code (10.2).
    public var findings: [Finding]
    /// The typed row, or `nil` when the row has any error.
    public var record: StaffRecord?
    /// The values that passed their own rules, even when other cells of the row failed. The rules
    /// across rows and files use them, as ASC-WDS runs those on every row; never store them.
    public var acceptedValues: StaffRecord?

    public init(findings: [Finding], record: StaffRecord?, acceptedValues: StaffRecord? = nil) {
        self.findings = findings
        self.record = record
        self.acceptedValues = acceptedValues ?? record
    }
}

/// What the caller knows about the stored worker a row refers to, for the `Admin` placeholder in
/// `NINUMBER` and `DOB` (spec 5.6).
public enum StoredStaffIdentity: Sendable, Hashable {
    /// Not looked up. `Admin` on a `NEW` row reads as blank (a new worker has nothing stored); on
    /// any other row it means "keep the stored value" and the checks that need the value are skipped.
    case notLookedUp
    /// No worker with this workplace and staff reference is stored: `Admin` reads as blank.
    case notStored
    /// The stored worker's values, which replace `Admin` before validation, as in ASC-WDS.
    case stored(nationalInsuranceNumber: String?, dateOfBirth: CalendarDate?)
}

/// Validates one Staff file row on its own (spec 5.2, 5.6–5.8) and types it as a ``StaffRecord``.
///
/// Checks in ASC-WDS's order: the references, `CHGUNIQUEWRKID`, `DISPLAYID` and `STATUS` always,
/// every other column only for `NEW`/`UPDATE` rows and rows whose STATUS is invalid. Rules that need
/// other rows, other files or stored records (spec 5.3–5.5, the STATUS preconditions, 3240) are not
/// checked here. Pure: "today" comes from the ``ValidationContext``.
public struct StaffRowValidator: Sendable {
    public let context: ValidationContext

    public init(context: ValidationContext) {
        self.context = context
    }

    /// Validates `row`, a row of a Staff file.
    public func validate(_ row: UploadRow, storedIdentity: StoredStaffIdentity = .notLookedUp) -> StaffRowValidation {
        var check = StaffRowCheck(row: row, context: context)
        if let finding = row.columnCountFinding() {
            // A short row would be read with blanks in place of its missing cells (10.16, 10.17).
            guard finding.severity != .error else { return StaffRowValidation(findings: [finding], record: nil) }
            check.findings.add(
                finding.severity, code: finding.code, rule: finding.rule, column: finding.column,
                value: finding.value, finding.message)
        }
        check.checkReferences()
        let status = check.checkStatus()
        if status?.validatesAllColumns ?? true {
            check.checkAllColumns(storedIdentity: storedIdentity)
        }
        let findings = check.findings.findings
        if let status { check.record.status = status }
        guard !check.findings.hasErrors, status != nil else {
            return StaffRowValidation(
                findings: findings, record: nil, acceptedValues: status == nil ? nil : check.record)
        }
        return StaffRowValidation(findings: findings, record: check.record)
    }
}

extension StaffRowCheck {
    /// The order ASC-WDS validates a NEW/UPDATE row in, which decides which finding comes first
    /// when the reduction of 10.2 keeps one per code.
    mutating func checkAllColumns(storedIdentity: StoredStaffIdentity) {
        checkEmploymentStatus()
        checkNationalInsuranceNumber(storedIdentity)
        checkHomePostcode()
        checkDateOfBirth(storedIdentity)
        checkGender()
        checkEthnicity()
        checkNationality()
        checkCitizenship()
        checkCountryOfBirth()
        checkYearOfEntry()
        checkHealthAndCareVisa()
        checkRecruitedFromOutsideUK()
        checkDisabled()
        checkCareCertificate()
        checkLevel2CareCertificate()
        checkRecruitmentSource()
        checkStartDate()
        checkStartedInSector()
        checkDelegatedHealthcareActivities()
        checkApprentice()
        checkZeroHoursContract()
        checkDaysSick()
        checkPayInterval()
        checkSalary()
        checkHourlyRate()
        checkMainJobRole()
        checkMainJobDescription()
        checkContractedHours()
        checkAverageHours()
        checkNursingCategory()
        checkQualifications()
        checkSocialCareQualification()
        checkOtherQualification()
        checkMentalHealthProfessional()
        checkPathwayCategory()
    }

    /// `LOCALESTID`, `UNIQUEWORKERID`, `CHGUNIQUEWRKID`, `TRANSFERSTAFFRECORD` and `DISPLAYID`.
    mutating func checkReferences() {
        checkReference("LOCALESTID", missing: .localIDMissing, tooLong: .localIDTooLong, what: "workplace reference")
        checkReference("UNIQUEWORKERID", missing: .workerIDMissing, tooLong: .workerIDTooLong, what: "staff reference")
        let newID = row["CHGUNIQUEWRKID"]
        if row.header.hasRenameColumn, !newID.isEmpty {
            if StaffCells.length(newID) > Self.maximumReferenceLength {
                report(
                    .newWorkerIDTooLong, "CHGUNIQUEWRKID",
                    "CHGUNIQUEWRKID \(quoted(newID)) is \(StaffCells.length(newID)) characters long; a new staff "
                        + "reference can have at most \(Self.maximumReferenceLength). Shorten it.")
            } else {
                record.newUniqueWorkerID = newID
            }
        }
        // Whether the destination exists is a cross-file rule (1400–1403), checked with the other files.
        let destination = row["TRANSFERSTAFFRECORD"]
        if row.header.hasTransferColumn, !destination.isEmpty { record.transferDestination = destination }
        checkReference("DISPLAYID", missing: .displayIDMissing, tooLong: .displayIDTooLong, what: "name or staff ID")
    }

    /// ASC-WDS rejects 50 characters or more although its message says "longer than 50" (10.4).
    static let maximumReferenceLength = 49

    private mutating func checkReference(_ column: String, missing: StaffRule, tooLong: StaffRule, what: String) {
        let text = row[column]
        if text.isEmpty {
            report(missing, column, "\(column) is blank. Every staff row needs its \(what); fill it in.")
        } else if StaffCells.length(text) > Self.maximumReferenceLength {
            report(
                tooLong, column,
                "\(column) \(quoted(text)) is \(StaffCells.length(text)) characters long; a \(what) can have at "
                    + "most \(Self.maximumReferenceLength). Shorten it.")
        }
    }

    /// `STATUS`, case-insensitive; the preconditions of spec 3.1 need stored records and are checked later.
    mutating func checkStatus() -> RecordStatus? {
        let text = row["STATUS"]
        if let status = RecordStatus(cell: text) { return status }
        let problem = text.isEmpty ? "STATUS is blank" : "STATUS \(quoted(text)) is not a STATUS"
        report(.statusInvalid, "STATUS", "\(problem). Use NEW, UPDATE, DELETE, UNCHECKED or NOCHANGE.")
        return nil
    }
}
