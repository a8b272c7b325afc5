import ASCWDS
import CarepathCore
import Testing

/// The spec's example files (section 12), validated with "today" = 16/07/2025.
@Suite("Training example files")
struct TrainingExampleFileTests {
    /// One line of `expected-results.csv`.
    struct Expected: Sendable {
        var line: Int
        var column: String
        var severity: Finding.Severity
        var code: Int
    }

    /// Lines of training-invalid.csv whose expected finding comes from spec 6.3, which needs the
    /// Workplace and Staff files; ``TrainingCrossFileRulesTests`` checks them.
    static let crossFileLines: [Int: String] = [
        2: "996 needs the Staff file: EMP9999 has no staff row",
        3: "997 needs the Workplace file: SUNRISE-ZZ has no workplace row",
        11: "1080 (DATECOMPLETED) needs the Staff file: EMP0131's date of birth",
    ]

    static func expectedTrainingFindings() throws -> [Expected] {
        let records = try CSVReader.records(in: try SpecFiles.bytes("ascwds-examples/expected-results.csv"))
        let header = try #require(records.first).fields
        let index = { (name: String) throws -> Int in try #require(header.firstIndex(of: name)) }
        let (file, line, column, severity, code) = (
            try index("file"), try index("line"), try index("column"), try index("severity"), try index("code")
        )
        return try records.dropFirst().filter { $0.fields[file] == "training-invalid.csv" }.map { record in
            Expected(
                line: try #require(Int(record.fields[line])), column: record.fields[column],
                severity: try #require(Finding.Severity(rawValue: record.fields[severity])),
                code: try #require(Int(record.fields[code])))
        }
    }

    @Test("training-valid.csv: every row gives no finding and a record")
    func validFile() throws {
        let validator = try TrainingFixture.validator()
        let rows = try TrainingFixture.exampleRows("training-valid.csv")
        #expect(rows.count == 5)
        for row in rows {
            let result = validator.validate(row)
            #expect(result.findings.isEmpty, "line \(row.line): \(result.findings)")
            #expect(result.record != nil, "line \(row.line)")
        }
    }

    @Test("training-valid.csv: the in-house course gets its derived expiry; the others keep theirs")
    func validFileRecords() throws {
        let validator = try TrainingFixture.validator()
        let records = try TrainingFixture.exampleRows("training-valid.csv").map { validator.validate($0).record }
        let external = try #require(records[0])
        #expect(external.expiry == TrainingFixture.date("11/03/2028") && !external.expiryIsDerived)
        #expect(external.notes == "Refresher, level 3 for managers")

        let inHouse = try #require(records[1])
        #expect(inHouse.deliveredBy == .inHouseStaff && inHouse.validity == .months(12))
        #expect(inHouse.completed == TrainingFixture.date("05/02/2025"))
        #expect(inHouse.expiry == TrainingFixture.date("04/02/2026"))
        #expect(inHouse.expiryIsDerived)

        let skillsForCare = try #require(records[3])
        #expect(skillsForCare.validity == .doesNotExpire && skillsForCare.providerCode == 88)
        #expect(skillsForCare.accredited == .dontKnow && skillsForCare.expiry == nil)

        let minimal = try #require(records[4])
        #expect(minimal.accredited == nil && minimal.deliveredBy == nil && minimal.validity == nil)
        #expect(minimal.category == 11 && minimal.completed == TrainingFixture.date("04/11/2024"))
    }

    @Test("training-invalid.csv: each row rule gives exactly its expected code and severity")
    func invalidFile() throws {
        let validator = try TrainingFixture.validator()
        let rows = try TrainingFixture.exampleRows("training-invalid.csv")
        let expected = try Self.expectedTrainingFindings()
        #expect(expected.count == 14)
        #expect(Set(expected.map(\.line)) == Set(rows.map(\.line)))
        for item in expected {
            let row = try #require(rows.first { $0.line == item.line })
            let findings = validator.validate(row).findings
            if let reason = Self.crossFileLines[item.line] {
                // Apart from its cross-file defect the row is valid, so the row rules find nothing.
                #expect(findings.isEmpty, "line \(item.line) (\(reason)): \(findings)")
                continue
            }
            let actual = findings.map { "\($0.line) \($0.column) \($0.severity) \($0.code.map(String.init) ?? "-")" }
            #expect(actual == ["\(item.line) \(item.column) \(item.severity) \(item.code)"])
        }
    }

    @Test("the cross-file lines are exactly 996, 997 and the DOB 1080")
    func crossFileLinesAreTheSpecOnes() throws {
        let expected = try Self.expectedTrainingFindings().filter { Self.crossFileLines[$0.line] != nil }
        #expect(expected.map(\.code).sorted() == [996, 997, 1080])
        #expect(expected.first { $0.code == 1080 }?.column == "DATECOMPLETED")
    }
}
