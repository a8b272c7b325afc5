import CarepathCore
import Testing

@testable import ASCWDS

/// Mutated example uploads through the whole ``UploadValidator`` (Workplace, finishWorkplaces, Staff,
/// Training, finish): it always returns, and every finding is well formed and points into its file.
@Suite("Fuzz: validating whole uploads")
struct UploadValidatorFuzzTests {
    static let today = CalendarDate(year: 2025, month: 7, day: 16)!

    /// The organisations an upload is checked against: Sunrise as in the example tests, a first
    /// return, and a single-workplace organisation with an unknown primary.
    static let accounts: [AccountContext] = {
        var sunrise = Sunrise.account
        sunrise.workplaces["SUNRISE-HO"]?.isRegulated = false
        sunrise.workplaces["SUNRISE-CH1"]?.isRegulated = true
        sunrise.workplaces["SUNRISE-DAY1"]?.isRegulated = false
        var single = Sunrise.account
        single.isParent = false
        single.primaryWorkplaceKey = "SUNRISE-ZZ"
        single.workplaces["SUNRISE-DAY1"]?.isDataOwned = false
        return [sunrise, AccountContext(), single]
    }()

    /// One file of an upload as validated: its rows and how many physical lines it has.
    struct ReadFile {
        var rows: [UploadRow]
        var lines: Int
        var mutated: Bool
    }

    /// Reads a possibly mutated file; an unreadable one, or one of another kind, is replaced by its
    /// seed, so the rest of the upload still reaches the validator (as a readable upload would).
    static func readFile(
        _ kind: UploadFileKind, seed: [UInt8], _ random: inout FuzzRandom, problems: inout [String]
    ) -> ReadFile {
        let bytes = random.chance(3, in: 4) ? FuzzMutator.mutate(seed, &random) : seed
        let outcome = FuzzReading.read(bytes, chunkSizes: FuzzReading.chunkSizes(&random))
        if let problem = UploadFileReaderFuzzTests.invariantProblem(outcome, bytes) {
            problems.append("reading the \(kind) file: \(problem); input \(FuzzReading.hex(bytes))")
        }
        if outcome.error == nil, outcome.header?.kind == kind {
            return ReadFile(rows: outcome.rows, lines: FuzzReading.lineCount(bytes), mutated: bytes != seed)
        }
        let original = FuzzReading.read(seed, chunkSizes: [4096])
        return ReadFile(rows: original.rows, lines: FuzzReading.lineCount(seed), mutated: false)
    }

    /// Runs one upload and returns what is wrong with the result, if anything.
    static func problems(
        _ random: inout FuzzRandom, seeds: [String: [UInt8]], codes: CodeLists, stats: inout Stats
    ) -> [String] {
        var problems: [String] = []
        let workplace = readFile(
            .workplace, seed: seeds[random.pick(["workplace-valid.csv", "workplace-invalid.csv"])]!, &random,
            problems: &problems)
        let staff = readFile(
            .staff, seed: seeds[random.pick(["staff-valid.csv", "staff-invalid.csv"])]!, &random, problems: &problems)
        let trainingName = random.pick(["training-valid.csv", "training-invalid.csv", nil])
        let training = trainingName.map { readFile(.training, seed: seeds[$0]!, &random, problems: &problems) }
        stats.mutatedFiles += [workplace, staff, training].compactMap { $0 }.filter(\.mutated).count

        let lines: [UploadFileKind: Int] = [
            .workplace: workplace.lines, .staff: staff.lines, .training: training?.lines ?? 0,
        ]
        let knownPostcodes = random.chance(3, in: 4)
        var validator = UploadValidator(
            context: ValidationContext(codes: codes, today: today), account: random.pick(accounts),
            postcodeIsKnown: { knownPostcodes || $0.outcode.normalised != "BD1" })

        for row in workplace.rows {
            let key = Cells.reference(row.localEstablishmentID)
            let before = validator.workplaces[key]
            let start = validator.findings.count
            validator.validateWorkplace(row)
            let added = Array(validator.findings[start...])
            problems += rowProblems(added, row: row)
            if added.contains(where: { $0.severity == .error }), validator.workplaces[key] != before {
                problems.append("workplace line \(row.line) has an error but its record was stored")
            }
        }
        validator.finishWorkplaces()
        for row in staff.rows {
            let start = validator.findings.count
            let outcome = validator.validateStaff(row)
            problems += rowProblems(outcome.findings, row: row)
            if outcome.findings.contains(where: { $0.severity == .error }), outcome.record != nil {
                problems.append("staff line \(row.line) has an error but a record")
            }
            if Array(validator.findings[start...]) != outcome.findings {
                problems.append("staff line \(row.line): the outcome's findings differ from those added")
            }
            if outcome.record != nil { stats.staffRecords += 1 }
        }
        for row in training?.rows ?? [] {
            let outcome = validator.validateTraining(row)
            problems += rowProblems(outcome.findings, row: row)
            if outcome.findings.contains(where: { $0.severity == .error }), outcome.record != nil {
                problems.append("training line \(row.line) has an error but a record")
            }
            if outcome.record != nil { stats.trainingRecords += 1 }
        }
        let findingCount = validator.findings.count
        let report = validator.finish()
        stats.findings += report.findings.count
        if report.findings.count < findingCount { problems.append("finish() lost findings") }
        let expectedCounts = [
            UploadFileKind.workplace: workplace.rows.count, .staff: staff.rows.count,
            .training: training?.rows.count ?? 0,
        ].filter { $0.value > 0 }
        if report.rowCounts != expectedCounts {
            problems.append("row counts \(report.rowCounts), expected \(expectedCounts)")
        }
        for finding in report.findings {
            let fileLines = lines[finding.file] ?? 0
            if !(1...max(fileLines, 1)).contains(finding.line) || fileLines == 0 {
                problems.append("finding at line \(finding.line) of a \(fileLines)-line file: \(finding)")
            }
            if let problem = shapeProblem(finding) { problems.append(problem) }
        }
        if report.outcome == .failed, !report.findings.contains(where: { $0.severity == .error }) {
            problems.append("failed without an error")
        }
        problems += csvReportProblems(report.findings)
        _ = ASCWDSReduction.reduce(report.findings)
        return problems
    }

