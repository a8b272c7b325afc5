import ASCWDS
import CarepathCore
import Testing

/// Builds Staff rows and a validator for the tests; "today" is fixed after the example files'
/// latest date (15/07/2025).
enum StaffFixture {
    static let today = CalendarDate(year: 2025, month: 7, day: 16)!

    /// A valid NEW care worker at SUNRISE-CH1 (the base row of `staff-invalid.csv`): gives no finding.
    static let base: [String: String] = [
        "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP9002", "STATUS": "NEW", "DISPLAYID": "Test worker",
        "POSTCODE": "LS6 3AA", "DOB": "12/05/1992", "GENDER": "2", "ETHNICITY": "31", "NATIONALITY": "826",
        "COUNTRYOFBIRTH": "826", "DISABLED": "0", "CARECERT": "1", "RECSOURCE": "2", "STARTDATE": "01/09/2023",
        "STARTINSECT": "2016", "APPRENTICE": "2", "EMPLSTATUS": "1", "ZEROHRCONT": "2", "DAYSSICK": "1",
        "SALARYINT": "3", "HOURLYRATE": "12.10", "MAINJOBROLE": "8", "CONTHOURS": "37.5", "SCQUAL": "2",
        "NONSCQUAL": "2", "CWPCATEGORY": "2",
    ]

    /// A Staff header: the base layout, optionally with the rename and transfer columns and more
    /// qualification pairs.
    static func header(rename: Bool = false, transfer: Bool = false, pairs: Int = 3) throws -> FileHeader {
        let references =
            ["LOCALESTID", "UNIQUEWORKERID"] + (rename ? ["CHGUNIQUEWRKID"] : [])
            + (transfer ? ["TRANSFERSTAFFRECORD"] : [])
        let qualifications = (1...pairs).flatMap {
            [HeaderLayout.qualificationColumns($0).code, HeaderLayout.qualificationColumns($0).notes]
        }
        return try HeaderRecognition.recognise(references + HeaderLayout.staffAfterReferences + qualifications).get()
    }

    static func validator(today: CalendarDate = today) throws -> StaffRowValidator {
        StaffRowValidator(context: ValidationContext(codes: try SpecFiles.codeLists(), today: today))
    }

    /// The base row with some cells replaced, under `header` (the base header by default).
    static func row(_ changes: [String: String] = [:], header: FileHeader? = nil, line: Int = 2) throws -> UploadRow {
        let header = try header ?? Self.header()
        let cells = base.merging(changes) { _, new in new }
        return UploadRow(line: line, cells: header.columns.map { cells[$0] ?? "" }, header: header)
    }

    /// Validates the base row with `changes`.
    static func validate(
        _ changes: [String: String], header: FileHeader? = nil, storedIdentity: StoredStaffIdentity = .notLookedUp
    ) throws -> StaffRowValidation {
        try validator().validate(try row(changes, header: header), storedIdentity: storedIdentity)
    }

    /// Every row of a Staff example file.
    static func exampleRows(_ name: String) throws -> [UploadRow] {
        try SpecFiles.rows(try SpecFiles.bytes("ascwds-examples/\(name)")).rows
    }

    /// `ST-SALARY-RANGE 1260 error SALARY`: a finding in the form the case tables use.
    static func summary(_ finding: Finding) -> String {
        "\(finding.rule) \(finding.code.map(String.init) ?? "-") \(finding.severity.rawValue) \(finding.column)"
    }

    static func text(length: Int) -> String {
        String(repeating: "x", count: length)
    }
}

/// One table row: cells to change in the base row, and every finding expected, in order, each as
/// `RULE CODE SEVERITY COLUMN` (`-` for no code).
struct StaffRuleCase: Sendable, CustomTestStringConvertible {
    var changes: [String: String]
    var expected: [String]
    var pairs = 3
    var rename = false

    init(_ changes: [String: String], _ expected: String..., pairs: Int = 3, rename: Bool = false) {
        self.changes = changes
        self.expected = expected
        self.pairs = pairs
        self.rename = rename
    }

    var testDescription: String {
        let cells = changes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.prefix(20))" }
        return expected.map { String($0.split(separator: " ")[0]) }.joined(separator: "+") + " for "
            + cells.joined(separator: ", ")
    }

    /// The rule ids the case expects.
    var rules: [String] { expected.map { String($0.split(separator: " ")[0]) } }

    func run() throws {
        let header = try StaffFixture.header(rename: rename, pairs: pairs)
        let result = try StaffFixture.validate(changes, header: header)
        #expect(result.findings.map(StaffFixture.summary) == expected)
        let hasError = result.findings.contains { $0.severity == .error }
        #expect((result.record == nil) == hasError, "a record exactly when there is no error")
    }
}

/// One table row: cells to change in the base row that must still give no finding at all.
struct StaffPassCase: Sendable, CustomTestStringConvertible {
    var why: String
    var changes: [String: String]

    init(_ why: String, _ changes: [String: String]) {
        self.why = why
        self.changes = changes
    }

    var testDescription: String { why }

    func run() throws {
        let result = try StaffFixture.validate(changes)
        #expect(result.findings.map(StaffFixture.summary) == [])
        #expect(result.record != nil)
    }
}
