import Testing

@testable import CarepathCore

/// A named CSV input and the records it should produce, as (line, fields).
struct CSVCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: [UInt8]
    var expected: [CSVRecord]
    var testDescription: String { name }

    init(_ name: String, _ input: String, _ expected: [(Int, [String])]) {
        self.init(name, Array(input.utf8), expected)
    }

    init(_ name: String, _ input: [UInt8], _ expected: [(Int, [String])]) {
        self.name = name
        self.input = input
        self.expected = expected.map { CSVRecord(fields: $0.1, line: $0.0) }
    }
}

/// A named CSV input and the error it should produce.
struct CSVErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: [UInt8]
    var expected: CSVError
    var testDescription: String { name }

    init(_ name: String, _ input: String, _ expected: CSVError) {
        self.init(name, Array(input.utf8), expected)
    }

    init(_ name: String, _ input: [UInt8], _ expected: CSVError) {
        self.name = name
        self.input = input
        self.expected = expected
    }
}

@Suite("CSV reader")
struct CSVReaderTests {
    static let cases: [CSVCase] = [
        CSVCase("LF", "a,b,c\n1,2,3\n", [(1, ["a", "b", "c"]), (2, ["1", "2", "3"])]),
        CSVCase("no final line break", "a,b\n1,2", [(1, ["a", "b"]), (2, ["1", "2"])]),
        CSVCase("CRLF", "a,b\r\n1,2\r\n", [(1, ["a", "b"]), (2, ["1", "2"])]),
        CSVCase("lone CR at end", "a,b\r", [(1, ["a", "b"])]),
        CSVCase("lone CR between records", "a\rb\r\nc", [(1, ["a"]), (2, ["b"]), (3, ["c"])]),
        CSVCase("quoted comma", "\"a,b\",c\n", [(1, ["a,b", "c"])]),
        CSVCase("escaped quotes", "\"say \"\"hi\"\"\",x", [(1, ["say \"hi\"", "x"])]),
        CSVCase("only an escaped quote", "\"\"\"\"", [(1, ["\""])]),
        CSVCase("LF in quotes", "\"line1\nline2\",z\nnext\n", [(1, ["line1\nline2", "z"]), (3, ["next"])]),
        CSVCase("CRLF in quotes kept", "\"a\r\nb\"\r\nc", [(1, ["a\r\nb"]), (3, ["c"])]),
        CSVCase("lone CR in quotes counts a line", "\"a\rb\",c\nd", [(1, ["a\rb", "c"]), (3, ["d"])]),
        CSVCase("empty fields", ",,\n", [(1, ["", "", ""])]),
        CSVCase("trailing empty field", "a,\n", [(1, ["a", ""])]),
        CSVCase("leading empty field", ",a", [(1, ["", "a"])]),
        CSVCase("trailing comma at end", "a,", [(1, ["a", ""])]),
        CSVCase("blank lines skipped", "\n\na\n\n\r\nb\n\n", [(3, ["a"]), (6, ["b"])]),
        CSVCase("empty quoted field is a record", "\"\"\n\"\",\"\"", [(1, [""]), (2, ["", ""])]),
        CSVCase("spaces kept", " a , b \n \n", [(1, [" a ", " b "]), (2, [" "])]),
        CSVCase("byte order mark skipped", "\u{FEFF}a,b\n", [(1, ["a", "b"])]),
        CSVCase("byte order mark later is data", "a,\u{FEFF}b", [(1, ["a", "\u{FEFF}b"])]),
        CSVCase("UTF-8", "café,€,😀\n\"naïve, ok\",ß", [(1, ["café", "€", "😀"]), (2, ["naïve, ok", "ß"])]),
        CSVCase("empty input", "", []),
        CSVCase("only line breaks", "\n\r\n\r", []),
        CSVCase("quoted field at end", "\"x\"", [(1, ["x"])]),
        CSVCase("quoted then unquoted", "\"x\",y,\"z\"\n", [(1, ["x", "y", "z"])]),
        CSVCase("ragged records", "a,b,c\nd\n", [(1, ["a", "b", "c"]), (2, ["d"])]),
        CSVCase("byte order mark then a field with no line end", [0xEF, 0xBB, 0xBF, 0x61], [(1, ["a"])]),
    ]

    @Test("reads whole documents", arguments: cases)
    func wholeDocument(_ testCase: CSVCase) throws {
        #expect(try CSVReader.records(in: testCase.input) == testCase.expected)
    }

    @Test("reads one byte at a time", arguments: cases)
    func byteAtATime(_ testCase: CSVCase) throws {
        var reader = CSVReader()
        var records: [CSVRecord] = []
        for byte in testCase.input {
            try reader.consume([byte]) { records.append($0) }
        }
        try reader.finish { records.append($0) }
        #expect(records == testCase.expected)
    }

