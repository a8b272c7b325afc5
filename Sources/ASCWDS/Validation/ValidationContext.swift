import CarepathCore

/// What every row validator needs besides the row itself.
public struct ValidationContext: Sendable {
    /// The code lists of spec section 11.
    public var codes: CodeLists
    /// The date validation runs on, for "in the future", age and 100-year rules. Injected, never read
    /// from a clock here, so results are repeatable.
    public var today: CalendarDate

    public init(codes: CodeLists, today: CalendarDate) {
        self.codes = codes
        self.today = today
    }
}

/// Collects the findings of one row, filling in the file, line and references.
public struct RowFindings: Sendable {
    public let row: UploadRow
    public private(set) var findings: [Finding] = []

    public init(row: UploadRow) {
        self.row = row
    }

    /// Whether any error has been recorded for this row.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Records a finding. `value` defaults to the cell under `column` when that is a single column.
    public mutating func add(
        _ severity: Finding.Severity, code: Int?, rule: String, column: String, value: String? = nil, _ message: String
    ) {
        let kind = row.header.kind
        findings.append(
            Finding(
                file: kind, line: row.line, localEstablishmentID: row.localEstablishmentID,
                uniqueWorkerID: kind == .workplace ? nil : row.uniqueWorkerID, column: column, severity: severity,
                code: code, rule: rule, value: value ?? (column.contains("/") ? nil : row[column]), message: message))
    }

    public mutating func error(code: Int?, rule: String, column: String, value: String? = nil, _ message: String) {
        add(.error, code: code, rule: rule, column: column, value: value, message)
    }

    public mutating func warning(code: Int?, rule: String, column: String, value: String? = nil, _ message: String) {
        add(.warning, code: code, rule: rule, column: column, value: value, message)
    }
}
