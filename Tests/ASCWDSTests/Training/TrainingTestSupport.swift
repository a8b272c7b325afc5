import ASCWDS
import CarepathCore
import Testing

/// Builds Training rows and a validator for the tests; "today" is fixed after the example files'
/// latest date (15/07/2025).
enum TrainingFixture {
    static let today = CalendarDate(year: 2025, month: 7, day: 16)!

    /// A valid row: an externally delivered 36-month course whose expiry matches its validity.
    static let base: [String: String] = [
        "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0102", "CATEGORY": "20",
        "TRAININGNAME": "Safeguarding adults", "ACCREDITED": "1", "WHODELIVERED": "2", "PROVIDERNAME": "40",
        "HOWDELIVERED": "1", "VALIDITY": "36", "DATECOMPLETED": "12/03/2025", "EXPIRYDATE": "11/03/2028",
        "NOTES": "Refresher",
    ]

    static func header() throws -> FileHeader {
        try HeaderRecognition.recognise(HeaderLayout.training).get()
    }

    static func validator() throws -> TrainingRowValidator {
        TrainingRowValidator(context: ValidationContext(codes: try SpecFiles.codeLists(), today: today))
    }

    /// The base row with some cells replaced.
    static func row(_ changes: [String: String] = [:], line: Int = 2) throws -> UploadRow {
        let cells = base.merging(changes) { _, new in new }
        return UploadRow(line: line, cells: HeaderLayout.training.map { cells[$0] ?? "" }, header: try header())
    }

    /// A row of exactly these cells, for column-count tests.
    static func row(cells: [String], line: Int = 2) throws -> UploadRow {
        UploadRow(line: line, cells: cells, header: try header())
    }

    static func date(_ text: String) -> CalendarDate? {
        Cells.date(text, strict: true)
    }

    /// Every row of a Training example file.
    static func exampleRows(_ name: String) throws -> [UploadRow] {
        try SpecFiles.rows(try SpecFiles.bytes("ascwds-examples/\(name)")).rows
    }
}

/// One table row: cells to change in the base row, and the single finding expected.
struct TrainingRuleCase: Sendable, CustomTestStringConvertible {
    var changes: [String: String]
    var rule: String
    var code: Int
    var severity: Finding.Severity = .error
    var column: String

    var testDescription: String {
        "\(rule) (\(code)) for "
            + changes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }
}

/// One table row: cells to change in the base row that must still give no finding at all.
struct TrainingPassCase: Sendable, CustomTestStringConvertible {
    var why: String
    var changes: [String: String]

    var testDescription: String { why }
}
