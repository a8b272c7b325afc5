import ASCWDS
import CarepathCore
import Testing

/// Hostile bytes through ``UploadFileReader``: every document gives rows or an ``UploadFileError``
/// (never a trap), and the same rows or error however it is cut into chunks.
@Suite("Fuzz: reading uploaded files")
struct UploadFileReaderFuzzTests {
    /// Checks one document in several chunkings; returns a description of the first problem.
    static func problem(_ bytes: [UInt8], _ random: inout FuzzRandom) -> String? {
        let whole = FuzzReading.read(bytes, chunkSizes: [max(bytes.count, 1)])
        if let problem = invariantProblem(whole, bytes) { return problem }
        var chunkings = [FuzzReading.chunkSizes(&random), FuzzReading.chunkSizes(&random)]
        if bytes.count <= 4096 { chunkings.append([1]) }
        for sizes in chunkings {
            let chunked = FuzzReading.read(bytes, chunkSizes: sizes)
            guard chunked == whole else {
                return "chunk sizes \(sizes) gave \(summary(chunked)) but one chunk gave \(summary(whole))"
            }
        }
        return stickyErrorProblem(bytes, whole)
    }

    static func summary(_ outcome: FuzzReadOutcome) -> String {
        let lines = outcome.rows.map(\.line).prefix(10)
        return "\(outcome.rows.count) rows (lines \(lines)), error \(outcome.error.map(\.description) ?? "none")"
    }

    /// What every outcome must satisfy.
    static func invariantProblem(_ outcome: FuzzReadOutcome, _ bytes: [UInt8]) -> String? {
        let lines = FuzzReading.lineCount(bytes)
        if let error = outcome.error {
            if error.problem.hasPrefix("UNEXPECTED") { return error.problem }
            if error.fileName != "fuzz.csv" || error.problem.isEmpty { return "bad error \(error)" }
            if let line = error.line, !(1...lines).contains(line) { return "error line \(line) of \(lines): \(error)" }
        } else if outcome.header == nil {
            return "no error, but no header"
        }
        if !outcome.rows.isEmpty, outcome.header == nil { return "rows without a header" }
        var previous = 1
        for row in outcome.rows {
            guard row.line > previous, row.line <= lines else {
                return "row line \(row.line) after \(previous), file has \(lines) lines"
            }
            previous = row.line
            guard row.header == outcome.header else { return "row header differs from the reader's" }
            guard !row.cells.isEmpty else { return "row at line \(row.line) has no cells" }
            if let cell = row.cells.first(where: { $0 != Cells.trimmed($0) }) {
                return "untrimmed cell \(cell.debugDescription) at line \(row.line)"
            }
        }
        return nil
    }

    /// Once the reader has thrown, every later call throws the same error.
    static func stickyErrorProblem(_ bytes: [UInt8], _ whole: FuzzReadOutcome) -> String? {
        var reader = UploadFileReader(fileName: "fuzz.csv")
        do {
            try reader.consume(bytes) { _ in }
            try reader.finish { _ in }
            return whole.error == nil ? nil : "one consume succeeded where the read failed"
        } catch let first as UploadFileError {
            guard first == whole.error else { return "one consume threw \(first), reading threw \(whole.error as Any)" }
            for attempt in 0..<2 {
                do {
                    if attempt == 0 { try reader.consume([0x41, 0x0A]) { _ in } } else { try reader.finish { _ in } }
                    return "the reader accepted more input after \(first)"
                } catch let again as UploadFileError {
                    if again != first { return "a later call threw \(again) after \(first)" }
                } catch {
                    return "a later call threw \(error)"
                }
            }
            return nil
        } catch {
            return "unexpected error \(error)"
        }
    }

    /// Runs `count` cases from the test's seed, stopping at the first failing one.
    static func run(_ name: String, salt: UInt64, count: Int, _ makeInput: (inout FuzzRandom) -> [UInt8]) {
        let seed = FuzzSettings.seed(salt)
        for index in 0..<FuzzSettings.iterations(count) {
            let caseSeed = FuzzRandom.caseSeed(seed, index)
            FuzzSettings.announce(name, index, caseSeed)
            var random = FuzzRandom(seed: caseSeed)
            let bytes = makeInput(&random)
            if let problem = problem(bytes, &random) {
                let message =
                    "\(name) case \(index), case seed \(FuzzSettings.hex(caseSeed)): \(problem)\n"
                    + "input (\(bytes.count) bytes): \(FuzzReading.hex(bytes))"
                Issue.record(Comment(rawValue: message))
                return
            }
        }
    }

    @Test("random bytes (invalid UTF-8, NULs, lone CRs, BOM fragments) give rows or an error, in any chunking")
    func randomBytes() {
        Self.run("randomBytes", salt: 0x5EED_0001, count: 1500) { random in
            FuzzMutator.randomDocument(&random)
        }
    }

