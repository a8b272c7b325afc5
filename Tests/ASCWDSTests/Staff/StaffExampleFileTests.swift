import ASCWDS
import CarepathCore
import Testing

@Suite("Staff example files (spec 12)")
struct StaffExampleFileTests {
    @Test("every row of staff-valid.csv gives no finding and a record")
    func validFile() throws {
        let validator = try StaffFixture.validator()
        let rows = try StaffFixture.exampleRows("staff-valid.csv")
        #expect(rows.count == 5)
        for row in rows {
            let result = validator.validate(row)
            #expect(result.findings.map(StaffFixture.summary) == [], "line \(row.line)")
            #expect(result.record != nil, "line \(row.line)")
        }
    }

    /// Expected findings of `staff-invalid.csv` that need other rows or files, so the row
    /// validator must give those lines no finding at all.
    static let crossFileLines: [Int: String] = [
        2: "997: LOCALESTID SUNRISE-XX is not in the Workplace file (5.3)",
        4: "998: EMP9002 is used twice at SUNRISE-CH1 (5.3)",
        11: "1280: a registered manager at SUNRISE-HO, whose REGTYPE is 0 (5.3, needs the Workplace file)",
    ]

    @Test("each staff-invalid.csv row gives exactly its expected row-level findings after reduction")
    func invalidFile() throws {
        let expected = try expectedFindings()
        let validator = try StaffFixture.validator()
        let rows = try StaffFixture.exampleRows("staff-invalid.csv")
        #expect(rows.count == 16)
        for row in rows {
            let found = ASCWDSReduction.reduce(validator.validate(row).findings)
            let actual = found.map { "\($0.code.map(String.init) ?? "-") \($0.severity.rawValue)" }.sorted()
            if Self.crossFileLines[row.line] != nil {
                #expect(actual == [], "line \(row.line) is a cross-file case")
            } else {
                #expect(actual == (expected[row.line] ?? []).sorted(), "line \(row.line)")
            }
        }
    }

    @Test("the cross-file cases are exactly the expected findings with codes the row validator cannot see")
    func crossFileCasesListed() throws {
        let expected = try expectedFindings()
        for (line, reason) in Self.crossFileLines {
            #expect(expected[line]?.count == 1, "\(reason)")
        }
        #expect(expected[3] == nil, "line 3 is the first of the duplicates and expects nothing")
    }

    /// `expected-results.csv` rows for `staff-invalid.csv`, as `CODE SEVERITY` per line.
    private func expectedFindings() throws -> [Int: [String]] {
        let bytes = try SpecFiles.bytes("ascwds-examples/expected-results.csv")
        var result: [Int: [String]] = [:]
        for record in try CSVReader.records(in: bytes).dropFirst() where record[0] == "staff-invalid.csv" {
            guard let line = Int(record[1]), record[5] != "none" else { continue }
            result[line, default: []].append("\(record[6]) \(record[5])")
        }
        return result
    }
}
