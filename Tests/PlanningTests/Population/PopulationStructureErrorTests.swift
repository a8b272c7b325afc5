import Planning
import Testing

/// Headers, years and ages that are missing or wrong: each refusal names the rule, line and column.
@Suite("Population file structure")
struct PopulationStructureErrorTests {
    typealias Fixtures = PopulationFixtures

    @Test func gapInTheYearColumnsNamesTheMissingYear() throws {
        var lines = Fixtures.wideLines()
        lines[0] = lines[0].replacingOccurrences(",2025,", with: ",2027,")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .missingYear)
        #expect(error.line == 1)
        #expect(error.column == "2025")
        #expect(error.message.contains("2024 and 2026 but none for 2025"))
    }

    @Test func areaWithoutAYearInALongFileIsRefused() throws {
        let lines =
            Fixtures.longLines([Fixtures.hartlepool])
            + Fixtures.longLines([Fixtures.middlesbrough], years: 2024...2025).dropFirst()
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .missingYear)
        #expect(error.line == nil)
        #expect(error.column == "PROJECTED_YEAR_NAME")
        #expect(error.message.contains("Middlesbrough (E06000002) has no male rows for 2026"))
    }

    @Test func gapInTheYearsOfALongFileIsRefused() throws {
        let lines = Fixtures.longLines(years: 2024...2024) + Fixtures.longLines(years: 2026...2026).dropFirst()
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .missingYear)
        #expect(error.column == "PROJECTED_YEAR_NAME")
        #expect(error.message.contains("none for 2025"))
    }

    @Test func missingAgeIsRefused() throws {
        var lines = Fixtures.wideLines()
        lines.remove(at: Fixtures.line(of: "E06000002,Middlesbrough,Population,persons,90 and over,", in: lines) - 1)
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .incompleteAges)
        #expect(error.line == nil)
        #expect(error.column == "AGE_GROUP")
        #expect(error.message.contains("Middlesbrough (E06000002) has no persons row for 90 and over"))
    }

    @Test func missingAgeInOneYearOfALongFileIsRefused() throws {
        var lines = Fixtures.longLines()
        lines.remove(at: Fixtures.line(of: "E06000001,Hartlepool,2,142,2025,", in: lines) - 1)
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .incompleteAges)
        #expect(error.column == "C_AGE")
        #expect(error.message.contains("no female row for age 41 in 2025"))
    }

    @Test func missingRequiredColumnIsNamed() throws {
        let wide = Fixtures.wideLines().map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset != 3 }.map { String($0.element) }.joined(separator: ",")
        }
        let wideError = try #require(Fixtures.failure(wide))
        #expect(wideError.rule == .missingColumn)
        #expect(wideError.line == 1)
        #expect(wideError.column == "SEX")

        var long = Fixtures.longLines()
        long[0] = long[0].replacingOccurrences(",OBS_VALUE", with: ",OBS_STATUS")
        let longError = try #require(Fixtures.failure(long))
        #expect(longError.rule == .missingColumn)
        #expect(longError.line == 1)
        #expect(longError.column == "OBS_VALUE")
    }

    @Test func headerWithoutYearColumnsIsRefused() throws {
        let error = try #require(
            Fixtures.failure(["AREA_CODE,AREA_NAME,SEX,AGE_GROUP", "E06000001,Hartlepool,persons,0"]))
        #expect(error.rule == .missingColumn)
        #expect(error.line == 1)
        #expect(error.column == "year")
    }

    @Test func sameColumnTwiceIsRefused() throws {
        var lines = Fixtures.wideLines()
        lines[0] = lines[0].replacingOccurrences("AREA_NAME", with: "Code")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .duplicateColumn)
        #expect(error.line == 1)
        #expect(error.column == "Code")
    }

    @Test func unrelatedFileIsRefused() throws {
        let error = try #require(Fixtures.failure(["postcode,easting,northing", "NR1 1AA,623000,308000"]))
        #expect(error.rule == .unrecognisedHeader)
        #expect(error.line == 1)
        #expect(error.column == nil)
    }

    @Test func emptyFilesAreRefused() throws {
        let nothing = try #require(Fixtures.failure([]))
        #expect(nothing.rule == .emptyFile)
        #expect(nothing.line == nil)
        let headerOnly = try #require(Fixtures.failure([Fixtures.wideHeader, ",,,,,,,"]))
        #expect(headerOnly.rule == .emptyFile)
        #expect(headerOnly.message == "The file has a header but no rows.")
    }

    @Test func parserRepeatsItsFirstErrorOnLaterCalls() throws {
        var parser = PopulationFileParser(fileName: "f.csv", knownAreas: Fixtures.knownAreas, countyOfDistrict: [:])
        let first = #expect(throws: PopulationFileError.self) {
            try parser.consume(Array("\(Fixtures.wideHeader)\nE06000001,H,Population,persons,0,1,2,-1\n".utf8))
        }
        let second = #expect(throws: PopulationFileError.self) { try parser.finish() }
        #expect(first?.rule == .negativeValue)
        #expect(second == first)
    }
}
