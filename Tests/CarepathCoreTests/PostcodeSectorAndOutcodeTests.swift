import Testing

@testable import CarepathCore

@Suite("Postcode sectors, outcodes and queries")
struct PostcodeSectorAndOutcodeTests {
    @Test(
        "sectors", arguments: [("nr1 3", "NR1 3"), ("NR13", "NR1 3"), ("SW1A1", "SW1A 1"), (" tr21  0 ", "TR21 0")])
    func sectors(_ raw: String, _ expected: String) throws {
        let sector = try PostcodeSector(raw)
        #expect(sector.normalised == expected)
        #expect(sector.description == expected)
        #expect(sector.outcode.normalised == String(expected.dropLast(2)))
    }

    @Test(
        "bad sectors",
        arguments: [
            ("", PostcodeError.empty), ("NR1", .invalidFormat("NR1")), ("NR1 3JU", .invalidFormat("NR1 3JU")),
            ("NR1 A", .invalidFormat("NR1 A")), ("NR1-3", .invalidCharacters("NR1-3")),
            ("ABCD1 2", .invalidFormat("ABCD1 2")),
        ])
    func badSectors(_ raw: String, _ error: PostcodeError) {
        #expect(throws: error) { try PostcodeSector(raw) }
    }

    @Test(
        "outcodes", arguments: [("nr1", "NR1"), ("sw1a", "SW1A"), ("E1W", "E1W"), (" M60\t", "M60"), ("dn55", "DN55")])
    func outcodes(_ raw: String, _ expected: String) throws {
        #expect(try Outcode(raw).normalised == expected)
        #expect(try Outcode(raw).description == expected)
    }

    @Test(
        "bad outcodes",
        arguments: [
            ("", PostcodeError.empty), ("NR", .invalidFormat("NR")), ("NR1 3", .invalidFormat("NR1 3")),
            ("N", .invalidFormat("N")), ("123", .invalidFormat("123")), ("NR1!", .invalidCharacters("NR1!")),
            ("SW1AA", .invalidFormat("SW1AA")), ("M 60", .invalidFormat("M 60")),
        ])
    func badOutcodes(_ raw: String, _ error: PostcodeError) {
        #expect(throws: error) { try Outcode(raw) }
    }

    @Test func outcodeArea() throws {
        #expect(try Outcode("NR1").area == "NR")
        #expect(try Outcode("E1W").area == "E")
        #expect(try Outcode("SW1A").area == "SW")
    }

    @Test(
        "queries decide by shape",
        arguments: [
            ("nr1 3ju", "postcode", "NR1 3JU"),
            ("NR13JU", "postcode", "NR1 3JU"),
            ("NR1 3", "sector", "NR1 3"),
            ("sw1a1", "sector", "SW1A 1"),
            ("NR1", "outcode", "NR1"),
            // Without a space this is the Norwich outcode NR13, not sector NR1 3.
            ("NR13", "outcode", "NR13"),
            ("NR13 ", "outcode", "NR13"),
            ("NR1 A3", "sector", "NR1A 3"),
            ("E1W", "outcode", "E1W"),
        ])
    func queries(_ raw: String, _ kind: String, _ normalised: String) throws {
        let query = try PostcodeQuery(raw)
        #expect(query.normalised == normalised)
        switch query {
        case .postcode(let postcode): #expect(kind == "postcode" && postcode.normalised == normalised)
        case .sector(let sector): #expect(kind == "sector" && sector.normalised == normalised)
        case .outcode(let outcode): #expect(kind == "outcode" && outcode.normalised == normalised)
        }
    }

    @Test(
        "bad queries",
        arguments: [
            ("ZZZ", PostcodeError.invalidFormat("ZZZ")), ("", .empty), ("SW1A-1AA", .invalidCharacters("SW1A-1AA")),
            ("NR1 3J", .invalidFormat("NR1 3J")), ("12345", .invalidFormat("12345")),
            ("N R 1", .invalidFormat("N R 1")),
        ])
    func badQueries(_ raw: String, _ error: PostcodeError) {
        #expect(throws: error) { try PostcodeQuery(raw) }
    }
}
