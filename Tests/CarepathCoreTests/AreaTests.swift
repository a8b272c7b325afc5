import Foundation
import Testing

@testable import CarepathCore

@Suite("Areas")
struct AreaTests {
    @Test(
        "valid area codes",
        arguments: [("E12000006", "E12000006"), (" e06000055\n", "E06000055"), ("E92000001", "E92000001")])
    func validCodes(_ raw: String, _ expected: String) throws {
        let code = try AreaCode(raw)
        #expect(code.rawValue == expected)
        #expect(code.description == expected)
    }

    @Test(
        "invalid area codes",
        arguments: [
            ("", AreaCodeError.empty), ("  ", .empty), ("E1200006", .invalidFormat("E1200006")),
            ("W06000001", .invalidFormat("W06000001")), ("E120000061", .invalidFormat("E120000061")),
            ("E1200000A", .invalidFormat("E1200000A")), ("E12 000006", .invalidFormat("E12 000006")),
            ("E１2000006", .invalidFormat("E１2000006")),
        ])
    func invalidCodes(_ raw: String, _ error: AreaCodeError) {
        #expect(throws: error) { try AreaCode(raw) }
    }

    @Test func rawValueIsExact() {
        #expect(AreaCode(rawValue: "E12000006")?.rawValue == "E12000006")
        #expect(AreaCode(rawValue: "e12000006") == nil)
        #expect(AreaCode(rawValue: " E12000006") == nil)
    }

    @Test func errorDescription() {
        #expect(
            AreaCodeError.invalidFormat("E1200006").description
                == #""E1200006" is not an England ONS area code: expected E followed by 8 digits, like E12000006"#)
        #expect(AreaCodeError.empty.description.contains("E12000006"))
    }

    @Test func orderingAndCoding() throws {
        let codes = try ["E12000001", "E06000001", "E10000020"].map { try AreaCode($0) }
        #expect(codes.sorted().map(\.rawValue) == ["E06000001", "E10000020", "E12000001"])
        let json = try JSONEncoder().encode(codes)
        #expect(String(decoding: json, as: UTF8.self) == #"["E12000001","E06000001","E10000020"]"#)
        #expect(try JSONDecoder().decode([AreaCode].self, from: json) == codes)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([AreaCode].self, from: Data(#"["X1"]"#.utf8)) }
    }

    @Test func levels() {
        #expect(AreaLevel.allCases == [.country, .region, .cassr, .district])
        #expect(
            AreaLevel.allCases.map(\.displayName) == [
                "Country", "Region", "Council (adult social services)", "Local authority district",
            ])
        #expect(
            AreaLevel.allCases.map(\.pluralName) == [
                "Countries", "Regions", "Councils (adult social services)", "Local authority districts",
            ])
        #expect(AreaLevel.allCases.map(\.parentLevel) == [nil, .country, .region, .cassr])
        #expect(AreaLevel(rawValue: "cassr") == .cassr)
    }

    @Test func england() throws {
        #expect(England.code.rawValue == "E92000001")
        #expect(England.name == "England")
        #expect(England.reference == AreaReference(code: try AreaCode("E92000001"), name: "England", level: .country))
    }

    @Test func areaReferenceAndCoding() throws {
        let area = Area(
            code: try AreaCode("E12000006"), name: "East of England", level: .region, parent: England.reference,
            centroid: GridReference(easting: 1, northing: 2))
        #expect(area.reference == AreaReference(code: area.code, name: "East of England", level: .region))
        let decoded = try JSONDecoder().decode(Area.self, from: JSONEncoder().encode(area))
        #expect(decoded == area)
    }

    @Test(
        "Barnsley and Sheffield aliases",
        arguments: [
            ("E08000016", "E08000038"), ("E08000019", "E08000039"), ("E08000038", "E08000038"),
            ("E08000039", "E08000039"), ("E06000055", "E06000055"),
        ])
    func aliases(_ old: String, _ current: String) throws {
        #expect(AreaCodeAliases.current(for: try AreaCode(old)) == (try AreaCode(current)))
    }
}
