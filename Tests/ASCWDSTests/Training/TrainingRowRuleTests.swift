import ASCWDS
import CarepathCore
import Testing

@Suite("Training row rules (spec 6.2)")
struct TrainingRowRuleTests {
    static let failing: [TrainingRuleCase] = [
        .init(changes: ["LOCALESTID": ""], rule: "TR-LOCALESTID-MISSING", code: 1000, column: "LOCALESTID"),
        .init(
            changes: ["LOCALESTID": String(repeating: "W", count: 51)], rule: "TR-LOCALESTID-LENGTH", code: 1000,
            column: "LOCALESTID"),
        .init(changes: ["UNIQUEWORKERID": ""], rule: "TR-UNIQUEWORKERID-MISSING", code: 1010, column: "UNIQUEWORKERID"),
        .init(
            changes: ["UNIQUEWORKERID": String(repeating: "E", count: 51)], rule: "TR-UNIQUEWORKERID-LENGTH",
            code: 1010, column: "UNIQUEWORKERID"),
        .init(
            changes: ["DATECOMPLETED": "1/5/2025"], rule: "TR-DATECOMPLETED-FORMAT", code: 1020,
            column: "DATECOMPLETED"),
        .init(
            changes: ["DATECOMPLETED": "31/02/2025"], rule: "TR-DATECOMPLETED-FORMAT", code: 1020,
            column: "DATECOMPLETED"),
        .init(
            changes: ["DATECOMPLETED": "2025-03-12"], rule: "TR-DATECOMPLETED-FORMAT", code: 1020,
            column: "DATECOMPLETED"),
        .init(
            changes: ["DATECOMPLETED": "17/07/2025"], rule: "TR-DATECOMPLETED-FUTURE", code: 1020,
            column: "DATECOMPLETED"),
        .init(changes: ["EXPIRYDATE": "11/3/2028"], rule: "TR-EXPIRYDATE-FORMAT", code: 1030, column: "EXPIRYDATE"),
        .init(changes: ["EXPIRYDATE": "32/03/2028"], rule: "TR-EXPIRYDATE-FORMAT", code: 1030, column: "EXPIRYDATE"),
        .init(
            changes: ["EXPIRYDATE": "12/03/2025"], rule: "TR-EXPIRYDATE-ORDER", code: 1030,
            column: "EXPIRYDATE/DATECOMPLETED"),
        .init(
            changes: ["EXPIRYDATE": "11/03/2025"], rule: "TR-EXPIRYDATE-ORDER", code: 1030,
            column: "EXPIRYDATE/DATECOMPLETED"),
        .init(
            changes: ["TRAININGNAME": String(repeating: "n", count: 121)], rule: "TR-TRAININGNAME-LENGTH", code: 1040,
            column: "TRAININGNAME"),
        .init(changes: ["CATEGORY": ""], rule: "TR-CATEGORY-MISSING", code: 1050, column: "CATEGORY"),
        .init(changes: ["CATEGORY": "3"], rule: "TR-CATEGORY-UNKNOWN", code: 1050, column: "CATEGORY"),
        .init(changes: ["CATEGORY": "52"], rule: "TR-CATEGORY-UNKNOWN", code: 1050, column: "CATEGORY"),
        .init(changes: ["CATEGORY": "20abc"], rule: "TR-CATEGORY-UNKNOWN", code: 1050, column: "CATEGORY"),
        .init(changes: ["ACCREDITED": "Y"], rule: "TR-ACCREDITED-CODE", code: 1060, column: "ACCREDITED"),
        .init(changes: ["ACCREDITED": "2"], rule: "TR-ACCREDITED-CODE", code: 1060, column: "ACCREDITED"),
        .init(changes: ["ACCREDITED": "1.0"], rule: "TR-ACCREDITED-CODE", code: 1060, column: "ACCREDITED"),
        .init(
            changes: ["NOTES": String(repeating: "x", count: 1001)], rule: "TR-NOTES-LENGTH", code: 1070,
            column: "NOTES"),
        .init(
            changes: ["WHODELIVERED": "3", "PROVIDERNAME": ""], rule: "TR-WHODELIVERED-CODE", code: 1080,
            column: "WHODELIVERED"),
        .init(
            changes: ["WHODELIVERED": "01", "PROVIDERNAME": ""], rule: "TR-WHODELIVERED-CODE", code: 1080,
            column: "WHODELIVERED"),
        .init(
            changes: ["WHODELIVERED": "1"], rule: "TR-PROVIDERNAME-IGNORED", code: 2090, severity: .warning,
            column: "WHODELIVERED/PROVIDERNAME"),
        .init(
            changes: ["WHODELIVERED": ""], rule: "TR-PROVIDERNAME-IGNORED", code: 2090, severity: .warning,
            column: "WHODELIVERED/PROVIDERNAME"),
        .init(changes: ["PROVIDERNAME": "1000"], rule: "TR-PROVIDERNAME-CODE", code: 1090, column: "PROVIDERNAME"),
        .init(changes: ["PROVIDERNAME": "Acme"], rule: "TR-PROVIDERNAME-CODE", code: 1090, column: "PROVIDERNAME"),
        .init(changes: ["HOWDELIVERED": "3"], rule: "TR-HOWDELIVERED-CODE", code: 1100, column: "HOWDELIVERED"),
        .init(
            changes: ["HOWDELIVERED": "e-learning"], rule: "TR-HOWDELIVERED-CODE", code: 1100, column: "HOWDELIVERED"),
        .init(changes: ["VALIDITY": "1200"], rule: "TR-VALIDITY-RANGE", code: 1110, column: "VALIDITY"),
        .init(changes: ["VALIDITY": "0"], rule: "TR-VALIDITY-RANGE", code: 1110, column: "VALIDITY"),
        .init(changes: ["VALIDITY": "-12"], rule: "TR-VALIDITY-RANGE", code: 1110, column: "VALIDITY"),
        .init(changes: ["VALIDITY": "36 months"], rule: "TR-VALIDITY-RANGE", code: 1110, column: "VALIDITY"),
        .init(changes: ["VALIDITY": "never"], rule: "TR-VALIDITY-RANGE", code: 1110, column: "VALIDITY"),
        .init(
            changes: ["VALIDITY": "none"], rule: "TR-VALIDITY-NONE-EXPIRY", code: 2110, severity: .warning,
            column: "EXPIRYDATE/VALIDITY"),
        .init(
            changes: ["VALIDITY": "36", "EXPIRYDATE": "12/03/2028"], rule: "TR-VALIDITY-EXPIRY-MISMATCH", code: 2110,
            severity: .warning, column: "EXPIRYDATE/VALIDITY"),
        .init(
            changes: ["VALIDITY": "12"], rule: "TR-VALIDITY-EXPIRY-MISMATCH", code: 2110, severity: .warning,
            column: "EXPIRYDATE/VALIDITY"),
    ]

