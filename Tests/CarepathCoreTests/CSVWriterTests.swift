import Testing

@testable import CarepathCore

@Suite("CSV writer")
struct CSVWriterTests {
    @Test(
        "fields are quoted only when they must be, and read back as written",
        arguments: [
            ("plain text", "plain text"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\r\nlines", "\"two\r\nlines\""), ("two\nlines", "\"two\nlines\""), ("tab\there", "\"tab\there\""),
            ("", ""), ("\"\u{301}", "\"\"\"\u{301}\""), ("a\"\u{1F3FB}b", "\"a\"\"\u{1F3FB}b\""),
        ])
    func quoting(text: String, written: String) throws {
        #expect(CSVWriter.field(text) == written)
        let records = try CSVReader.records(in: Array((CSVWriter.record([text, "x"]) + "\n").utf8))
        #expect(records.first?.fields == [text, "x"])
    }
}
