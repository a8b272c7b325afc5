import CarepathCore
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Postcode lookups")
struct PostcodeLookupTests {
    /// The test cases in the reference data README, one row each: postcode, LAD, CASSR, region, grid.
    static let readmeCases: [(String, String, String, String, Int, Int)] = [
        ("SW1A 1AA", "E09000033", "E09000033", "E12000007", 529090, 179645),
        ("EC1A 1BB", "E09000019", "E09000019", "E12000007", 531073, 182317),
        ("NR1 3JU", "E07000148", "E10000020", "E12000006", 623182, 308533),
        ("IP1 2BX", "E07000202", "E10000029", "E12000006", 615629, 244196),
        ("MK40 1SJ", "E06000055", "E06000055", "E12000006", 504919, 249674),
        ("RM17 6SL", "E06000034", "E06000034", "E12000006", 561480, 177737),
        ("DA6 7AT", "E09000004", "E09000004", "E12000007", 549723, 175152),
        ("CA1 1AA", "E06000063", "E06000063", "E12000002", 339560, 555499),
        ("DL7 8AD", "E06000065", "E06000065", "E12000003", 436567, 493194),
        ("S70 2TA", "E08000038", "E08000038", "E12000003", 434367, 406524),
        ("S1 2HH", "E08000039", "E08000039", "E12000003", 435359, 387191),
        ("TA1 1HE", "E06000066", "E06000066", "E12000009", 322489, 125215),
        ("TR21 0HE", "E06000053", "E06000053", "E12000009", 90774, 10282),
    ]

    @Test("the reference README's postcodes resolve to its district, council, region and grid reference")
    func readmeCases() async throws {
        try await withTestApp { app in
            let geography = GeographyRepository(database: app.db)
            for (postcode, lad, cassr, region, easting, northing) in Self.readmeCases {
                let location = try #require(try await geography.locate(.postcode(Postcode(postcode))), "\(postcode)")
                #expect(location.precision == .postcode)
                #expect(location.district.code.rawValue == lad, "\(postcode)")
                #expect(location.cassr.code.rawValue == cassr, "\(postcode)")
                #expect(location.region.code.rawValue == region, "\(postcode)")
                #expect(location.location == GridReference(easting: Double(easting), northing: Double(northing)))
            }
        }
    }

    @Test("a postcode in every district resolves to that district and its council's region, in all 9 regions")
    func everyDistrictAndRegion() async throws {
        let sample = try String(contentsOf: TestEnvironment.fixture("postcodes-sample.csv"), encoding: .utf8)
        let rows = sample.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        try await withTestApp { app in
            let geography = GeographyRepository(database: app.db)
            var regions: Set<String> = []
            var districts: Set<String> = []
            for row in rows {
                let location = try #require(try await geography.locate(.postcode(Postcode(row[0]))), "\(row[0])")
                #expect(location.district.code.rawValue == row[1], "\(row[0])")
                let cassr = try #require(try await CassrRecord.find(location.cassr.code.rawValue, on: app.db))
                #expect(cassr.regionCode == location.region.code.rawValue, "\(row[0])")
                regions.insert(location.region.code.rawValue)
                districts.insert(location.district.code.rawValue)
            }
            #expect(regions.count == 9)
            #expect(districts.count == 296)
        }
    }

    @Test("sectors and outcodes resolve to their majority district, with a radius")
    func sectorsAndOutcodes() async throws {
        try await withTestApp { app in
            let geography = GeographyRepository(database: app.db)
            let sector = try #require(try await geography.locate(.sector(PostcodeSector("NR1 3"))))
            #expect(sector.precision == .sector)
            #expect(sector.district.code.rawValue == "E07000148")
            #expect(sector.cassr.code.rawValue == "E10000020")
            #expect(sector.radiusMetres == 2214)
            #expect(sector.postcodeCount == 375)
            let outcode = try #require(try await geography.locate(.outcode(Outcode("EC1A"))))
            #expect(outcode.district.code.rawValue == "E09000001")
        }
    }

    @Test(
        "an unknown postcode suggests its sector, else its outcode, else nothing",
        arguments: [
            ("NR1 3ZZ", "NR1 3"),  // sector known
            ("NR1 9ZZ", "NR1"),  // no sector NR1 9, outcode known
            ("NR1 9", "NR1"),  // unknown sector: its outcode
            ("ZZ9 9ZZ", nil),  // nothing known
        ] as [(String, String?)])
    func notFoundSuggestions(query: String, suggestion: String?) async throws {
        try await withTestApp { app in
            let outcome = try await GeographyRepository(database: app.db).lookUp(PostcodeQuery(query))
            guard case .notFound(let notFound, let suggested) = outcome else {
                Issue.record("\(query) should not be found, got \(outcome)")
                return
            }
            #expect(notFound.normalised == query)
            #expect(suggested?.key == suggestion)
        }
    }
}