    @Test("each broken rule gives exactly its finding", arguments: failing)
    func failingRule(_ example: TrainingRuleCase) throws {
        let result = try TrainingFixture.validator().validate(try TrainingFixture.row(example.changes, line: 7))
        try #require(result.findings.count == 1, "\(result.findings)")
        let finding = result.findings[0]
        #expect(finding.rule == example.rule)
        #expect(finding.code == example.code)
        #expect(finding.severity == example.severity)
        #expect(finding.column == example.column)
        #expect(finding.file == .training)
        #expect(finding.line == 7)
        #expect(finding.message.contains(example.column.split(separator: "/")[0]))
        #expect((result.record == nil) == (example.severity == .error))
    }

    static let passing: [TrainingPassCase] = [
        .init(why: "the base row", changes: [:]),
        .init(
            why: "references of 50 characters",
            changes: [
                "LOCALESTID": String(repeating: "W", count: 50), "UNIQUEWORKERID": String(repeating: "E", count: 50),
            ]),
        .init(why: "a 120-character name", changes: ["TRAININGNAME": String(repeating: "n", count: 120)]),
        .init(why: "1000 characters of notes", changes: ["NOTES": String(repeating: "x", count: 1000)]),
        .init(why: "ACCREDITED 0", changes: ["ACCREDITED": "0"]),
        .init(why: "ACCREDITED 999", changes: ["ACCREDITED": "999"]),
        .init(why: "ACCREDITED blank", changes: ["ACCREDITED": ""]),
        .init(why: "in-house without a provider", changes: ["WHODELIVERED": "1", "PROVIDERNAME": ""]),
        .init(why: "external provider 999 (other)", changes: ["PROVIDERNAME": "999"]),
        .init(why: "external provider without a code", changes: ["PROVIDERNAME": ""]),
        .init(why: "no delivery details", changes: ["WHODELIVERED": "", "PROVIDERNAME": "", "HOWDELIVERED": ""]),
        .init(why: "e-learning", changes: ["HOWDELIVERED": "2"]),
        .init(why: "validity none, no expiry", changes: ["VALIDITY": "none", "EXPIRYDATE": ""]),
        .init(why: "validity None in any case (10.23)", changes: ["VALIDITY": "None", "EXPIRYDATE": ""]),
        .init(why: "validity NONE in any case (10.23)", changes: ["VALIDITY": "NONE", "EXPIRYDATE": ""]),
        .init(why: "validity 1 month, derived expiry", changes: ["VALIDITY": "1", "EXPIRYDATE": ""]),
        .init(why: "validity 999 months, derived expiry", changes: ["VALIDITY": "999", "EXPIRYDATE": ""]),
        .init(why: "validity without a completion date", changes: ["DATECOMPLETED": "", "EXPIRYDATE": ""]),
        .init(why: "no validity, any later expiry", changes: ["VALIDITY": "", "EXPIRYDATE": "13/03/2025"]),
        .init(why: "completed today", changes: ["DATECOMPLETED": "16/07/2025", "EXPIRYDATE": "15/07/2028"]),
        .init(why: "completed on 29 February", changes: ["DATECOMPLETED": "29/02/2024", "EXPIRYDATE": "27/02/2027"]),
        .init(why: "an expiry without a completion date", changes: ["DATECOMPLETED": ""]),
        .init(
            why: "only references and category",
            changes: [
                "TRAININGNAME": "", "ACCREDITED": "", "WHODELIVERED": "", "PROVIDERNAME": "", "HOWDELIVERED": "",
                "VALIDITY": "", "DATECOMPLETED": "", "EXPIRYDATE": "", "NOTES": "",
            ]),
    ]

