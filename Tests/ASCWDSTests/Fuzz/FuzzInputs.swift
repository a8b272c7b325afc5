import ASCWDS
import CarepathCore

/// What reading one document through ``UploadFileReader`` gave: the rows handed over (also those
/// before an error) and the error, if any.
struct FuzzReadOutcome: Hashable {
    var header: FileHeader?
    var rows: [UploadRow]
    var error: UploadFileError?
}

/// Reading helpers shared by the fuzz tests.
enum FuzzReading {
    /// Reads `bytes` in chunks of the given sizes (cycled; 0 is an empty chunk, and at least one size
    /// must be positive), then finishes. Any
    /// error other than ``UploadFileError`` is a test failure, reported through the outcome.
    static func read(_ bytes: [UInt8], chunkSizes: [Int], fileName: String = "fuzz.csv") -> FuzzReadOutcome {
        var reader = UploadFileReader(fileName: fileName)
        var rows: [UploadRow] = []
        var start = 0
        var step = 0
        precondition(chunkSizes.contains { $0 > 0 }, "no chunk size makes progress")
        do {
            while start < bytes.count {
                let size = chunkSizes[step % chunkSizes.count]
                step += 1
                let end = min(start + size, bytes.count)
                try reader.consume(bytes[start..<end]) { rows.append($0) }
                start = end
            }
            try reader.finish { rows.append($0) }
            return FuzzReadOutcome(header: reader.header, rows: rows, error: nil)
        } catch let error as UploadFileError {
            return FuzzReadOutcome(header: reader.header, rows: rows, error: error)
        } catch {
            return FuzzReadOutcome(
                header: reader.header, rows: rows,
                error: UploadFileError(fileName: fileName, line: nil, problem: "UNEXPECTED ERROR TYPE: \(error)"))
        }
    }

    /// The physical lines of a document as the CSV reader counts them: each CRLF, LF or lone CR ends
    /// one, and the text after the last break is one more.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                count += 1
            } else if bytes[index] == 0x0D {
                count += 1
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        return count
    }

    /// Random chunk sizes for one reading: mostly small, sometimes empty, sometimes large.
    static func chunkSizes(_ random: inout FuzzRandom) -> [Int] {
        let sizes = (0..<random.int(in: 1...6)).map { _ in
            switch random.below(10) {
            case 0: return 0
            case 1, 2, 3: return random.int(in: 1...3)
            case 4, 5, 6: return random.int(in: 4...64)
            case 7, 8: return random.int(in: 65...4096)
            default: return 1 << 20
            }
        }
        // At least one size must make progress.
        return sizes.contains { $0 > 0 } ? sizes : sizes + [1]
    }

    /// Bytes as `0x..` pairs, for a failure message or a reproducer.
    static func hex(_ bytes: some Collection<UInt8>, limit: Int = 400) -> String {
        let shown = bytes.prefix(limit).map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return shown.joined(separator: " ") + (bytes.count > limit ? " … (\(bytes.count) bytes)" : "")
    }
}

/// Makes hostile documents: random bytes over a CSV-heavy alphabet, and structure-aware mutations
/// of the specification's example files.
enum FuzzMutator {
    // MARK: Random documents

    /// Byte sequences the CSV reader and the UTF-8 check treat specially.
    static let tokens: [[UInt8]] = [
        [0x2C], [0x2C], [0x2C], [0x22], [0x22], [0x22, 0x22], [0x0D], [0x0A], [0x0D, 0x0A], [0x0A, 0x0A],
        [0x00], [0x09], [0x20], [0x20, 0x20], [0x3B], [0x2F], [0x2D], [0x2E],
        // Byte order mark and its fragments.
        [0xEF, 0xBB, 0xBF], [0xEF], [0xEF, 0xBB], [0xBB, 0xBF],
        // Invalid UTF-8: overlong, stray continuation, surrogate, above U+10FFFF, truncated, 0xFF.
        [0xC0, 0x80], [0x80], [0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF], [0xFE],
        [0xF0, 0x9F, 0x98],
        // Valid multi-byte text: é, €, emoji, combining acute, zero-width joiner, NBSP.
        Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array("e\u{301}".utf8), Array("\u{200D}".utf8),
        Array("\u{00A0}".utf8),
        Array("1".utf8), Array("999".utf8), Array("0".utf8), Array("NEW".utf8), Array("abc".utf8),
        Array("16/07/2025".utf8),
    ]

