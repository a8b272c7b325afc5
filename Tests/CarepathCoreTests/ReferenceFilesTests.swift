import Foundation
import Testing

@testable import CarepathCore

/// The README's invariants, checked against the real files.
@Suite("Reference files")
struct ReferenceFilesTests {
    @Test func regions() throws {
        let regions = try ReferenceFiles.regions()
        #expect(regions.count == 9)
        #expect(regions.map(\.code.rawValue) == (1...9).map { "E1200000\($0)" })
        #expect(regions.first { $0.code.rawValue == "E12000006" }?.name == "East of England")
    }

    @Test func cassrsPerRegion() throws {
        let regions = try ReferenceFiles.regions()
        let cassrs = try ReferenceFiles.cassrs()
        #expect(cassrs.count == 153)
        #expect(Set(cassrs.map(\.code)).count == 153)
        let names = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0.name) })
        var perRegion: [String: Int] = [:]
        for cassr in cassrs {
            let name = try #require(names[cassr.regionCode], "\(cassr.code) has unknown region \(cassr.regionCode)")
            perRegion[name, default: 0] += 1
        }
        #expect(
            perRegion == [
                "North East": 12, "North West": 24, "Yorkshire and The Humber": 15, "East Midlands": 10,
                "West Midlands": 14, "East of England": 11, "London": 33, "South East": 19, "South West": 15,
            ])
        // Region postcode counts are the sums of their councils'.
        for region in regions {
            let sum = cassrs.filter { $0.regionCode == region.code }.map(\.postcodeCount).reduce(0, +)
            #expect(sum == region.postcodeCount, "\(region.name)")
        }
        let scilly = try #require(cassrs.first { $0.code.rawValue == "E06000053" })
        #expect(scilly.centroid == GridReference(easting: 90475, northing: 11614))
    }

    @Test func districts() throws {
        let districts = try ReferenceFiles.districts()
        let cassrs = try ReferenceFiles.cassrs()
        #expect(districts.count == 296)
        let cassrCodes = Set(districts.map(\.cassrCode))
        #expect(cassrCodes.count == 153)
        #expect(cassrCodes == Set(cassrs.map(\.code)))
        let cassrRegions = Dictionary(uniqueKeysWithValues: cassrs.map { ($0.code, $0.regionCode) })
        for district in districts {
            #expect(cassrRegions[district.cassrCode] == district.regionCode, "\(district.code)")
        }
        let prefixes = Dictionary(grouping: districts) { String($0.code.rawValue.prefix(3)) }.mapValues(\.count)
        #expect(prefixes == ["E06": 63, "E07": 164, "E08": 36, "E09": 33])
        #expect(districts.contains { $0.name == "Bristol, City of" })
    }

    @Test("postcode summaries", arguments: [(PostcodeSummaryRow.Kind.sector, 10_060), (.outcode, 2_323)])
    func summaries(_ kind: PostcodeSummaryRow.Kind, _ count: Int) throws {
        let rows = try ReferenceFiles.summaries(kind)
        let districtCodes = Set(try ReferenceFiles.districts().map(\.code))
        #expect(rows.count == count)
        #expect(Set(rows.map(\.key)).count == count)
        for row in rows where !districtCodes.contains(row.districtCode) {
            Issue.record("\(kind) \(row.key) has lad_code \(row.districtCode), which is not in la-lookup.csv")
        }
        #expect(rows.map(\.postcodeCount).reduce(0, +) == 2_264_892)
        // The files are in natural postcode order, which the types' ordering reproduces.
        switch kind {
        case .sector:
            let sectors = try rows.map { try PostcodeSector($0.key) }
            #expect(sectors == sectors.sorted())
        case .outcode:
            let outcodes = try rows.map { try Outcode($0.key) }
            #expect(outcodes == outcodes.sorted())
        }
    }

    /// The README's test-case table: each postcode's sector and outcode majority
    /// district, and the district's council and region.
    static let readmeLookups:
        [(postcode: String, lad: String, cassr: String, region: String, sectorLAD: String, outcodeLAD: String)] = [
            ("SW1A 1AA", "E09000033", "E09000033", "E12000007", "E09000033", "E09000033"),
            ("EC1A 1BB", "E09000019", "E09000019", "E12000007", "E09000019", "E09000001"),
            ("NR1 3JU", "E07000148", "E10000020", "E12000006", "E07000148", "E07000148"),
            ("IP1 2BX", "E07000202", "E10000029", "E12000006", "E07000202", "E07000202"),
            ("MK40 1SJ", "E06000055", "E06000055", "E12000006", "E06000055", "E06000055"),
            ("RM17 6SL", "E06000034", "E06000034", "E12000006", "E06000034", "E06000034"),
            ("DA6 7AT", "E09000004", "E09000004", "E12000007", "E09000004", "E09000004"),
            ("CA1 1AA", "E06000063", "E06000063", "E12000002", "E06000063", "E06000063"),
            ("DL7 8AD", "E06000065", "E06000065", "E12000003", "E06000065", "E06000065"),
            ("S70 2TA", "E08000038", "E08000038", "E12000003", "E08000038", "E08000038"),
            ("S1 2HH", "E08000039", "E08000039", "E12000003", "E08000039", "E08000039"),
            ("TA1 1HE", "E06000066", "E06000066", "E12000009", "E06000066", "E06000066"),
            ("TR21 0HE", "E06000053", "E06000053", "E12000009", "E06000053", "E06000053"),
        ]

    @Test func readmeLookupTable() throws {
        let districts = Dictionary(uniqueKeysWithValues: try ReferenceFiles.districts().map { ($0.code.rawValue, $0) })
        let sectors = Dictionary(uniqueKeysWithValues: try ReferenceFiles.summaries(.sector).map { ($0.key, $0) })
        let outcodes = Dictionary(uniqueKeysWithValues: try ReferenceFiles.summaries(.outcode).map { ($0.key, $0) })
        for lookup in Self.readmeLookups {
            let postcode = try Postcode(lookup.postcode)
            let district = try #require(districts[lookup.lad], "\(lookup.postcode)")
            #expect(district.cassrCode.rawValue == lookup.cassr, "\(lookup.postcode)")
            #expect(district.regionCode.rawValue == lookup.region, "\(lookup.postcode)")
            #expect(
                sectors[postcode.sector.normalised]?.districtCode.rawValue == lookup.sectorLAD, "\(lookup.postcode)")
            #expect(
                outcodes[postcode.outcode.normalised]?.districtCode.rawValue == lookup.outcodeLAD, "\(lookup.postcode)")
        }
    }
}
