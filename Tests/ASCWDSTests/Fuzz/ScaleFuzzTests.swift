import CarepathCore
import Testing

@testable import ASCWDS

/// Hang guards: large files and huge cells go through the reader and the validator and finish.
/// Nothing here is timed; growth is checked by counting findings and report bytes at two sizes.
@Suite("Fuzz: scale and hang guards")
struct ScaleFuzzTests {
    /// A validator that has read the valid Workplace file, ready for Staff rows.
    static func validatorAfterWorkplaces(_ codes: CodeLists) throws -> UploadValidator {
        var validator = UploadValidator(
            context: ValidationContext(codes: codes, today: UploadValidatorFuzzTests.today),
            account: UploadValidatorFuzzTests.accounts[0], postcodeIsKnown: { _ in true })
        for row in try Sunrise.rows("workplace-valid.csv") { validator.validateWorkplace(row) }
        validator.finishWorkplaces()
        return validator
    }

    /// The valid Staff file's header and its row for a NEW worker (SUNRISE-DC1, EMP0201).
    static func staffTemplate() throws -> (header: [String], row: [String]) {
        let records = try CSVReader.records(in: SpecFiles.bytes("ascwds-examples/staff-valid.csv"))
        let row = try #require(records.first { $0.fields.count > 1 && $0[1] == "EMP0201" })
        return (records[0].fields, row.fields)
    }

    /// Streams `bytes` through a reader in 64 KB chunks into `handle`, returning the row count.
    static func stream(_ bytes: [UInt8], _ handle: (UploadRow) -> Void) throws -> Int {
        var reader = UploadFileReader(fileName: "scale.csv")
        var start = 0
        while start < bytes.count {
            let end = min(start + 65_536, bytes.count)
            try reader.consume(bytes[start..<end]) { handle($0) }
            start = end
        }
        try reader.finish { handle($0) }
        return reader.rowCount
    }

    /// A Staff file of `count` copies of one row, each edited by `edit` (given the row number).
    static func staffFile(
        _ count: Int, header: [String], row: [String], _ edit: (inout [String], Int) -> Void = { _, _ in }
    ) -> [UInt8] {
        var text = CSVWriter.record(header) + "\r\n"
        text.reserveCapacity(count * (text.utf8.count + 64))
        for index in 0..<count {
            var cells = row
            edit(&cells, index)
            text += CSVWriter.record(cells) + "\r\n"
        }
        return Array(text.utf8)
    }

    /// Validates a Staff file after the valid Workplace file: the report, and its size in message bytes.
    static func validateStaff(_ bytes: [UInt8], codes: CodeLists) throws -> (UploadValidationReport, Int) {
        var validator = try validatorAfterWorkplaces(codes)
        let rows = try stream(bytes) { _ = validator.validateStaff($0) }
        let report = validator.finish()
        #expect(report.rowCounts[.staff] == rows)
        return (report, report.findings.reduce(0) { $0 + $1.message.utf8.count })
    }

    @Test("a Staff file of 50,000 copies of one valid row is read and validated: one survives, the rest are 998")
    func fiftyThousandRepeatedRows() throws {
        let codes = try SpecFiles.codeLists()
        let (header, row) = try Self.staffTemplate()
        let line = CSVWriter.record(row) + "\r\n"
        let bytes = Array((CSVWriter.record(header) + "\r\n" + String(repeating: line, count: 50_000)).utf8)
        let (report, _) = try Self.validateStaff(bytes, codes: codes)
        #expect(report.rowCounts[.staff] == 50_000)
        let duplicates = report.findings.filter { $0.rule == "ST-UNIQUEWORKERID-DUPLICATE" }
        #expect(duplicates.count == 49_999)
        #expect(duplicates.last?.line == 50_001)
        #expect(report.findings.filter { $0.file == .staff && $0.rule != "ST-UNIQUEWORKERID-DUPLICATE" }.isEmpty)
    }