    /// A random document: sometimes after a real header, so that rows get past recognition.
    static func randomDocument(_ random: inout FuzzRandom) -> [UInt8] {
        var bytes: [UInt8] = []
        switch random.below(8) {
        case 0, 1: bytes += Array(HeaderLayout.training.joined(separator: ",").utf8)
        case 2: bytes += Array(HeaderLayout.staffBase.joined(separator: ",").utf8)
        case 3: bytes += Array(HeaderLayout.workplace.joined(separator: ",").utf8)
        default: break
        }
        if !bytes.isEmpty {
            bytes += random.pick([[0x0A], [0x0D, 0x0A], [0x0D], [0x2C], []])
        }
        let pieces = random.chance(1, in: 10) ? random.int(in: 100...2000) : random.int(in: 0...120)
        for _ in 0..<pieces {
            if random.chance(1, in: 4) {
                bytes.append(random.byte())
            } else {
                bytes += random.pick(tokens)
            }
        }
        return bytes
    }

    // MARK: Example files

    /// Cell values that stress the validators: huge and negative numbers, impossible dates, odd
    /// lists, status words, references of the example workplaces and workers, and tricky text.
    static let values: [String] = [
        "", " ", "   ", "\t", " \t ", "0", "1", "2", "3", "4", "-1", "-0", "+1", "00", "007", "999", "-999", "998",
        "9999", "99999", "1000000", "99999999999999999999", "-99999999999999999999", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "999999999999999999", "-999999999999999999",
        "1.5", "37.5", "37.50", "0.5", "2.05", ".5", "5.", "1..5", "1e3", "1E308", "NaN", "inf", "Infinity", "0x1F",
        "１２", "٣", "1,000", "£20,000", "12.999", "123456789012345.99", "0.001",
        "31/02/2025", "00/00/0000", "29/02/1900", "29/02/2000", "29/02/2024", "01/01/0001", "31/12/9999",
        "01/01/10000", "1/1/2000", "16/07/2025", "17/07/2025", "15/07/2025", "16/07/2011", "17/07/1925",
        "32/13/2025", "-1/-1/-999", "99/99/9999", "01/01/-999", "0/0/0", "//", "/", "01/01/1925", "31/12/2099",
        ";", ";;", ";;;;;;", "1;", ";1", "1;2;3", "1; 2", "8;0", "0;8", "72;0", "999;999", "1;0;0", "0;0;0",
        "-1;-2", "1;1;1;1;1;1;1;1;1;1", "307;2019", "307;", ";2019", "1;3", "1;2025", "1;4;5", "2;1999", "999;0",
        "NEW", "UPDATE", "DELETE", "UNCHECKED", "NOCHANGE", "new", "Delete", "NEWW",
        "none", "NONE", "unknown", "yes", "no", "Y", "N",
        "SUNRISE-HO", "SUNRISE-CH1", "SUNRISE-DC1", "SUNRISE-DAY1", "SUNRISE-ZZ", " SUNRISE-HO ", "SUNRISE -HO",
        "EMP0001", "EMP0102", "EMP0131", "EMP0201", "EMP0301", "EMP9999", "EMP 0102",
        "QQ123456A", "qq 12 34 56 a", "QQ123456", "AB", "LS1 1AA", "ls11aa", "LS1  1AA", "ZZ99 9ZZ", "A1 1AA",
        "1-101234567", "1-", "-", "1-1234567890123",
        "😀", "👩‍👩‍👧‍👦", "e\u{301}", "\u{301}", "\u{0}", "\u{FEFF}", "\u{200B}", "\u{00A0}", "\u{2028}", "Ω≈ç√",
        "\u{202E}abc", "a\"b", "\"", "\"\"", "a,b", "line\nbreak", "cr\ronly", "crlf\r\n", "\n",
        "QUALACH04", "LOCALESTID", "STATUS",
    ]

