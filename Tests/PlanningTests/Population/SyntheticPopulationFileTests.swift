import CarepathCore
import Foundation
import Planning
import Testing

/// The synthetic East of England file shipped for the demo must import and look plausible.
@Suite("Synthetic population file")
struct SyntheticPopulationFileTests {
    /// `<root>/Tests/PlanningTests/Population/<this file>` → `<root>/Sources/CarepathApp/Resources/Population`.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Population
        .deletingLastPathComponent()  // PlanningTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // project root
        .appendingPathComponent("Sources/CarepathApp/Resources/Population/synthetic-snpp-east-of-england.csv")

    static let region = AreaCode(rawValue: "E12000006")!
    static let councils = [
        "E06000055", "E06000056", "E06000032", "E06000031", "E06000033", "E06000034",
        "E10000003", "E10000012", "E10000015", "E10000020", "E10000029",
    ].map { AreaCode(rawValue: $0)! }

    static func bytes() throws -> [UInt8] {
        let data = try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
        return Array(data)
    }

    static func parsed() throws -> PopulationProjectionFile {
        try PopulationFileParser.parse(
            fileName: url.lastPathComponent, bytes: bytes(), knownAreas: Set(councils + [region]),
            countyOfDistrict: [:])
    }

    @Test func parsesAsAWideFileOfTheElevenCouncilsAndTheRegion() throws {
        let file = try Self.parsed()
        #expect(file.layout == .wide)
        #expect(file.years == 2024...2045)
        #expect(Set(file.series.keys) == Set(Self.councils + [Self.region]))
        #expect(file.ignoredRows == 0)
    }

    @Test func everyRowSaysItIsSynthetic() throws {
        let rows = String(decoding: try Self.bytes(), as: UTF8.self).split(separator: "\n").dropFirst()
        #expect(rows.count == 12 * 92)
        #expect(rows.allSatisfy { $0.contains("(SYNTHETIC)") })
    }

    @Test func regionIsTheSumOfItsCouncils() throws {
        let file = try Self.parsed()
        for year in file.years {
            let region = try #require(file.series[Self.region]?.persons[year])
            let sum = (0...90).map { age in Self.councils.map { file.series[$0]!.persons[year]![age] }.reduce(0, +) }
            #expect(region == sum, "\(year)")
        }
    }

    @Test func sizesAreNearTheRealOnes() throws {
        let file = try Self.parsed()
        func total(_ code: String) -> Double {
            file.series[AreaCode(rawValue: code)!]!.total(year: 2024, ages: 0...90)!
        }
        #expect(abs(total("E10000020") - 930_000) < 20_000)  // Norfolk
        #expect(abs(total("E10000012") - 1_500_000) < 50_000)  // Essex
        #expect(abs(total("E12000006") - 6_400_000) < 150_000)
    }

    @Test func over65sGrowByAboutOneAndAHalfToTwoPercentAYear() throws {
        let file = try Self.parsed()
        for code in Self.councils + [Self.region] {
            let series = try #require(file.series[code])
            let start = try #require(series.total(year: 2024, ages: 65...90))
            let end = try #require(series.total(year: 2045, ages: 65...90))
            let growth = pow(end / start, 1.0 / 21) - 1
            #expect((0.015...0.019).contains(growth), "\(code): \(growth)")
            // An ageing population: the 65+ share rises.
            let share2024 = start / series.total(year: 2024, ages: 0...90)!
            #expect(end / series.total(year: 2045, ages: 0...90)! > share2024, "\(code)")
        }
    }
}
