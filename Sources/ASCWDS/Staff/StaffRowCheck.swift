import CarepathCore

/// The working state of one row's validation: findings so far, the record being filled, and the
/// values later rules read from earlier columns.
struct StaffRowCheck {
    let row: UploadRow
    let context: ValidationContext
    var findings: RowFindings
    /// Filled column by column; its status is set once the row is known to be error-free.
    var record: StaffRecord

    /// DOB as any real date, even one outside the 14–100 age range: ASC-WDS still compares that
    /// with STARTDATE, STARTINSECT and YEAROFENTRY. An impossible date takes no part (5.2).
    var birthDateForChecks: CalendarDate?
    /// MAINJOBROLE as a number, known or not: the role-dependent rules compare it as written.
    var mainJobRoleNumber: Int?

    init(row: UploadRow, context: ValidationContext) {
        self.row = row
        self.context = context
        findings = RowFindings(row: row)
        record = StaffRecord(
            line: row.line, localEstablishmentID: row.localEstablishmentID, uniqueWorkerID: row.uniqueWorkerID,
            status: .new, displayID: row["DISPLAYID"])
        mainJobRoleNumber = Cells.wholeNumber(row["MAINJOBROLE"])
    }

    var today: CalendarDate { context.today }

    mutating func report(_ rule: StaffRule, _ column: String, value: String? = nil, _ message: String) {
        findings.add(rule.severity, code: rule.code, rule: rule.id, column: column, value: value, message)
    }

    /// The cell as a whole number, or `nil` when blank or not a whole number.
    func number(_ column: String) -> Int? {
        Cells.wholeNumber(row[column])
    }

    /// Whether `value` is one of the codes `small-enumerations.csv` lists for a staff column.
    func isListed(_ value: Int, column: String) -> Bool {
        context.codes.enumeration(file: "staff", column: column).contains(String(value))
    }

    /// Reads an optional coded cell: `nil` when blank, `.failure` when not a listed whole number.
    func listedCode(_ column: String, in list: String? = nil) -> Result<Int, InvalidCode>? {
        let text = row[column]
        guard !text.isEmpty else { return nil }
        guard let value = Cells.wholeNumber(text), isListed(value, column: list ?? column) else {
            return .failure(InvalidCode())
        }
        return .success(value)
    }

    struct InvalidCode: Error {}

    /// The codes `small-enumerations.csv` lists for a staff column, as `1, 2 or 999`.
    func allowedCodes(_ column: String) -> String {
        let codes = context.codes.enumeration(file: "staff", column: column)
        return choices(codes.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) })
    }

    /// Stands in for NI numbers and dates of birth in findings, which are kept and shown to users
    /// who need not see them; the line number is enough to find the cell.
    static let withheld = "(withheld: personal data)"
}

/// `"text"`, for naming a value in a message.
func quoted(_ text: String) -> String {
    "\"\(text)\""
}

/// `1, 2 or 999`, for listing the allowed codes in a message.
func choices(_ codes: [String]) -> String {
    guard let last = codes.last else { return "" }
    return codes.count == 1 ? last : codes.dropLast().joined(separator: ", ") + " or " + last
}
