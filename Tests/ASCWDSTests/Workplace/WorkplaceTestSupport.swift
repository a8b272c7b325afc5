import ASCWDS
import CarepathCore
import Testing

/// Builds Workplace rows and a validator for the tests; "today" is fixed after the example files'
/// latest date (15/07/2025).
enum WorkplaceFixture {
    static let today = CalendarDate(year: 2025, month: 7, day: 16)!

    /// A valid NEW row that answers almost every question: a CQC-regulated domiciliary care branch
    /// (main service 8, pay group 1, so sleep-in and travel-time questions apply).
    static let base: [String: String] = [
        "LOCALESTID": "SUNRISE-DC2", "STATUS": "NEW", "ESTNAME": "Sunrise Home Care Leeds", "ADDRESS1": "Unit 5",
        "ADDRESS2": "Canal Wharf", "ADDRESS3": "", "POSTTOWN": "Leeds", "POSTCODE": "LS1 1AA", "ESTTYPE": "6",
        "OTHERTYPE": "", "PERMCQC": "1", "PERMLA": "0", "REGTYPE": "2", "PROVNUM": "1-101234567",
        "LOCATIONID": "1-123456780", "MAINSERVICE": "8", "ALLSERVICES": "8;0", "CAPACITY": "", "UTILISATION": "85",
        "SERVICEDESC": "", "SERVICEUSERS": "1;9", "OTHERUSERDESC": ";Adults recovering after a hospital stay",
        "DHA": "1", "DHAACTIVITIES": "1;2", "TOTALPERMTEMP": "10", "ALLJOBROLES": "4;8", "STARTERS": "1;2",
        "LEAVERS": "0;1", "VACANCIES": "0;1", "REASONS": "1", "REASONNOS": "1", "REPEATTRAINING": "3",
        "CWPAWARE": "2", "CWPUSE": "1;4;10", "CWPUSEDESC": "To plan supervision", "SICKPAY": "1", "PENSION": "1",
        "ACTUALCONT": "5", "OPTOUTPEN": "2", "HOLIDAY": "28", "SLEEPINS": "1", "SLEEPINPAY": "2",
        "TRAVELTIME": "3", "TTDIFFRATE": "10.50",
    ]

    /// Changes that turn ``base`` into a day centre that is not CQC-regulated (main service 6, pay
    /// group 3: no sleep-in or travel-time questions).
    static let dayCentre: [String: String] = [
        "REGTYPE": "0", "PROVNUM": "", "LOCATIONID": "", "MAINSERVICE": "6", "ALLSERVICES": "6", "CAPACITY": "25",
        "UTILISATION": "18", "SLEEPINS": "", "SLEEPINPAY": "", "TRAVELTIME": "", "TTDIFFRATE": "",
    ]

    /// Changes that turn ``base`` into a head office (main service 72: no capacity, utilisation or DHA
    /// questions; REGTYPE 0 or 2; LOCATIONID optional).
    static let headOffice: [String: String] = [
        "LOCATIONID": "", "MAINSERVICE": "72", "ALLSERVICES": "72", "UTILISATION": "", "SERVICEDESC": "Group office",
        "DHA": "", "DHAACTIVITIES": "", "SLEEPINS": "", "SLEEPINPAY": "", "TRAVELTIME": "", "TTDIFFRATE": "",
    ]

    static func header() throws -> FileHeader {
        try HeaderRecognition.recognise(HeaderLayout.workplace).get()
    }

    static func validator() throws -> WorkplaceRowValidator {
        WorkplaceRowValidator(context: ValidationContext(codes: try SpecFiles.codeLists(), today: today))
    }

    /// The base row with some cells replaced.
    static func row(_ changes: [String: String] = [:], line: Int = 2) throws -> UploadRow {
        let cells = base.merging(changes) { _, new in new }
        return UploadRow(line: line, cells: HeaderLayout.workplace.map { cells[$0] ?? "" }, header: try header())
    }

    /// A row of exactly these cells, for column-count tests.
    static func row(cells: [String], line: Int = 2) throws -> UploadRow {
        UploadRow(line: line, cells: cells, header: try header())
    }

    /// Validates the base row with some cells replaced.
    static func validate(_ changes: [String: String] = [:]) throws -> WorkplaceRowValidation {
        try validator().validate(try row(changes))
    }

    /// Every row of a Workplace example file.
    static func exampleRows(_ name: String) throws -> [UploadRow] {
        try SpecFiles.rows(try SpecFiles.bytes("ascwds-examples/\(name)")).rows
    }

    /// A variant's changes with more on top: `on(dayCentre, ["PROVNUM": "1-101234567"])`.
    static func on(_ variant: [String: String], _ changes: [String: String]) -> [String: String] {
        variant.merging(changes) { _, new in new }
    }

    /// `count` copies of a character, for length limits.
    static func text(_ count: Int) -> String {
        String(repeating: "x", count: count)
    }
}

/// One table row: cells to change in the base row, and the single finding expected.
struct WorkplaceRuleCase: Sendable, CustomTestStringConvertible {
    var changes: [String: String]
    var rule: String
    var code: Int?
    var severity: Finding.Severity = .error
    var column: String

    var testDescription: String {
        "\(rule) (\(code.map(String.init) ?? "Carepath")) for "
            + changes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.prefix(20))" }.joined(separator: ", ")
    }
}

/// One table row: cells to change in the base row, and the rules expected, in order.
struct WorkplaceRulesCase: Sendable, CustomTestStringConvertible {
    var why: String
    var changes: [String: String]
    var rules: [String]

    var testDescription: String { why }
}

/// One table row: cells to change in the base row that must still give no finding at all.
struct WorkplacePassCase: Sendable, CustomTestStringConvertible {
    var why: String
    var changes: [String: String]

    var testDescription: String { why }
}

extension WorkplaceFixture {
    /// The row with `rule.changes` gives exactly `rule`'s one finding, and no record when it is an error.
    static func expectOnlyFinding(_ rule: WorkplaceRuleCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try validate(rule.changes)
        let finding = try #require(
            result.findings.count == 1 ? result.findings.first : nil, "\(result.findings)",
            sourceLocation: sourceLocation)
        #expect(finding.rule == rule.rule, sourceLocation: sourceLocation)
        #expect(finding.code == rule.code, sourceLocation: sourceLocation)
        #expect(finding.severity == rule.severity, sourceLocation: sourceLocation)
        #expect(finding.column == rule.column, sourceLocation: sourceLocation)
        #expect((result.record == nil) == (rule.severity == .error), sourceLocation: sourceLocation)
    }

    /// The row with `rule.changes` gives no finding and a record.
    static func expectNoFinding(_ rule: WorkplacePassCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try validate(rule.changes)
        #expect(result.findings.isEmpty, "\(result.findings)", sourceLocation: sourceLocation)
        #expect(result.record != nil, sourceLocation: sourceLocation)
    }
}
