import CarepathCore
import Planning
import Testing

/// Which rows are kept, skipped or refused by area code, and how codes are combined.
@Suite("Population file areas")
struct PopulationAreaTests {
    typealias Fixtures = PopulationFixtures

    @Test func unknownCouncilCodeIsRefused() throws {
        let stranger = Fixtures.Area(code: "E06000099", name: "Nowhere", size: 100)
        let lines = Fixtures.wideLines([Fixtures.hartlepool, stranger])
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .unknownArea)
        #expect(error.line == Fixtures.line(of: "E06000099,", in: lines))
        #expect(error.column == "AREA_CODE")
        #expect(error.message.hasPrefix("E06000099 is not a council"))
    }

    @Test func textThatIsNotAnAreaCodeIsRefused() throws {
        var lines = Fixtures.wideLines()
        lines[40] = "E0600001" + lines[40].dropFirst(9)
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .malformedAreaCode)
        #expect(error.line == 41)
        #expect(error.column == "AREA_CODE")
    }

    @Test func blankAreaCodeIsRefused() throws {
        var lines = Fixtures.longLines()
        lines[3] = String(lines[3].drop { $0 != "," })
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .malformedAreaCode)
        #expect(error.line == 4)
        #expect(error.column == "GEOGRAPHY_CODE")
        #expect(error.message.hasPrefix("The area code is blank"))
    }

    @Test func geographiesCarepathDoesNotUseAreSkippedAndCounted() throws {
        let others = ["E11000001", "E13000001", "E47000001", "W06000001", "S12000033", "N09000001", "K04000001"]
        let areas = [Fixtures.hartlepool] + others.map { Fixtures.Area(code: $0, name: "Elsewhere", size: 300) }
        let file = try Fixtures.parse(Fixtures.wideLines(areas).joined(separator: "\n"))
        #expect(file.ignoredRows == others.count * 92)
        #expect(Array(file.series.keys) == [Fixtures.code("E06000001")])
    }

    @Test func fileWithOnlyOtherGeographiesIsRefused() throws {
        let lines = Fixtures.wideLines([Fixtures.Area(code: "W92000004", name: "Wales", size: 900)])
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .noUsableRows)
        #expect(error.line == nil)
        #expect(error.column == nil)
    }

    @Test func oldCodeIsReadAsTheCodeThatReplacedIt() throws {
        let oldBarnsley = Fixtures.Area(code: "E08000016", name: "Barnsley", size: 800)
        let file = try Fixtures.parse(Fixtures.longLines([oldBarnsley]).joined(separator: "\n"))
        #expect(file.series[Fixtures.code("E08000038")]?.persons == Fixtures.expectedPersons(oldBarnsley))
        #expect(file.series[Fixtures.code("E08000038")]?.areaCode == Fixtures.code("E08000038"))
        #expect(file.series[Fixtures.code("E08000016")] == nil)
    }

    @Test func oldCodesThatMergedAreAddedUp() throws {
        let first = Fixtures.Area(code: "E07000004", name: "Aylesbury Vale", size: 300)
        let second = Fixtures.Area(code: "E07000005", name: "Chiltern", size: 200)
        let buckinghamshire = Fixtures.code("E06000060")
        let replacements = [Fixtures.code("E07000004"): buckinghamshire, Fixtures.code("E07000005"): buckinghamshire]
        let file = try Fixtures.parse(
            Fixtures.wideLines([first, second]).joined(separator: "\n"), knownAreas: [buckinghamshire],
            codeReplacements: replacements)
        let persons = try #require(file.series[buckinghamshire]?.persons[2026])
        let expected = (0...90).map {
            Fixtures.value(first, sex: "persons", age: $0, year: 2026)
                + Fixtures.value(second, sex: "persons", age: $0, year: 2026)
        }
        #expect(persons == expected)
        #expect(file.series.count == 1)
    }

    @Test func oldAndCurrentCodeForTheSameAreaAreRefused() throws {
        let old = Fixtures.Area(code: "E08000016", name: "Barnsley", size: 800)
        let current = Fixtures.Area(code: "E08000038", name: "Barnsley", size: 800)
        let lines = Fixtures.wideLines([old, current])
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .conflictingAreaCodes)
        #expect(error.line == Fixtures.line(of: "E08000038,", in: lines))
        #expect(error.column == "AREA_CODE")
    }

    @Test func missingCountyIsBuiltFromAllItsDistricts() throws {
        let districts = Fixtures.norfolkDistricts.enumerated().map { index, code in
            Fixtures.Area(code: code.rawValue, name: "District \(index)", size: Double(100 * (index + 1)))
        }
        let counties = Dictionary(uniqueKeysWithValues: Fixtures.norfolkDistricts.map { ($0, Fixtures.norfolk) })
            .merging([Fixtures.code("E06000001"): Fixtures.code("E06000001")]) { $1 }
        let file = try Fixtures.parse(
            Fixtures.longLines(districts + [Fixtures.hartlepool]).joined(separator: "\n"), countyOfDistrict: counties)
        #expect(file.aggregatedCounties == [Fixtures.norfolk])
        let county = try #require(file.series[Fixtures.norfolk])
        #expect(county.areaCode == Fixtures.norfolk)
        for year in Fixtures.years {
            let expected = (0...90).map { age in
                districts.map { Fixtures.value($0, sex: "persons", age: age, year: year) }.reduce(0, +)
            }
            #expect(county.persons[year] == expected)
        }
        #expect(file.series.count == districts.count + 2)
    }

    @Test func countyIsNotBuiltWhenADistrictIsMissing() throws {
        let districts = Fixtures.norfolkDistricts.dropLast().map {
            Fixtures.Area(code: $0.rawValue, name: "D", size: 100)
        }
        let counties = Dictionary(uniqueKeysWithValues: Fixtures.norfolkDistricts.map { ($0, Fixtures.norfolk) })
        let file = try Fixtures.parse(Fixtures.wideLines(districts).joined(separator: "\n"), countyOfDistrict: counties)
        #expect(file.aggregatedCounties.isEmpty)
        #expect(file.series[Fixtures.norfolk] == nil)
    }

    @Test func countyWithItsOwnRowsIsLeftAsItIs() throws {
        let county = Fixtures.Area(code: "E10000020", name: "Norfolk", size: 5)
        let districts = Fixtures.norfolkDistricts.map { Fixtures.Area(code: $0.rawValue, name: "D", size: 100) }
        let counties = Dictionary(uniqueKeysWithValues: Fixtures.norfolkDistricts.map { ($0, Fixtures.norfolk) })
        let file = try Fixtures.parse(
            Fixtures.wideLines([county] + districts).joined(separator: "\n"), countyOfDistrict: counties)
        #expect(file.aggregatedCounties.isEmpty)
        #expect(file.series[Fixtures.norfolk]?.persons == Fixtures.expectedPersons(county))
    }
}