    /// A row's own findings: in its file, on its line, and well formed.
    static func rowProblems(_ findings: [Finding], row: UploadRow) -> [String] {
        findings.compactMap { finding in
            if finding.file != row.header.kind || finding.line != row.line {
                return "a finding of \(row.header.kind) line \(row.line) names \(finding.file) line \(finding.line)"
            }
            return shapeProblem(finding)
        }
    }

    static func shapeProblem(_ finding: Finding) -> String? {
        if finding.rule.isEmpty || finding.message.isEmpty || finding.column.isEmpty {
            return "finding without a rule, column or message: \(finding)"
        }
        if finding.rule.contains(where: \.isWhitespace) { return "rule id with whitespace: \(finding.rule)" }
        return nil
    }

    /// The downloadable report reads back as CSV: a header and one record of nine fields per finding,
    /// with every message as it was (this found the fused-quote bug of
    /// ``FuzzBugTests/csvWriterQuoteWithCombiningMark()``).
    static func csvReportProblems(_ findings: [Finding]) -> [String] {
        let csv = FindingsReport.csv(findings)
        guard let records = try? CSVReader.records(in: Array(csv.utf8)) else {
            return ["the findings report is not readable CSV"]
        }
        guard records.count == findings.count + 1, records.allSatisfy({ $0.count == 9 }) else {
            return ["the findings report has \(records.count) records for \(findings.count) findings"]
        }
        let messages = records.dropFirst().map { $0[8] }
        guard messages == FindingsReport.sorted(findings).map(\.message) else {
            return ["the findings report changes a message"]
        }
        return []
    }

    /// Counters that show the fuzzing reaches the validators, not only the file reader.
    struct Stats {
        var mutatedFiles = 0
        var findings = 0
        var staffRecords = 0
        var trainingRecords = 0
    }

    @Test("mutated example uploads always validate, with well-formed findings inside their files")
    func mutatedUploads() throws {
        let codes = try SpecFiles.codeLists()
        let seeds = Dictionary(uniqueKeysWithValues: try FuzzCorpus.files().map { ($0.name, $0.bytes) })
        let seed = FuzzSettings.seed(0x5EED_0003)
        var stats = Stats()
        let count = FuzzSettings.iterations(250)
        for index in 0..<count {
            let caseSeed = FuzzRandom.caseSeed(seed, index)
            FuzzSettings.announce("mutatedUploads", index, caseSeed)
            var random = FuzzRandom(seed: caseSeed)
            let problems = Self.problems(&random, seeds: seeds, codes: codes, stats: &stats)
            if !problems.isEmpty {
                let message =
                    "mutatedUploads case \(index), case seed \(FuzzSettings.hex(caseSeed)):\n"
                    + problems.prefix(5).joined(separator: "\n")
                Issue.record(Comment(rawValue: message))
                return
            }
        }
        // The mutations must leave most files readable, or the validators are not being fuzzed.
        #expect(stats.mutatedFiles > count, "only \(stats.mutatedFiles) mutated files were readable")
        #expect(stats.findings > count * 5)
        #expect(stats.staffRecords > 0 && stats.trainingRecords > 0)
    }
}