    /// Values too large to draw often.
    static let longValues: [String] = [
        String(repeating: "A", count: 100_000), String(repeating: "9", count: 100_000),
        String(repeating: "1;", count: 50_000), String(repeating: "😀", count: 25_000),
        String(repeating: " ", count: 100_000), String(repeating: "e\u{301}", count: 30_000),
        String(repeating: "\"", count: 50_000),
    ]

    static let characters: [Character] = [
        "a", "Z", "0", "1", "9", " ", "\t", ";", "/", ".", "-", ",", "\"", "\n", "\r", "😀", "é", "\u{301}", "\u{0}",
    ]

    /// A cell value: a listed one, a number, a short random string or (rarely) a very long one.
    static func value(_ random: inout FuzzRandom) -> String {
        switch random.below(40) {
        case 0: return random.pick(longValues)
        case 1...8: return String(random.int(in: -5...420))
        case 9...12: return String((0..<random.int(in: 0...12)).map { _ in random.pick(characters) })
        default: return random.pick(values)
        }
    }

    /// A mutated copy of a seed file. The records are edited as cells and written back as CSV, then a
    /// few byte edits may follow, so most results still parse and reach the validators.
    static func mutate(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        guard var records = try? CSVReader.records(in: bytes).map(\.fields), !records.isEmpty else {
            return mutateBytes(bytes, &random)
        }
        for _ in 0..<random.int(in: 1...6) {
            mutateRecords(&records, &random)
        }
        let ending = random.pick(["\n", "\r\n", "\r\n", "\r"])
        var text = records.map(CSVWriter.record).joined(separator: ending)
        if random.chance(4, in: 5) { text += ending }
        var result = Array(text.utf8)
        if random.chance(1, in: 10) { result = [0xEF, 0xBB, 0xBF] + result }
        if random.chance(1, in: 5) {
            result = mutateBytes(result, &random)
        }
        return result
    }

    /// One edit of the records (the header is record 0).
    static func mutateRecords(_ records: inout [[String]], _ random: inout FuzzRandom) {
        let row = records.count > 1 && random.chance(19, in: 20) ? random.int(in: 1...(records.count - 1)) : 0
        let width = max(records[row].count, 1)
        switch random.below(20) {
        case 0...7:
            // Replace a cell.
            setCell(&records[row], random.below(width), value(&random))
        case 8:
            // The same column from another row.
            let other = random.below(records.count)
            let column = random.below(width)
            if column < records[other].count { setCell(&records[row], column, records[other][column]) }
        case 9:
            // Swap two cells.
            let (first, second) = (random.below(width), random.below(width))
            if first < records[row].count, second < records[row].count { records[row].swapAt(first, second) }
        case 10:
            // Missing cells.
            records[row].removeLast(min(records[row].count, random.int(in: 1...3)))
        case 11:
            // Extra cells, empty or with data.
            let extra = random.int(in: 1...3)
            records[row] += (0..<extra).map { _ in random.chance(1, in: 2) ? "" : value(&random) }
        case 12:
            // Duplicate a row (a duplicate reference).
            records.insert(records[row], at: random.int(in: 1...records.count))
        case 13:
            // Drop a row.
            if records.count > 1 { records.remove(at: random.int(in: 1...(records.count - 1))) }
        case 14:
            // Blank lines, or lines of only commas or spaces.
            let line = random.pick([[""], [""], Array(repeating: "", count: random.int(in: 2...50)), ["   "]])
            records.insert(line, at: random.int(in: 1...records.count))
        case 15:
            // Swap two rows.
            let (first, second) = (random.below(records.count), random.below(records.count))
            if first != 0, second != 0 { records.swapAt(first, second) }
        case 16:
            // A STATUS or reference edit, where the cross-row rules live.
            let column = random.below(min(width, 3))
            setCell(
                &records[row], column, random.pick(values.filter { $0.hasPrefix("SUNRISE") || $0.hasPrefix("EMP") }))
        case 17:
            // Grow or shrink a ; list.
            let column = random.below(width)
            guard column < records[row].count else { return }
            var items = Cells.list(records[row][column])
            if random.chance(1, in: 2) || items.count < 2 {
                items.insert(value(&random), at: random.below(items.count + 1))
            } else {
                items.remove(at: random.below(items.count))
            }
            records[row][column] = items.joined(separator: ";")
        default:
            mutateHeader(&records, &random)
        }
    }

