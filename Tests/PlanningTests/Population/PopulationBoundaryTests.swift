import CarepathCore
import Planning
import Testing

/// A file on 2018 boundaries is read onto today's councils: old districts are summed into the
/// councils that absorbed them, and the abolished county's own rows are skipped.
struct PopulationBoundaryTests {
    @Test func oldDistrictsAreSummedAndTheAbolishedCountySkipped() throws {
        let waveney = PopulationFixtures.Area(code: "E07000206", name: "Waveney", size: 300)
        let suffolkCoastal = PopulationFixtures.Area(code: "E07000205", name: "Suffolk Coastal", size: 400)
        let oldCounty = PopulationFixtures.Area(code: "E10000021", name: "Northamptonshire", size: 900)
        let lines = PopulationFixtures.wideLines([waveney, suffolkCoastal, oldCounty, PopulationFixtures.hartlepool])
        let eastSuffolk = AreaCode(rawValue: "E07000244")!
        var parser = PopulationFileParser(
            fileName: "2018 SNPP Population persons.csv",
            knownAreas: PopulationFixtures.knownAreas.union([eastSuffolk]), countyOfDistrict: [:],
            codeReplacements: AreaBoundaryChanges.replacements, supersededCodes: AreaBoundaryChanges.abolishedCounties)
        try parser.consume(Array(lines.joined(separator: "\n").utf8))
        let file = try parser.finish()
        let merged = try #require(file.series[eastSuffolk])
        let expected = try #require(PopulationFixtures.expectedPersons(waveney)[2025])
        let other = try #require(PopulationFixtures.expectedPersons(suffolkCoastal)[2025])
        #expect(merged.persons[2025] == zip(expected, other).map { $0 + $1 })
        #expect(file.series[AreaCode(rawValue: "E10000021")!] == nil)
        #expect(file.ignoredRows == 92)
    }
}
