import CarepathCore
import Testing

@testable import ASCWDS

/// Regression tests: minimal reproducers of the bugs the fuzz and scale tests found, all fixed. Where
/// the only symptom was time, the test runs a size that took minutes when the code was quadratic and
/// takes seconds now it is linear, under a three-minute limit that guards against a hang, not a speed.
@Suite("Fuzz: bugs found")
struct FuzzBugTests {
    /// Found by `mutatedUploads` (case seed 0xEF6E2F64648D5F92, against commit 7ef5239): a cell holding
    /// `"` then U+0301 is echoed in a finding's message, and the findings report
    /// (``FindingsReport/csv(_:)``) could not be read back. ``CSVWriter/field(_:)`` doubled quotes with
    /// `replacingOccurrences(of: "\"", with: "\"\"")`, which matches whole Characters, so a quote fused
    /// with the next scalar stayed single: `CSVWriter.field("\"\u{301}")` gave the bytes
    /// `22 22 CC 81 22`, which ``CSVReader`` rejects. The working tree now doubles quotes scalar by
    /// scalar, so this is a regression test; disable it again only if that fix is dropped.
    @Test("CSVWriter doubles a quote even when a combining mark follows it (regression)")
    func csvWriterQuoteWithCombiningMark() throws {
        for text in ["\"\u{301}", "x\"\u{FE0F}", "a\"\u{1F3FB}b", "\"\"\u{308}"] {
            let line = CSVWriter.record([text, "z"])
            let records = try CSVReader.records(in: Array(line.utf8))
            #expect(records.map(\.fields) == [[text, "z"]], "written as \(FuzzReading.hex(Array(line.utf8)))")
        }
    }

    /// Found by the 5 MB cell test: the Training file's text limits count Characters (grapheme
    /// clusters), where the Workplace and Staff files count UTF-16 code units as ASC-WDS does. One
    /// letter followed by any number of combining marks is one Character, so a TRAININGNAME of
    /// `e` + 200 × U+0301 (201 UTF-16 units, 401 bytes) passes the 120 limit, and so does one of 5 MB,
    /// which is then stored. The same holds for NOTES (1000) and the 50-character references
    /// (`TrainingRowValidator.text` and `reference` use `value.count`).
    @Test(
        "Training text limits count UTF-16 code units, so combining marks cannot slip past them")
    func trainingLengthsCountCharacters() throws {
        let name = "e" + String(repeating: "\u{301}", count: 200)
        let notes = "e" + String(repeating: "\u{301}", count: 1_000)
        let text =
            HeaderLayout.training.joined(separator: ",") + "\n"
            + "SUNRISE-CH1,EMP0102,20,\(name),1,2,40,1,36,12/03/2025,11/03/2028,\(notes)\n"
        let row = try #require(try SpecFiles.rows(SpecFiles.utf8(text)).rows.first)
        let codes = try SpecFiles.codeLists()
        let validation = TrainingRowValidator(
            context: ValidationContext(codes: codes, today: UploadValidatorFuzzTests.today)
        ).validate(row)
        let rules = Set(validation.findings.map(\.rule))
        #expect(rules.contains("TR-TRAININGNAME-LENGTH"), "\(rules)")
        #expect(rules.contains("TR-NOTES-LENGTH"), "\(rules)")
        #expect(validation.record == nil)
    }