    private static func setCell(_ cells: inout [String], _ column: Int, _ value: String) {
        if column < cells.count { cells[column] = value } else { cells.append(value) }
    }

    /// Header variants: the Staff file's optional columns and extra qualification pairs (inserted
    /// into every row), or a damaged name.
    static func mutateHeader(_ records: inout [[String]], _ random: inout FuzzRandom) {
        let header = records[0]
        guard !header.isEmpty else {
            records[0] = [value(&random)]
            return
        }
        let isStaff = header.count > 3 && header[1] == "UNIQUEWORKERID" && header[2] != "CATEGORY"
        switch random.below(6) {
        case 0 where isStaff && !header.contains("CHGUNIQUEWRKID"):
            insertColumn(&records, at: 2, name: "CHGUNIQUEWRKID", &random)
        case 1 where isStaff && !header.contains("TRANSFERSTAFFRECORD"):
            let at = header.contains("CHGUNIQUEWRKID") ? 3 : 2
            insertColumn(&records, at: at, name: "TRANSFERSTAFFRECORD", &random)
        case 2 where isStaff:
            // More qualification pairs, up to beyond the 99 allowed.
            let pairs = header.filter { $0.hasPrefix("QUALACH") && !$0.hasSuffix("NOTES") }.count
            let more = random.chance(1, in: 5) ? max(1, 100 - pairs) : random.int(in: 1...3)
            for pair in (pairs + 1)...(pairs + more) {
                let names = HeaderLayout.qualificationColumns(pair)
                records[0] += [names.code, names.notes]
                for index in 1..<records.count {
                    records[index] += [random.chance(1, in: 3) ? value(&random) : "", ""]
                }
            }
        case 3:
            // A lower-case, misspelt or removed name.
            let column = random.below(header.count)
            switch random.below(3) {
            case 0: records[0][column] = header[column].lowercased()
            case 1: records[0][column] = " " + header[column] + "\t"
            default: records[0].remove(at: column)
            }
        case 4:
            // A trailing empty column, or a truncated header.
            if random.chance(1, in: 2) {
                records[0].append("")
            } else {
                records[0].removeLast(min(header.count, random.int(in: 1...5)))
            }
        default:
            records[0][random.below(header.count)] = value(&random)
        }
    }

    private static func insertColumn(
        _ records: inout [[String]], at column: Int, name: String, _ random: inout FuzzRandom
    ) {
        records[0].insert(name, at: column)
        let candidates = ["", "", "", "SUNRISE-HO", "SUNRISE-CH1", "SUNRISE-DC1", "EMP0102", "EMP0131", "NEWREF"]
        for index in 1..<records.count where column <= records[index].count {
            records[index].insert(random.pick(candidates), at: column)
        }
    }

    /// Byte edits: flips, insertions of special bytes, deletions and duplicated ranges.
    static func mutateBytes(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<random.int(in: 1...4) {
            let position = random.below(bytes.count + 1)
            switch random.below(6) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] ^= UInt8(1) << UInt8(random.below(8))
            case 1:
                bytes.insert(contentsOf: random.pick(tokens), at: position)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + random.int(in: 1...16))
                bytes.removeSubrange(position..<end)
            case 3:
                let end = min(bytes.count, position + random.int(in: 1...200))
                bytes.insert(contentsOf: Array(bytes[position..<end]), at: position)
            case 4:
                bytes.insert(random.pick([0x22, 0x2C, 0x3B, 0x0D, 0x0A]), at: position)
            default:
                bytes.insert(random.byte(), at: position)
            }
        }
        return bytes
    }
}
