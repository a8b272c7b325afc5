import Testing

@testable import CarepathCore

@Suite("Reference table decoding")
struct ReferenceTableDecoderTests {
    static let sectorHeader = "sector,lad_code,postcode_count,easting,northing,max_distance_m\n"
    static let goodSector = "NR1 3,E07000148,312,623182,308533,2239\n"

    static func decodeSectors(_ body: String) throws(ReferenceDataError) -> [PostcodeSummaryRow] {
        try PostcodeSummaryRow.decoder(.sector).decodeAll(csv: Array((sectorHeader + body).utf8))
    }

    @Test func decodesRowsOfEveryKind() throws {
        let region = try RegionRow.decoder().decodeAll(
            csv: Array((RegionRow.header.joined(separator: ",") + "\nE12000006,East of England,11,45,1,2,3\n").utf8))
        #expect(
            region == [
                RegionRow(
                    code: try AreaCode("E12000006"), name: "East of England", postcodeCount: 1,
                    centroid: GridReference(easting: 2, northing: 3))
            ])
        let cassr = try CassrRow.decoder().decodeAll(
            csv: Array((CassrRow.header.joined(separator: ",") + "\nE10000020,Norfolk,E12000006,East,5,6,7").utf8))
        #expect(cassr.first?.regionCode.rawValue == "E12000006")
        #expect(cassr.first?.centroid == GridReference(easting: 6, northing: 7))
        let district = try DistrictRow.decoder().decodeAll(
            csv: Array(
                (DistrictRow.header.joined(separator: ",") + "\nE06000023,\"Bristol, City of\",E06000023,x,E12000009,y")
                    .utf8))
        #expect(district.first?.name == "Bristol, City of")
        #expect(district.first?.regionCode.rawValue == "E12000009")
        let outcode = try PostcodeSummaryRow.decoder(.outcode).decodeAll(
            csv: Array("outcode,lad_code,postcode_count,easting,northing,max_distance_m\nnr1,E07000148,1,2,3,4".utf8))
        #expect(
            outcode == [
                PostcodeSummaryRow(
                    key: "NR1", districtCode: try AreaCode("E07000148"), postcodeCount: 1,
                    centroid: GridReference(easting: 2, northing: 3), maxDistanceMetres: 4)
            ])
        #expect(try Self.decodeSectors("nr13,E07000148,1,2,3,4").first?.key == "NR1 3")
    }

    @Test func streamsRecordByRecord() throws {
        var decoder = PostcodeRow.decoder()
        var reader = CSVReader()
        var rows: [PostcodeRow] = []
        let emit = { (record: CSVRecord) throws in
            if let row = try decoder.decode(record) { rows.append(row) }
        }
        try reader.consume(Array("postcode,lad_code,easting,northing\nNR1 3JU,E07000148,623182,308533\n".utf8), emit)
        try reader.consume(Array("TR21 0HE,E06000053,90774,10282".utf8), emit)
        try reader.finish(emit)
        try decoder.finish()
        #expect(decoder.rowCount == 2)
        #expect(
            rows == [
                PostcodeRow(
                    postcode: try Postcode("NR1 3JU"), districtCode: try AreaCode("E07000148"),
                    location: GridReference(easting: 623182, northing: 308533)),
                PostcodeRow(
                    postcode: try Postcode("TR21 0HE"), districtCode: try AreaCode("E06000053"),
                    location: GridReference(easting: 90774, northing: 10282)),
            ])
    }

    @Test func headerRecordReturnsNil() throws {
        var decoder = PostcodeRow.decoder()
        #expect(try decoder.decode(CSVRecord(fields: PostcodeRow.header, line: 1)) == nil)
        #expect(decoder.rowCount == 0)
    }

    @Test func readmeStyleDescription() {
        let body = String(repeating: Self.goodSector, count: 10) + "NR1 4,E07000148,1,12x,3,4\n"
        #expect(throws: ReferenceDataError.self) { try Self.decodeSectors(body) }
        do {
            _ = try Self.decodeSectors(body)
        } catch {
            #expect(
                error.description
                    == #"postcode-sectors.csv line 12, field "easting": "12x" is not a whole number of metres"#)
            #expect(
                error
                    == ReferenceDataError(
                        file: "postcode-sectors.csv", line: 12, field: "easting", value: "12x",
                        rule: "is not a whole number of metres"))
        }
    }

    struct HeaderCase: Sendable {
        var header: String
        var ruleEnd: String
    }

    @Test(
        "header must match exactly",
        arguments: [
            HeaderCase(header: "postcode,lad_code,easting", ruleEnd: #": missing "northing""#),
            HeaderCase(header: "postcode,lad_code,easting,northing,extra", ruleEnd: #": unexpected "extra""#),
            HeaderCase(header: "postcode,lad,easting,northing", ruleEnd: #": missing "lad_code"; unexpected "lad""#),
            HeaderCase(header: "lad_code,postcode,easting,northing", ruleEnd: ": columns in a different order"),
            HeaderCase(header: "postcode,lad_code,easting,northing,northing", ruleEnd: ": repeated columns"),
            HeaderCase(
                header: "Postcode,lad_code,easting,northing", ruleEnd: #": missing "postcode"; unexpected "Postcode""#),
        ])
    func wrongHeader(_ testCase: HeaderCase) {
        do {
            _ = try PostcodeRow.decoder().decodeAll(csv: Array((testCase.header + "\nNR1 3JU,E07000148,1,2\n").utf8))
            Issue.record("accepted header \(testCase.header)")
        } catch {
            #expect(error.file == "postcodes-england.csv")
            #expect(error.line == 1)
            #expect(error.field == nil)
            #expect(error.rule.hasPrefix("the header must be exactly postcode,lad_code,easting,northing"))
            #expect(error.rule.hasSuffix(testCase.ruleEnd), "\(error.rule)")
        }
    }

    @Test func emptyFile() {
        #expect(
            throws: ReferenceDataError(
                file: "regions.csv", line: 1,
                rule: "the file is empty: expected a header row " + RegionRow.header.joined(separator: ","))
        ) {
            try RegionRow.decoder().decodeAll(csv: [UInt8]())
        }
    }

    @Test func headerWithByteOrderMark() throws {
        let rows = try Self.decodeSectors("")
        #expect(rows.isEmpty)
        let withMark = try PostcodeSummaryRow.decoder(.sector).decodeAll(
            csv: [0xEF, 0xBB, 0xBF] + Array((Self.sectorHeader + Self.goodSector).utf8))
        #expect(withMark.count == 1)
    }

    @Test func wrongFieldCount() {
        #expect(
            throws: ReferenceDataError(
                file: "postcode-sectors.csv", line: 3,
                rule:
                    "has 5 fields but the header has 6 (sector, lad_code, postcode_count, easting, northing, max_distance_m)"
            )
        ) {
            try Self.decodeSectors(Self.goodSector + "NR1 4,E07000148,1,2,3\n")
        }
        #expect(throws: ReferenceDataError.self) {
            try Self.decodeSectors(Self.goodSector + "NR1 4,E07000148,1,2,3,4,5\n")
        }
    }

    @Test func csvErrorsAreReported() {
        #expect(
            throws: ReferenceDataError(
                file: "postcode-sectors.csv", line: 3, rule: CSVError.Rule.unterminatedQuote.description)
        ) {
            try Self.decodeSectors(Self.goodSector + "\"NR1 4,E07000148,1,2,3,4\n")
        }
        #expect(
            throws: ReferenceDataError(
                file: "postcode-sectors.csv", line: 2,
                rule: "column 4: " + CSVError.Rule.quoteInUnquotedField.description)
        ) {
            try Self.decodeSectors("NR1\" 4,E07000148,1,2,3,4\n")
        }
    }

    @Test func customFileName() {
        #expect(throws: ReferenceDataError.self) {
            try CassrRow.decoder(file: "upload.csv").decodeAll(csv: Array("x\n".utf8))
        }
        #expect(CassrRow.decoder(file: "upload.csv").file == "upload.csv")
        #expect(PostcodeSummaryRow.decoder(.outcode).header == PostcodeSummaryRow.Kind.outcode.header)
    }
}
