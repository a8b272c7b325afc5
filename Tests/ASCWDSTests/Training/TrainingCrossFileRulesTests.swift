import ASCWDS
import CarepathCore
import Testing

/// Spec 6.3, with the valid Workplace and Staff example files as the other two files.
@Suite("Training cross-file rules (spec 6.3)")
struct TrainingCrossFileRulesTests {
    /// Workplace keys and staff keys with dates of birth, read simply from the valid example files:
    /// every row of those files survives, and DOB is read leniently as ASC-WDS does.
    static func validFilesRules() throws -> TrainingCrossFileRules {
        let workplaces = try SpecFiles.rows(try SpecFiles.bytes("ascwds-examples/workplace-valid.csv")).rows
        let staffRows = try SpecFiles.rows(try SpecFiles.bytes("ascwds-examples/staff-valid.csv")).rows
        var staff: [StaffKey: CalendarDate?] = [:]
        for row in staffRows {
            staff[StaffKey(workplace: row.localEstablishmentID, worker: row.uniqueWorkerID)] = Cells.date(
                row["DOB"], strict: false)
        }
        return TrainingCrossFileRules(
            workplaceKeys: Set(workplaces.map { Cells.reference($0.localEstablishmentID) }), staff: staff)
    }

    @Test("training-invalid.csv: the 996, 997 and DOB 1080 rows give exactly their expected finding")
    func invalidFileCrossFileRows() throws {
        let rules = try Self.validFilesRules()
        let validator = try TrainingFixture.validator()
        let expected = try TrainingExampleFileTests.expectedTrainingFindings()
        var checkedLines: [Int] = []
        for row in try TrainingFixture.exampleRows("training-invalid.csv") {
            guard let record = validator.validate(row).record else { continue }
            let finding = rules.check(record, row: row)
            guard TrainingExampleFileTests.crossFileLines[row.line] != nil else {
                #expect(finding == nil, "line \(row.line): \(String(describing: finding))")
                continue
            }
            checkedLines.append(row.line)
            let want = try #require(expected.first { $0.line == row.line })
            let got = try #require(finding, "line \(row.line)")
            #expect(got.code == want.code && got.severity == want.severity && got.column == want.column)
            #expect(got.line == row.line && got.file == .training)
            #expect(rules.check(row) == got, "the row-only check agrees")
        }
        #expect(checkedLines == TrainingExampleFileTests.crossFileLines.keys.sorted())
    }

    @Test("training-valid.csv passes every cross-file rule")
    func validFile() throws {
        let rules = try Self.validFilesRules()
        let validator = try TrainingFixture.validator()
        for row in try TrainingFixture.exampleRows("training-valid.csv") {
            let record = try #require(validator.validate(row).record)
            #expect(rules.check(record, row: row) == nil, "line \(row.line)")
        }
    }

    struct OrderCase: Sendable, CustomTestStringConvertible {
        var changes: [String: String]
        var rule: String?
        var code: Int?
        var testDescription: String { "\(changes) → \(rule ?? "no finding")" }
    }

    @Test(
        "rules run in order and the first failure ends the row",
        arguments: [
            OrderCase(
                changes: ["LOCALESTID": "SUNRISE-ZZ", "UNIQUEWORKERID": "EMP9999"],
                rule: "TR-LOCALESTID-NOT-IN-WORKPLACE-FILE", code: 997),
            OrderCase(
                changes: ["UNIQUEWORKERID": "EMP0201"], rule: "TR-UNIQUEWORKERID-NOT-IN-STAFF-FILE", code: 996),
            OrderCase(
                changes: ["UNIQUEWORKERID": "EMP0131", "DATECOMPLETED": "04/07/2004", "EXPIRYDATE": "03/07/2007"],
                rule: "TR-DATECOMPLETED-BEFORE-AGE-14", code: 1080),
            OrderCase(
                changes: ["UNIQUEWORKERID": "EMP0131", "DATECOMPLETED": "05/07/2004", "EXPIRYDATE": "04/07/2007"],
                rule: nil, code: nil),
            OrderCase(
                changes: ["UNIQUEWORKERID": "EMP0131", "DATECOMPLETED": "", "EXPIRYDATE": ""], rule: nil, code: nil),
            OrderCase(changes: ["LOCALESTID": " SUNRISE - CH1 "], rule: nil, code: nil),
        ])
    func order(_ example: OrderCase) throws {
        let row = try TrainingFixture.row(example.changes)
        let record = try #require(try TrainingFixture.validator().validate(row).record)
        let finding = try Self.validFilesRules().check(record, row: row)
        #expect(finding?.rule == example.rule)
        #expect(finding?.code == example.code)
    }

    @Test("a worker without a usable date of birth is never too young")
    func unknownDateOfBirth() throws {
        let rules = TrainingCrossFileRules(
            workplaceKeys: ["SUNRISE-CH1"], staff: [StaffKey(workplace: "SUNRISE-CH1", worker: "EMP0102"): nil])
        let row = try TrainingFixture.row(["DATECOMPLETED": "01/01/1950", "EXPIRYDATE": "", "VALIDITY": ""])
        let record = try #require(try TrainingFixture.validator().validate(row).record)
        #expect(rules.check(record, row: row) == nil)
    }

    @Test("staff keys ignore whitespace, and still match case-sensitively")
    func keys() {
        #expect(
            StaffKey(workplace: " SUNRISE CH1", worker: "EMP 0102\t")
                == StaffKey(workplace: "SUNRISECH1", worker: "EMP0102"))
        #expect(
            StaffKey(workplace: "sunrise-ch1", worker: "EMP0102")
                != StaffKey(workplace: "SUNRISE-CH1", worker: "EMP0102"))
    }

    @Test("the row-only check covers rows with errors, and skips blank references")
    func rowsWithErrors() throws {
        let rules = try Self.validFilesRules()
        let broken = try TrainingFixture.row(["LOCALESTID": "SUNRISE-ZZ", "CATEGORY": "3"])
        #expect(try TrainingFixture.validator().validate(broken).record == nil)
        #expect(rules.check(broken)?.code == 997)
        #expect(rules.check(try TrainingFixture.row(["LOCALESTID": ""])) == nil)
        #expect(rules.check(try TrainingFixture.row(["UNIQUEWORKERID": ""])) == nil)
        let tooYoung = try TrainingFixture.row([
            "UNIQUEWORKERID": "EMP0131", "DATECOMPLETED": "01/06/2003", "NOTES": String(repeating: "x", count: 1001),
        ])
        #expect(rules.check(tooYoung)?.code == 1080)
    }
}