    @Test(
        "findings grow linearly with the Staff file: repeated rows, distinct workers, renames, part-time salaries",
        arguments: ["repeated", "distinct", "renamed", "part-time"])
    func linearGrowth(shape: String) throws {
        let codes = try SpecFiles.codeLists()
        var (header, row) = try Self.staffTemplate()
        if shape == "renamed" {
            header.insert("CHGUNIQUEWRKID", at: 2)
            row.insert("", at: 2)
        }
        let worker = try #require(header.firstIndex(of: "UNIQUEWORKERID"))
        let hours = try #require(header.firstIndex(of: "CONTHOURS"))
        // No NI number: many rows sharing one is a known bug (FuzzBugTests.sharedNINumberIsQuadratic).
        row[try #require(header.firstIndex(of: "NINUMBER"))] = ""
        func file(_ count: Int) -> [UInt8] {
            Self.staffFile(count, header: header, row: row) { cells, index in
                guard shape != "repeated" else { return }
                cells[worker] = "W\(index)"
                if shape == "renamed" { cells[2] = "R\(index)" }
                if shape == "part-time" { cells[hours] = "20" }
            }
        }
        let small = try Self.validateStaff(file(500), codes: codes)
        let large = try Self.validateStaff(file(1_000), codes: codes)
        #expect(large.0.rowCounts[.staff] == 1_000)
        #expect(
            large.0.findings.count <= small.0.findings.count * 2 + 10,
            "findings: \(small.0.findings.count) → \(large.0.findings.count)")
        #expect(large.1 <= small.1 * 5 / 2 + 1_000, "message bytes: \(small.1) → \(large.1)")
    }

    /// One row of the valid Training file with `cell` written raw (already quoted if need be) at `column`.
    static func trainingFile(column: String, rawCell: [UInt8]) throws -> [UInt8] {
        let records = try CSVReader.records(in: SpecFiles.bytes("ascwds-examples/training-valid.csv"))
        var cells = records[1].fields.map { Array(CSVWriter.field($0).utf8) }
        cells[HeaderLayout.training.firstIndex(of: column)!] = rawCell
        let header = Array((HeaderLayout.training.joined(separator: ",") + "\n").utf8)
        return header + Array(cells.joined(separator: [0x2C])) + [0x0A]
    }

    static let fiveMegabytes = 5_000_000

    @Test("a single 5 MB quoted cell, and 1 MB references, combining marks, numbers and lists, are read and validated")
    func fiveMegabyteCell() throws {
        let codes = try SpecFiles.codeLists()
        let piece = "Ab, \"\"q\"\" é😀\n;"
        let pieces = Self.fiveMegabytes / piece.utf8.count
        let quoted = "\"" + String(repeating: piece, count: pieces) + "\""
        // The other shapes are 1 MB: each is read by the same code, and the suite stays fast.
        let megabyte = 1_000_000
        let combining = "e" + String(repeating: "\u{301}", count: megabyte / 2)
        let cases: [(column: String, raw: String, cellBytes: Int, reported: Bool)] = [
            ("NOTES", quoted, pieces * (piece.utf8.count - 2), true),
            ("LOCALESTID", String(repeating: "A", count: megabyte), megabyte, true),
            // One Character long, so not reported: FuzzBugTests.trainingLengthsCountCharacters.
            ("TRAININGNAME", combining, combining.utf8.count, false),
            ("VALIDITY", String(repeating: "9", count: megabyte), megabyte, true),
            ("CATEGORY", String(repeating: "1;", count: megabyte / 2), megabyte, true),
        ]
        for (column, raw, expectedBytes, reported) in cases {
            let bytes = try Self.trainingFile(column: column, rawCell: Array(raw.utf8))
            var validator = try Self.validatorAfterWorkplaces(codes)
            for row in try Sunrise.rows("staff-valid.csv") { _ = validator.validateStaff(row) }
            var cellBytes = 0
            let rows = try Self.stream(bytes) { row in
                cellBytes = row[column].utf8.count
                let outcome = validator.validateTraining(row)
                #expect(outcome.record == nil || !outcome.findings.contains { $0.severity == .error })
            }
            let report = validator.finish()
            #expect(rows == 1, "\(column)")
            #expect(cellBytes == expectedBytes, "\(column): the cell came back with \(cellBytes) bytes")
            if reported {
                #expect(report.findings.contains { $0.file == .training }, "\(column): a 5 MB cell must be reported")
            }
            _ = FindingsReport.csv(report.findings)
        }
    }

