import ASCWDS
import CarepathCore
import Testing

/// The example files of spec section 12 through the row validator alone.
@Suite("Workplace example files")
struct WorkplaceExampleFileTests {
    /// Expected findings that need other rows, other files or stored workplaces, so the row validator
    /// must not raise them, by line and code. The count warning 2200, expected on every NEW/UPDATE row
    /// (`*` in the file), compares TOTALPERMTEMP with the Staff file too (spec 4.5).
    static let notRowRules: [Int: (code: Int, reason: String)] = [
        5: (2301, "registered manager compared with the Staff file (4.5)"),
        13: (998, "duplicate LOCALESTID needs the other rows of the file"),
        18: (1020, "the STATUS precondition: UPDATE needs a stored workplace"),
    ]

    static func isRowRule(line: Int, code: Int) -> Bool {
        notRowRules[line]?.code != code
    }

    struct Expected: Hashable {
        var code: Int
        var severity: Finding.Severity
    }

    /// expected-results.csv rows for one file, by line (lines such as `*` or `3-4` are skipped).
    static func expectations(for file: String) throws -> [Int: Set<Expected>] {
        let records = try CSVReader.records(in: try SpecFiles.bytes("ascwds-examples/expected-results.csv"))
        var result: [Int: Set<Expected>] = [:]
        for record in records.dropFirst() where record.fields.count >= 7 && record.fields[0] == file {
            guard let line = Int(record.fields[1]) else { continue }
            result[line, default: []].formUnion([])  // a line expecting "none" is still listed
            if let code = Int(record.fields[6]), let severity = Finding.Severity(rawValue: record.fields[5]) {
                result[line, default: []].insert(Expected(code: code, severity: severity))
            }
        }
        return result
    }

    @Test("every row of workplace-valid.csv gives no finding and a record")
    func validFile() throws {
        let validator = try WorkplaceFixture.validator()
        let rows = try WorkplaceFixture.exampleRows("workplace-valid.csv")
        #expect(rows.count == 4)
        for row in rows {
            let result = validator.validate(row)
            #expect(result.findings.isEmpty, "line \(row.line): \(result.findings)")
            #expect(result.record?.reference == row.localEstablishmentID)
        }
    }

    @Test("each row of workplace-invalid.csv gives its expected row finding after ASC-WDS's reduction")
    func invalidFile() throws {
        let validator = try WorkplaceFixture.validator()
        let expected = try Self.expectations(for: "workplace-invalid.csv")
        let rows = try WorkplaceFixture.exampleRows("workplace-invalid.csv")
        #expect(rows.count == 17)
        for row in rows {
            let wanted = try #require(expected[row.line], "no expectation for line \(row.line)")
            let rowLevel = Set(wanted.filter { Self.isRowRule(line: row.line, code: $0.code) })
            let reduced = ASCWDSReduction.reduce(validator.validate(row).findings)
            let got = Set(
                reduced.compactMap { finding in finding.code.map { Expected(code: $0, severity: finding.severity) } })
            #expect(got == rowLevel, "line \(row.line): \(reduced)")
            #expect(reduced.count == got.count, "line \(row.line) has Carepath-only findings: \(reduced)")
        }
    }

    @Test("the excluded expectations are exactly the cross-file and stored-state ones")
    func exclusions() throws {
        let expected = try Self.expectations(for: "workplace-invalid.csv")
        let excluded = expected.flatMap { line, findings in
            findings.filter { !Self.isRowRule(line: line, code: $0.code) }.map { "\(line):\($0.code)" }
        }
        #expect(Set(excluded) == ["5:2301", "13:998", "18:1020"])
    }
}