    @Test("mutated example files give rows or an error, in any chunking")
    func mutatedExamples() throws {
        let seeds = try FuzzCorpus.files()
        Self.run("mutatedExamples", salt: 0x5EED_0002, count: 300) { random in
            var bytes = random.pick(seeds).bytes
            for _ in 0..<random.int(in: 1...3) {
                bytes =
                    random.chance(1, in: 2)
                    ? FuzzMutator.mutate(bytes, &random) : FuzzMutator.mutateBytes(bytes, &random)
            }
            return bytes
        }
    }

    @Test("header recognition of shuffled, cut and padded column names never traps, and accepts only whole headers")
    func headerNames() {
        let staffOptional = ["CHGUNIQUEWRKID", "TRANSFERSTAFFRECORD"]
        let names =
            HeaderLayout.workplace + HeaderLayout.staffBase + HeaderLayout.training + staffOptional
            + (4...101).flatMap {
                [HeaderLayout.qualificationColumns($0).code, HeaderLayout.qualificationColumns($0).notes]
            }
            + ["", " ", "ADDRES", "QUALACH00", "QUALACH100", "qualach04"]
        let seed = FuzzSettings.seed(0x5EED_0004)
        for index in 0..<FuzzSettings.iterations(3000) {
            let caseSeed = FuzzRandom.caseSeed(seed, index)
            var random = FuzzRandom(seed: caseSeed)
            var header: [String]
            switch random.below(4) {
            case 0: header = HeaderLayout.workplace
            case 1: header = HeaderLayout.training
            default:
                header = HeaderLayout.staffBase
                if random.chance(1, in: 2) { header.insert(random.pick(staffOptional), at: 2) }
                let pairs = random.chance(1, in: 4) ? random.int(in: 90...100) : random.int(in: 0...4)
                for pair in stride(from: 4, through: pairs + 3, by: 1) {
                    let columns = HeaderLayout.qualificationColumns(pair)
                    header += [columns.code, columns.notes]
                }
            }
            for _ in 0..<random.int(in: 0...3) {
                let position = random.below(header.count + 1)
                switch random.below(4) {
                case 0 where position < header.count: header.remove(at: position)
                case 1: header.insert(random.pick(names), at: position)
                case 2 where position < header.count: header[position] = random.pick(names)
                default: header.removeLast(min(header.count, random.int(in: 0...header.count)))
                }
            }
            switch HeaderRecognition.recognise(header) {
            case .success(let recognised):
                let pairs = recognised.qualificationPairs
                let wellFormed =
                    switch recognised.kind {
                    case .workplace: header == HeaderLayout.workplace
                    case .training: header == HeaderLayout.training
                    case .staff:
                        (HeaderLayout.minimumQualificationPairs...HeaderLayout.maximumQualificationPairs).contains(
                            pairs)
                            && header.count == HeaderLayout.staffBase.count + 2 * (pairs - 3)
                                + (recognised.hasRenameColumn ? 1 : 0) + (recognised.hasTransferColumn ? 1 : 0)
                    }
                #expect(wellFormed, "case seed \(FuzzSettings.hex(caseSeed)): accepted \(header)")
                if !wellFormed { return }
            case .failure(let problem):
                #expect(!problem.description.isEmpty)
            }
        }
    }

    @Test(
        "edge documents: empty, BOM alone or split, lone CR, quotes at the end",
        arguments: [
            [], [0xEF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0x0D], [0x0A],
            [0x0D, 0x0D, 0x0A], [0x22], [0x22, 0x22], [0x22, 0x22, 0x22], [0x2C], [0x00], [0xFF], [0xEF, 0x0A],
            [0xEF, 0xBB, 0x22],
        ] as [[UInt8]])
    func edgeDocuments(bytes: [UInt8]) {
        var random = FuzzRandom(seed: 1)
        let header = Array(HeaderLayout.training.joined(separator: ",").utf8)
        for document in [bytes, header + [0x0A] + bytes, header + bytes, bytes + header] {
            let problem = Self.problem(document, &random)
            #expect(problem == nil, "input \(FuzzReading.hex(document))")
        }
    }
}

/// The specification's example files, the seeds of the structure-aware mutations.
enum FuzzCorpus {
    static let names = [
        "workplace-valid.csv", "workplace-invalid.csv", "staff-valid.csv", "staff-invalid.csv",
        "training-valid.csv", "training-invalid.csv",
    ]

    static func files() throws -> [(name: String, bytes: [UInt8])] {
        try names.map { ($0, try SpecFiles.bytes("ascwds-examples/\($0)")) }
    }
}