    @Test("a 5 MB header cell, and a 5 MB unterminated quote, are refused with an error")
    func fiveMegabyteRefusals() throws {
        let name = Array(repeating: UInt8(ascii: "L"), count: Self.fiveMegabytes)
        #expect(throws: UploadFileError.self) { try Self.stream(name + [0x0A]) { _ in } }
        let open = try Self.trainingFile(column: "NOTES", rawCell: [0x22] + name)
        #expect {
            try Self.stream(open) { _ in }
        } throws: { error in
            (error as? UploadFileError)?.line == 2
        }
    }

    @Test(
        "every column holding a long list or text is validated, and its report grows no faster than the cell",
        arguments: UploadFileKind.allCases)
    func longCellInEveryColumn(kind: UploadFileKind) throws {
        let codes = try SpecFiles.codeLists()
        let seeds = Dictionary(uniqueKeysWithValues: try FuzzCorpus.files().map { ($0.name, $0.bytes) })
        let seed = try #require(seeds["\(kind.rawValue)-valid.csv"])
        let records = try CSVReader.records(in: seed).map(\.fields)
        for column in 0..<records[0].count {
            // Time is not measured: CWPUSE's reasons check, quadratic in the number of reasons, passes
            // here and is kept in FuzzBugTests.pathwayReasonsAreQuadratic.
            for shape in 0..<3 {
                func cell(_ items: Int) -> String {
                    switch shape {
                    case 0: return (1...items).map { String(100_000 + $0) }.joined(separator: ";")
                    case 1: return (1...items).map { " \($0 % 400)" }.joined(separator: ";")
                    default: return String(repeating: "Zz 9", count: items)
                    }
                }
                // Report bytes per cell byte, at two sizes: a finding per item is fine, but not one
                // that quotes the whole cell (or a check whose output grows with the square of it).
                var ratios: [Double] = []
                for items in [2_000, 4_000] {
                    var edited = records
                    edited[1][column] = cell(items)
                    var files = seeds
                    files["\(kind.rawValue)-valid.csv"] = Array(
                        edited.map(CSVWriter.record).joined(separator: "\n").utf8)
                    let reportBytes = try Self.validateUpload(files, codes: codes)
                    ratios.append(Double(reportBytes) / Double(edited[1][column].utf8.count))
                }
                #expect(
                    ratios[1] <= ratios[0] * 1.5 + 1, "\(kind) \(records[0][column]) shape \(shape): \(ratios)")
            }
        }
    }

    /// The valid upload (with `files` replacing any seed) through the whole validator; the report's
    /// message bytes.
    static func validateUpload(_ files: [String: [UInt8]], codes: CodeLists) throws -> Int {
        var validator = UploadValidator(
            context: ValidationContext(codes: codes, today: UploadValidatorFuzzTests.today),
            account: UploadValidatorFuzzTests.accounts[0], postcodeIsKnown: { _ in true })
        _ = try stream(files["workplace-valid.csv"]!) { validator.validateWorkplace($0) }
        validator.finishWorkplaces()
        _ = try stream(files["staff-valid.csv"]!) { _ = validator.validateStaff($0) }
        _ = try stream(files["training-valid.csv"]!) { _ = validator.validateTraining($0) }
        return validator.finish().findings.reduce(0) { $0 + $1.message.utf8.count }
    }
}
