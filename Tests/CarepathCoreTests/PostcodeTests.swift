import Foundation
import Testing

@testable import CarepathCore

@Suite("Postcode")
struct PostcodeTests {
    /// The README's test-case postcodes, with their outcode, sector and inward code.
    static let readmeCases: [(String, outcode: String, sector: String, inward: String)] = [
        ("SW1A 1AA", "SW1A", "SW1A 1", "1AA"),
        ("EC1A 1BB", "EC1A", "EC1A 1", "1BB"),
        ("NR1 3JU", "NR1", "NR1 3", "3JU"),
        ("IP1 2BX", "IP1", "IP1 2", "2BX"),
        ("MK40 1SJ", "MK40", "MK40 1", "1SJ"),
        ("RM17 6SL", "RM17", "RM17 6", "6SL"),
        ("DA6 7AT", "DA6", "DA6 7", "7AT"),
        ("CA1 1AA", "CA1", "CA1 1", "1AA"),
        ("DL7 8AD", "DL7", "DL7 8", "8AD"),
        ("S70 2TA", "S70", "S70 2", "2TA"),
        ("S1 2HH", "S1", "S1 2", "2HH"),
        ("TA1 1HE", "TA1", "TA1 1", "1HE"),
        ("TR21 0HE", "TR21", "TR21 0", "0HE"),
    ]

    @Test("README test-case postcodes parse and split", arguments: readmeCases)
    func readmePostcodes(_ testCase: (String, outcode: String, sector: String, inward: String)) throws {
        let postcode = try Postcode(testCase.0)
        #expect(postcode.normalised == testCase.0)
        #expect(postcode.description == testCase.0)
        #expect(postcode.outcode.normalised == testCase.outcode)
        #expect(postcode.sector.normalised == testCase.sector)
        #expect(postcode.sector.outcode == postcode.outcode)
        #expect(postcode.inward == testCase.inward)

        let compact = testCase.0.replacingOccurrences(of: " ", with: "")
        for variant in [compact, compact.lowercased(), "  \(testCase.0.lowercased())\t", " \(compact) \n"] {
            #expect(try Postcode(variant) == postcode, "\(variant)")
        }
        #expect(try PostcodeQuery(testCase.0) == .postcode(postcode))
    }

    @Test(
        "every outward code shape is accepted",
        arguments: [
            ("m11ae", "M1 1AE"), ("M60 1NW", "M60 1NW"), ("W1A 0AX", "W1A 0AX"), ("cr2 6xh", "CR2 6XH"),
            ("DN551PT", "DN55 1PT"), ("ec1a1bb", "EC1A 1BB"), ("N R 1 3 J U", "NR1 3JU"),
            ("NR1\u{00A0}3JU", "NR1 3JU"), ("\u{2003}NR1 3JU\u{3000}", "NR1 3JU"),
        ])
    func shapes(_ raw: String, _ expected: String) throws {
        #expect(try Postcode(raw).normalised == expected)
    }

    @Test(
        "inputs that are not full postcodes are rejected",
        arguments: [
            ("", PostcodeError.empty),
            (" \t\n", .empty),
            ("SW1A-1AA", .invalidCharacters("SW1A-1AA")),
            ("NR1_3JU", .invalidCharacters("NR1_3JU")),
            ("NR1 3JÜ", .invalidCharacters("NR1 3JÜ")),
            ("ＮＲ1 3JU", .invalidCharacters("ＮＲ1 3JU")),
            ("NR1 3J", .invalidFormat("NR1 3J")),
            ("NR1", .invalidFormat("NR1")),
            ("NR1 3", .invalidFormat("NR1 3")),
            ("1NR 3JU", .invalidFormat("1NR 3JU")),
            ("ABC1 3JU", .invalidFormat("ABC1 3JU")),
            ("NR1 33U", .invalidFormat("NR1 33U")),
            ("NR1 3J1", .invalidFormat("NR1 3J1")),
            ("NR1A1 3JU", .invalidFormat("NR1A1 3JU")),
            ("NRA 3JU", .invalidFormat("NRA 3JU")),
            ("N1RR 3JU", .invalidFormat("N1RR 3JU")),
            ("GIR 0AA", .invalidFormat("GIR 0AA")),
            ("NR1 3JUNR1 3JU", .invalidFormat("NR1 3JUNR1 3JU")),
        ])
    func rejects(_ raw: String, _ error: PostcodeError) {
        #expect(throws: error) { try Postcode(raw) }
    }

    @Test func errorDescriptions() {
        #expect(
            PostcodeError.invalidCharacters("SW1A-1AA").description
                == #""SW1A-1AA" is not a postcode: use only letters, digits and spaces"#)
        #expect(
            PostcodeError.invalidFormat("ZZZ").description
                == #""ZZZ" is not a postcode, postcode sector or outcode: expected a form like NR1 3JU, NR1 3 or NR1"#)
        #expect(PostcodeError.empty.description.contains("NR1 3JU"))
        // Text of another kind is named, so a user knows why it was refused.
        #expect(PostcodeError.invalidFormat("NR1").description.hasPrefix(#""NR1" is an outcode"#))
        #expect(PostcodeError.invalidFormat("nr1 3").description.hasPrefix(#""nr1 3" is a postcode sector"#))
        #expect(PostcodeError.invalidFormat("NR1 3JU").description.hasPrefix(#""NR1 3JU" is a full postcode"#))
        let long = String(repeating: "A", count: 500)
        #expect(PostcodeError.invalidFormat(long).description.count < 200)
    }

    @Test func natualOrder() throws {
        let outcodes = try ["B10", "E1W", "B2", "E10", "B1", "E1", "EC1A", "E2"].map { try Outcode($0) }
        #expect(outcodes.sorted().map(\.normalised) == ["B1", "B2", "B10", "E1", "E1W", "E2", "E10", "EC1A"])
        let sectors = try ["B10 1", "B1 9", "B1 1", "B2 0"].map { try PostcodeSector($0) }
        #expect(sectors.sorted().map(\.normalised) == ["B1 1", "B1 9", "B2 0", "B10 1"])
        let postcodes = try ["B10 1AA", "B1 9ZZ", "B1 1AB", "B1 1AA"].map { try Postcode($0) }
        #expect(postcodes.sorted().map(\.normalised) == ["B1 1AA", "B1 1AB", "B1 9ZZ", "B10 1AA"])
    }

    @Test func codableAsString() throws {
        let postcode = try Postcode("nr13ju")
        let json = try JSONEncoder().encode([postcode])
        #expect(String(decoding: json, as: UTF8.self) == #"["NR1 3JU"]"#)
        #expect(
            try JSONDecoder().decode([Postcode].self, from: Data(#"["ec1a1bb"]"#.utf8)) == [try Postcode("EC1A 1BB")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Postcode].self, from: Data(#"["NR1"]"#.utf8)) }

        let sector = try JSONDecoder().decode([PostcodeSector].self, from: Data(#"["nr13"]"#.utf8))
        #expect(sector == [try PostcodeSector("NR1 3")])
        #expect(String(decoding: try JSONEncoder().encode(sector), as: UTF8.self) == #"["NR1 3"]"#)
        let outcode = try JSONDecoder().decode([Outcode].self, from: Data(#"["sw1a"]"#.utf8))
        #expect(String(decoding: try JSONEncoder().encode(outcode), as: UTF8.self) == #"["SW1A"]"#)
    }
}
