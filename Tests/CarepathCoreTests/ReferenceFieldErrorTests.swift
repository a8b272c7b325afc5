import Testing

@testable import CarepathCore

/// Every field rule of the reference decoders, each with the exact error it gives.
@Suite("Reference field errors")
struct ReferenceFieldErrorTests {
    static func decodeSectors(_ body: String) throws(ReferenceDataError) -> [PostcodeSummaryRow] {
        try ReferenceTableDecoderTests.decodeSectors(body)
    }

    struct FieldCase: Sendable, CustomTestStringConvertible {
        var row: String
        var field: String
        var value: String?
        var rule: String
        var testDescription: String { row }
    }

    @Test(
        "each field is checked",
        arguments: [
            FieldCase(
                row: "NR1 3JU,E07000148,1,2,3,4", field: "sector", value: "NR1 3JU",
                rule: "is not a postcode sector: expected a form like NR1 3"),
            FieldCase(
                row: "NR1,E07000148,1,2,3,4", field: "sector", value: "NR1",
                rule: "is not a postcode sector: expected a form like NR1 3"),
            FieldCase(
                row: "NR1 3,E7000148,1,2,3,4", field: "lad_code", value: "E7000148",
                rule: "is not an ONS area code: expected E followed by 8 digits, like E12000006"),
            FieldCase(
                row: "NR1 3,,1,2,3,4", field: "lad_code", value: "",
                rule: "is not an ONS area code: expected E followed by 8 digits, like E12000006"),
            FieldCase(
                row: "NR1 3,E07000148,-1,2,3,4", field: "postcode_count", value: "-1",
                rule: "is not a count: expected a whole number of 0 or more, digits only"),
            FieldCase(
                row: "NR1 3,E07000148,+1,2,3,4", field: "postcode_count", value: "+1",
                rule: "is not a count: expected a whole number of 0 or more, digits only"),
            FieldCase(
                row: "NR1 3,E07000148,\"1,000\",2,3,4", field: "postcode_count", value: "1,000",
                rule: "is not a count: expected a whole number of 0 or more, digits only"),
            FieldCase(
                row: "NR1 3,E07000148,,2,3,4", field: "postcode_count", value: "",
                rule: "is not a count: expected a whole number of 0 or more, digits only"),
            FieldCase(
                row: "NR1 3,E07000148,1, 2,3,4", field: "easting", value: " 2", rule: "is not a whole number of metres"),
            FieldCase(
                row: "NR1 3,E07000148,1,2.5,3,4", field: "easting", value: "2.5",
                rule: "is not a whole number of metres"),
            FieldCase(
                row: "NR1 3,E07000148,1,2,1e3,4", field: "northing", value: "1e3",
                rule: "is not a whole number of metres"),
            FieldCase(
                row: "NR1 3,E07000148,1,2,-3,4", field: "northing", value: "-3", rule: "is not a whole number of metres"
            ),
            FieldCase(
                row: "NR1 3,E07000148,1,2,3,1234567890123456789", field: "max_distance_m", value: "1234567890123456789",
                rule: "is not a whole number of metres"),
        ])
    func badSectorField(_ testCase: FieldCase) {
        #expect(
            throws: ReferenceDataError(
                file: "postcode-sectors.csv", line: 2, field: testCase.field, value: testCase.value, rule: testCase.rule
            )
        ) {
            try Self.decodeSectors(testCase.row + "\n")
        }
    }

    @Test func badPostcodeAndOutcode() {
        #expect(
            throws: ReferenceDataError(
                file: "postcodes-england.csv", line: 2, field: "postcode", value: "NR1 3J",
                rule: "is not a postcode: expected a form like NR1 3JU")
        ) {
            try PostcodeRow.decoder().decodeAll(
                csv: Array("postcode,lad_code,easting,northing\nNR1 3J,E07000148,1,2".utf8))
        }
        #expect(
            throws: ReferenceDataError(
                file: "postcode-outcodes.csv", line: 2, field: "outcode", value: "NR1 3",
                rule: "is not an outcode: expected a form like NR1")
        ) {
            try PostcodeSummaryRow.decoder(.outcode).decodeAll(
                csv: Array(
                    "outcode,lad_code,postcode_count,easting,northing,max_distance_m\nNR1 3,E07000148,1,2,3,4".utf8))
        }
    }

    @Test func emptyName() {
        #expect(
            throws: ReferenceDataError(file: "la-lookup.csv", line: 2, field: "lad_name", rule: "must not be empty")
        ) {
            try DistrictRow.decoder().decodeAll(
                csv: Array((DistrictRow.header.joined(separator: ",") + "\nE06000023,,E06000023,x,E12000009,y").utf8))
        }
        #expect(
            ReferenceDataError(file: "la-lookup.csv", line: 2, field: "lad_name", rule: "must not be empty").description
                == #"la-lookup.csv line 2, field "lad_name": must not be empty"#)
    }

    @Test func regionCountsAreChecked() {
        #expect(
            throws: ReferenceDataError(
                file: "regions.csv", line: 2, field: "lad_count", value: "x",
                rule: "is not a count: expected a whole number of 0 or more, digits only")
        ) {
            try RegionRow.decoder().decodeAll(
                csv: Array((RegionRow.header.joined(separator: ",") + "\nE12000006,East of England,11,x,1,2,3\n").utf8))
        }
    }
}