    static let errorCases: [CSVErrorCase] = [
        CSVErrorCase(
            "quote in unquoted field", "a,b\"c\n", CSVError(line: 1, column: 4, field: 2, rule: .quoteInUnquotedField)),
        CSVErrorCase(
            "quote in unquoted field on line 2", "x\r\nab\"c",
            CSVError(line: 2, column: 3, field: 1, rule: .quoteInUnquotedField)),
        CSVErrorCase(
            "columns count characters", "é,€\"", CSVError(line: 1, column: 4, field: 2, rule: .quoteInUnquotedField)),
        CSVErrorCase(
            "text after closing quote", "\"abc\"x,1",
            CSVError(line: 1, column: 6, field: 1, rule: .textAfterClosingQuote)),
        CSVErrorCase(
            "space after closing quote", "1,\"abc\" \n",
            CSVError(line: 1, column: 8, field: 2, rule: .textAfterClosingQuote)),
        CSVErrorCase(
            "text after quote on a continued line", "\"a\nb\"c",
            CSVError(line: 2, column: 3, field: 1, rule: .textAfterClosingQuote)),
        CSVErrorCase("unterminated quote", "a\n\"abc", CSVError(line: 2, field: 1, rule: .unterminatedQuote)),
        CSVErrorCase(
            "unterminated multi-line quote", "a\nb,\"multi\nline\n",
            CSVError(line: 2, field: 2, rule: .unterminatedQuote)),
        CSVErrorCase("invalid UTF-8", [0x61, 0x2C, 0xFF, 0x0A], CSVError(line: 1, field: 2, rule: .invalidUTF8)),
        CSVErrorCase(
            "truncated UTF-8 at end", [0x61, 0x0A, 0x62, 0xC3], CSVError(line: 2, field: 1, rule: .invalidUTF8)),
        CSVErrorCase(
            "invalid UTF-8 in quotes", [0x22, 0x0A, 0xC3, 0x28, 0x22], CSVError(line: 1, field: 1, rule: .invalidUTF8)),
        CSVErrorCase("partial byte order mark", [0xEF, 0xBB], CSVError(line: 1, field: 1, rule: .invalidUTF8)),
        CSVErrorCase(
            "partial byte order mark then text", [0xEF, 0xBB, 0x61], CSVError(line: 1, field: 1, rule: .invalidUTF8)),
    ]

    @Test("rejects malformed documents", arguments: errorCases)
    func malformed(_ testCase: CSVErrorCase) {
        #expect(throws: testCase.expected) { try CSVReader.records(in: testCase.input) }
    }

    @Test func errorDescriptions() {
        let quote = CSVError(line: 3, column: 7, field: 2, rule: .quoteInUnquotedField)
        #expect(quote.description.hasPrefix("line 3, column 7 (field 2): a quote (\") may only appear"))
        let unterminated = CSVError(line: 9, field: 4, rule: .unterminatedQuote)
        #expect(unterminated.description.hasPrefix("line 9, field 4: a quoted field is never closed"))
        #expect(
            CSVError(line: 2, rule: .invalidUTF8).description
                == "line 2: the text is not valid UTF-8: save the file as \"CSV UTF-8\"")
    }

    @Test func errorsAreSticky() throws {
        var reader = CSVReader()
        let expected = CSVError(line: 1, column: 2, field: 1, rule: .quoteInUnquotedField)
        #expect(throws: expected) { try reader.consume(Array("a\"".utf8)) { _ in } }
        #expect(throws: expected) { try reader.consume(Array("b\n".utf8)) { _ in } }
        #expect(throws: expected) { try reader.finish { _ in } }
    }

    @Test func reusableAfterFinish() throws {
        var reader = CSVReader()
        var records: [CSVRecord] = []
        try reader.consume(Array("a,b\nc".utf8)) { records.append($0) }
        try reader.finish { records.append($0) }
        try reader.consume(Array("\u{FEFF}d\n".utf8)) { records.append($0) }
        try reader.finish { records.append($0) }
        #expect(
            records == [
                .init(fields: ["a", "b"], line: 1), .init(fields: ["c"], line: 2), .init(fields: ["d"], line: 1),
            ])
    }

    @Test func acceptsAnyByteCollection() throws {
        let text = "x,\"y\"\n1,2\n"
        let expected = [CSVRecord(fields: ["x", "y"], line: 1), CSVRecord(fields: ["1", "2"], line: 2)]
        // Not contiguous, so this takes the copying path.
        #expect(try CSVReader.records(in: text.utf8.lazy.map { $0 }) == expected)
        #expect(try CSVReader.records(in: text.utf8) == expected)
        #expect(try CSVReader.records(in: Array(text.utf8)[...]) == expected)

        var reader = CSVReader()
        var records: [CSVRecord] = []
        try Array(text.utf8).withUnsafeBytes { raw in
            try reader.consume(raw) { records.append($0) }
        }
        try reader.finish { records.append($0) }
        #expect(records == expected)
    }

    @Test func emitErrorsPropagate() {
        struct Stop: Error, Equatable {}
        var reader = CSVReader()
        #expect(throws: Stop()) { try reader.consume(Array("a\nb\n".utf8)) { _ in throw Stop() } }
    }

    @Test func recordAccessors() {
        let record = CSVRecord(fields: ["a", "b"], line: 4)
        #expect(record[1] == "b")
        #expect(record.count == 2)
        #expect(record.line == 4)
    }
}