    /// Found by the long-cell scale test: `CWPUSE` removes duplicate reasons with `Array.contains`
    /// inside a loop, so a single cell `1;101;102;…` of n distinct reasons costs n²/2 string
    /// comparisons: 8,000 reasons (48 KB) take 1.4 s in a debug build and 16,000 about 4 s; the
    /// 100,000 here (700 KB, one row) take minutes, and a cell of a few MB hangs validation for hours.
    @Test(
        "CWPUSE with 100,000 distinct reasons is validated in linear time", .timeLimit(.minutes(3)))
    func pathwayReasonsAreQuadratic() throws {
        var records = try CSVReader.records(in: SpecFiles.bytes("ascwds-examples/workplace-valid.csv")).map(\.fields)
        let column = try #require(records[0].firstIndex(of: "CWPUSE"))
        records[2][column] = "1;" + (1...100_000).map { String(100 + $0) }.joined(separator: ";")
        let row = try #require(
            try SpecFiles.rows(Array(records.map(CSVWriter.record).joined(separator: "\n").utf8)).rows.dropFirst().first
        )
        let validation = WorkplaceRowValidator(
            context: ValidationContext(codes: try SpecFiles.codeLists(), today: UploadValidatorFuzzTests.today)
        ).validate(row)
        #expect(validation.findings.contains { $0.rule == "WP-CWPUSE-REASON-UNKNOWN" })
    }

    /// A Staff file of `count` NEW workers at SUNRISE-DC1 (W0, W1, …), each edited by `edit`.
    static func staffFile(_ count: Int, _ edit: (inout [String], [String], Int) -> Void) throws -> [UInt8] {
        var (header, row) = try ScaleFuzzTests.staffTemplate()
        row[try #require(header.firstIndex(of: "NINUMBER"))] = ""
        var rows: [[String]] = []
        for index in 0..<count {
            var cells = row
            cells[1] = "W\(index)"
            edit(&cells, header, index)
            rows.append(cells)
        }
        if rows.first?.count == header.count + 1 { header.insert("CHGUNIQUEWRKID", at: 2) }
        return Array(([header] + rows).map(CSVWriter.record).joined(separator: "\n").utf8)
    }

    /// Found by the scale tests: rule 5570 gives every row of an NI-number group a finding whose
    /// message lists the lines of the whole group, so n rows sharing an NI number make n messages of
    /// n line numbers. 1,000 such rows give 5 MB of messages, 4,000 give 92 MB, and a 50,000-row file
    /// (about 15 GB) exhausts memory. Measured here without timing: 200 rows must not give four times
    /// the message bytes of 100.
    @Test(
        "rows sharing an NI number give findings that grow linearly")
    func sharedNINumberIsQuadratic() throws {
        let codes = try SpecFiles.codeLists()
        var bytes: [Int] = []
        for count in [100, 200] {
            let file = try Self.staffFile(count) { cells, header, _ in
                cells[header.firstIndex(of: "NINUMBER")!] = "QQ123458C"
            }
            let (report, messageBytes) = try ScaleFuzzTests.validateStaff(file, codes: codes)
            #expect(report.findings.filter { $0.code == 5570 }.count == count)
            bytes.append(messageBytes)
        }
        #expect(bytes[1] <= bytes[0] * 5 / 2, "message bytes \(bytes[0]) → \(bytes[1])")
    }

    /// Found by the scale tests: rule 1260 (part-time salary equal to a full-time colleague's) scans the
    /// whole group of workers with the same job role and salary for every part-time member, so n
    /// part-time workers on one salary cost n² comparisons: 4,000 rows take 2.4 s in a debug build
    /// (against 0.4 s for full-time rows), and the 50,000 here take several minutes.
    @Test(
        "50,000 part-time workers on the same salary are validated in linear time",
        .timeLimit(.minutes(3)))
    func partTimeSalaryGroupIsQuadratic() throws {
        let file = try Self.staffFile(50_000) { cells, header, _ in cells[header.firstIndex(of: "CONTHOURS")!] = "20" }
        let (report, _) = try ScaleFuzzTests.validateStaff(file, codes: try SpecFiles.codeLists())
        #expect(report.rowCounts[.staff] == 50_000)
    }

    /// Found by the scale tests: `StaffFileRules.finish` filters every rename for every rename, so n
    /// `CHGUNIQUEWRKID` renames cost n² comparisons: 4,000 take 2.4 s in a debug build, and the 50,000
    /// here take several minutes.
    @Test(
        "50,000 renamed workers are validated in linear time", .timeLimit(.minutes(3)))
    func renameClashCheckIsQuadratic() throws {
        let file = try Self.staffFile(50_000) { cells, _, index in cells.insert("R\(index)", at: 2) }
        let (report, _) = try ScaleFuzzTests.validateStaff(file, codes: try SpecFiles.codeLists())
        #expect(report.rowCounts[.staff] == 50_000)
    }

    /// Found by the scale tests: `StaffFileRules.transferClashes` filters every mover for every mover,
    /// computing `Cells.reference` inside the inner loop, so n workers moved in one upload cost n²
    /// reference computations: 1,000 take 1.5 s in a debug build, 4,000 take 20 s, and the 20,000 here
    /// (an organisation moving its stored staff between workplaces) take many minutes. Movers must
    /// exist in the account, so the account's size bounds n, but a large provider reaches it legally.
    @Test(
        "20,000 workers moved in one upload are validated in linear time", .timeLimit(.minutes(3)))
    func transferClashCheckIsQuadratic() throws {
        let count = 20_000
        var account = UploadValidatorFuzzTests.accounts[0]
        for index in 0..<count {
            account.staff[StaffKey(workplace: "SUNRISE-CH1", worker: "W\(index)")] = .init(mainJobRole: 4)
        }
        var (header, row) = try ScaleFuzzTests.staffTemplate()
        row[try #require(header.firstIndex(of: "NINUMBER"))] = ""
        row[0] = "SUNRISE-CH1"
        row[try #require(header.firstIndex(of: "STATUS"))] = "UPDATE"
        header.insert("TRANSFERSTAFFRECORD", at: 2)
        row.insert("SUNRISE-HO", at: 2)
        let rows = (0..<count).map { index in
            var cells = row
            cells[1] = "W\(index)"
            return CSVWriter.record(cells)
        }
        let file = Array(([CSVWriter.record(header)] + rows).joined(separator: "\n").utf8)
        var validator = UploadValidator(
            context: ValidationContext(codes: try SpecFiles.codeLists(), today: UploadValidatorFuzzTests.today),
            account: account, postcodeIsKnown: { _ in true })
        for workplace in try Sunrise.rows("workplace-valid.csv") { validator.validateWorkplace(workplace) }
        validator.finishWorkplaces()
        _ = try ScaleFuzzTests.stream(file) { _ = validator.validateStaff($0) }
        #expect(validator.finish().rowCounts[.staff] == count)
    }
}