    @Test("valid cells give no finding and a record", arguments: passing)
    func passingRule(_ example: TrainingPassCase) throws {
        let result = try TrainingFixture.validator().validate(try TrainingFixture.row(example.changes))
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.record != nil)
    }

    @Test("every broken cell of one row is reported, not just the first")
    func everyFindingReported() throws {
        let row = try TrainingFixture.row([
            "LOCALESTID": "", "CATEGORY": "3", "ACCREDITED": "Y", "WHODELIVERED": "3", "HOWDELIVERED": "3",
            "VALIDITY": "1200", "DATECOMPLETED": "01/01/2099",
        ])
        let result = try TrainingFixture.validator().validate(row)
        #expect(
            result.findings.map(\.rule) == [
                "TR-LOCALESTID-MISSING", "TR-CATEGORY-UNKNOWN", "TR-ACCREDITED-CODE", "TR-WHODELIVERED-CODE",
                "TR-PROVIDERNAME-IGNORED", "TR-HOWDELIVERED-CODE", "TR-DATECOMPLETED-FUTURE", "TR-VALIDITY-RANGE",
            ])
        #expect(result.findings.map(\.code) == [1000, 1050, 1060, 1080, 2090, 1100, 1020, 1110])
        #expect(result.record == nil)
    }

    @Test("findings carry the row's references and the offending value")
    func findingDetails() throws {
        let row = try TrainingFixture.row(["WHODELIVERED": "1", "EXPIRYDATE": "01/01/2025", "ACCREDITED": "Y"])
        let findings = try TrainingFixture.validator().validate(row).findings
        #expect(findings.allSatisfy { $0.localEstablishmentID == "SUNRISE-CH1" && $0.uniqueWorkerID == "EMP0102" })
        #expect(
            findings.map(\.value) == [
                "Y", "WHODELIVERED (1) - PROVIDERNAME (40)", "EXPIRYDATE (01/01/2025) - DATECOMPLETED (12/03/2025)",
            ])
    }
}
