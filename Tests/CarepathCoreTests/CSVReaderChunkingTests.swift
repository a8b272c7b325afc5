import Testing

@testable import CarepathCore

/// Splitting the input into chunks anywhere must never change the result.
@Suite("CSV reader chunking")
struct CSVReaderChunkingTests {
    /// A byte order mark, CRLF and LF endings, quoted commas, quotes and line
    /// breaks, 2-, 3- and 4-byte characters, blank lines and a final lone CR.
    static let tricky = Array(
        "\u{FEFF}id,name,note\r\n1,\"Smith, J\",\"said \"\"hi\"\"\"\r\n\r\n2,Zoë,\"two\r\nlines\"\n3,€5,😀\n\n4,\"\",\"\"\"\"\r"
            .utf8)

    static let trickyRecords = [
        CSVRecord(fields: ["id", "name", "note"], line: 1),
        CSVRecord(fields: ["1", "Smith, J", "said \"hi\""], line: 2),
        CSVRecord(fields: ["2", "Zoë", "two\r\nlines"], line: 4),
        CSVRecord(fields: ["3", "€5", "😀"], line: 6),
        CSVRecord(fields: ["4", "", "\""], line: 8),
    ]

    static func read(_ bytes: [UInt8], splits: [Int]) throws -> [CSVRecord] {
        var reader = CSVReader()
        var records: [CSVRecord] = []
        var start = 0
        for split in splits + [bytes.count] {
            try reader.consume(bytes[start..<split]) { records.append($0) }
            start = split
        }
        try reader.finish { records.append($0) }
        return records
    }

    @Test func wholeInput() throws {
        #expect(try Self.read(Self.tricky, splits: []) == Self.trickyRecords)
    }

    @Test func everySingleSplit() throws {
        for split in 0...Self.tricky.count {
            #expect(try Self.read(Self.tricky, splits: [split]) == Self.trickyRecords, "split at \(split)")
        }
    }

    @Test func everyPairOfSplits() throws {
        for first in 0...Self.tricky.count {
            for second in first...Self.tricky.count {
                let records = try Self.read(Self.tricky, splits: [first, second])
                #expect(records == Self.trickyRecords, "splits at \(first), \(second)")
            }
        }
    }

    @Test func emptyChunksChangeNothing() throws {
        let splits = Array(0...Self.tricky.count).flatMap { [$0, $0] }
        #expect(try Self.read(Self.tricky, splits: splits) == Self.trickyRecords)
    }

    @Test("errors are reported at the same place however the input is split", arguments: CSVReaderTests.errorCases)
    func errorsUnderSplitting(_ testCase: CSVErrorCase) {
        for split in 0...testCase.input.count {
            #expect(throws: testCase.expected, "split at \(split)") {
                try Self.read(testCase.input, splits: [split])
            }
        }
    }

    @Test("every case reads the same split anywhere", arguments: CSVReaderTests.cases)
    func casesUnderSplitting(_ testCase: CSVCase) throws {
        for split in 0...testCase.input.count {
            #expect(try Self.read(testCase.input, splits: [split]) == testCase.expected, "split at \(split)")
        }
    }
}
