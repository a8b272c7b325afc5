/// The outcome of validating one Workplace file row.
public struct WorkplaceRowValidation: Sendable {
    /// Every finding of the row, in validation order. Carepath keeps them all; ASC-WDS's
    /// one-finding-per-code reduction is ``ASCWDSReduction``, for comparison tests only.
    public var findings: [Finding]
    /// The record to store, or `nil` when the row has any error.
    public var record: WorkplaceRecord?
    /// The values that passed their own rules, even when other cells of the row failed. The rules
    /// across rows and files use them, as ASC-WDS runs those on every row; never store them.
    public var acceptedValues: WorkplaceRecord?

    public init(findings: [Finding], record: WorkplaceRecord?, acceptedValues: WorkplaceRecord? = nil) {
        self.findings = findings
        self.record = record
        self.acceptedValues = acceptedValues ?? record
    }
}

/// Validates one Workplace file row on its own (spec 4.2 to 4.4).
///
/// `LOCALESTID`, `ESTNAME` and `STATUS` are always checked; every other column only on `NEW` and
/// `UPDATE` rows, and on rows whose STATUS is blank or unknown (as ASC-WDS does, so one upload shows
/// all the row's problems).
///
/// Not here, because they need other rows, other files or stored workplaces: duplicate `LOCALESTID`
/// or `LOCATIONID` (998), whether the workplace exists for its STATUS (the 1020 precondition), the
/// postcode look-up (1060), a location ID used by another workplace (1110), the account rules (950,
/// 955, 956, 997) and the Staff-file rules of 4.5.
///
/// Carepath deviations applied: strict numbers (10.3), postcode normalised before use (10.6),
/// utilisation for a service without that question is a warning (10.15), the column-count rule
/// (10.16) and the bare `0` in `ALLSERVICES` read as `MAIN;0` (section 9).
public struct WorkplaceRowValidator: Sendable {
    public let context: ValidationContext

    public init(context: ValidationContext) {
        self.context = context
    }

    /// Checks every row rule and, when no error is found, builds the record.
    public func validate(_ row: UploadRow) -> WorkplaceRowValidation {
        let columnCount = row.columnCountFinding()
        // Cells are misaligned when the count is wrong, so every other finding would be noise.
        if let columnCount, columnCount.severity == .error {
            return WorkplaceRowValidation(findings: [columnCount], record: nil)
        }
        var check = WorkplaceRowCheck(row: row, context: context)
        let status = check.run()
        let findings = (columnCount.map { [$0] } ?? []) + check.findings.findings
        guard !check.findings.hasErrors, status != nil else {
            return WorkplaceRowValidation(
                findings: findings, record: nil, acceptedValues: status == nil ? nil : check.record)
        }
        return WorkplaceRowValidation(findings: findings, record: check.record)
    }
}

/// The rule checks of one row. Each section records its findings and writes the accepted values into
/// ``record``; the facts later rules depend on (main service, REGTYPE, …) are kept alongside.
struct WorkplaceRowCheck {
    static let headOffice = 72
    static let registeredManager = 4

    let row: UploadRow
    let context: ValidationContext
    var findings: RowFindings
    var record: WorkplaceRecord

    /// `MAINSERVICE` as a whole number, whether or not it is a known service.
    var mainService: Int?
    /// `REGTYPE` when it passed every REGTYPE rule.
    var regType: Int?
    /// `LEAVERS` as accepted; `nil` when blank or in error.
    var leavers: WorkplaceRecord.JobRoleMeasure?
    /// Whether `LEAVERS` had an error, so the REASONS rules cannot run.
    var leaversInError = false

    init(row: UploadRow, context: ValidationContext) {
        self.row = row
        self.context = context
        self.findings = RowFindings(row: row)
        self.record = WorkplaceRecord(reference: row["LOCALESTID"], status: .new, name: row["ESTNAME"])
    }

    /// Runs the rules in ASC-WDS's order and returns the recognised STATUS.
    mutating func run() -> RecordStatus? {
        localEstablishmentID()
        establishmentName()
        let status = self.status()
        if let status {
            record.status = status
            guard status.validatesAllColumns else { return status }
        }
        address()
        postcode()
        employerType()
        permissions()
        mainServiceCode()
        regulation()
        providerID()
        locationID()
        services()
        serviceUsers()
        delegatedHealthcare()
        totalStaff()
        jobRoles()
        reasonsForLeaving()
        pathway()
        pay()
        return status
    }

    /// An attribute of the main service in `main-services.csv`, when the main service is known.
    func mainServiceAttribute(_ column: String) -> String? {
        mainService.flatMap { context.codes[.mainServices].attribute(column, of: $0) }
    }

    /// `main service 13 (Carers support)`, for messages.
    var mainServiceDescription: String {
        guard let mainService else { return "the main service" }
        return "main \(serviceDescription(mainService))"
    }

    /// `service 13 (Carers support)`, for messages.
    func serviceDescription(_ code: Int) -> String {
        let label = context.codes[.mainServices].attribute("label", of: code).map { " (\($0))" } ?? ""
        return "service \(code)\(label)"
    }

    /// Carepath-only notice that a list has spaces around its items; ASC-WDS reads `8; 13` as 8 and
    /// 13 for numbers, so Carepath accepts it, but exact comparisons (such as ALLSERVICES containing
    /// MAINSERVICE) see `" 13"`.
    mutating func noteSpaces(_ column: String, _ items: [String]) {
        guard WorkplaceCells.hasSpacedItems(items) else { return }
        findings.warning(
            code: nil, rule: "WP-\(column)-SPACES", column: column,
            "\(column) \(WorkplaceCells.quoted(row[column])) has spaces inside the list. They were ignored here, "
                + "but write it as \(items.map(WorkplaceCells.trimmedItem).joined(separator: ";")) so every system "
                + "reads it the same way.")
    }
}
