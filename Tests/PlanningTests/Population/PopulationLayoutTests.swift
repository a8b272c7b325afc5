import CarepathCore
import Planning
import Testing

/// Both layouts, header variations and streaming give the same figures.
@Suite("Population file layouts")
struct PopulationLayoutTests {
    typealias Fixtures = PopulationFixtures

    @Test func wideFileGivesEachAreasPersonsByAge() throws {
        let file = try Fixtures.parse(Fixtures.wideLines().joined(separator: "\n"))
        #expect(file.layout == .wide)
        #expect(file.years == 2024...2026)
        #expect(file.ignoredRows == 0)
        #expect(file.aggregatedCounties.isEmpty)
        #expect(Set(file.series.keys) == [Fixtures.code("E06000001"), Fixtures.code("E06000002")])
        #expect(file.series[Fixtures.code("E06000001")]?.persons == Fixtures.expectedPersons(Fixtures.hartlepool))
        #expect(file.series[Fixtures.code("E06000002")]?.persons == Fixtures.expectedPersons(Fixtures.middlesbrough))
    }

    @Test func longFileAddsMalesAndFemalesToTheSameSeriesAsWide() throws {
        let wide = try Fixtures.parse(Fixtures.wideLines().joined(separator: "\n"))
        let long = try Fixtures.parse(Fixtures.longLines().joined(separator: "\n"))
        #expect(long.layout == .long)
        #expect(long.years == wide.years)
        #expect(long.series == wide.series)
    }

    @Test func wideMaleAndFemaleFileAddsUpToPersons() throws {
        let file = try Fixtures.parse(Fixtures.wideLines(sexes: ["males", "females"]).joined(separator: "\n"))
        #expect(file.series[Fixtures.code("E06000001")]?.persons == Fixtures.expectedPersons(Fixtures.hartlepool))
    }

    @Test func personsRowsWinOverMaleAndFemaleRows() throws {
        // Persons rows doubled, so that adding the male and female rows would show.
        var lines = Fixtures.wideLines([Fixtures.hartlepool], sexes: ["males", "females"], allAges: false)
        lines += Fixtures.wideLines([Fixtures.hartlepool], allAges: false).dropFirst().map {
            $0.replacingPersonsValues { $0 * 2 }
        }
        let file = try Fixtures.parse(lines.joined(separator: "\n"))
        let persons = try #require(file.series[Fixtures.code("E06000001")]?.persons[2025])
        #expect(persons[37] == 2 * Fixtures.value(Fixtures.hartlepool, sex: "persons", age: 37, year: 2025))
    }

    @Test func byteOrderMarkAndCRLFLineEndsAreRead() throws {
        let text = "\u{FEFF}" + Fixtures.wideLines().joined(separator: "\r\n") + "\r\n"
        let plain = try Fixtures.parse(Fixtures.wideLines().joined(separator: "\n"))
        #expect(try Fixtures.parse(text).series == plain.series)
        // Byte by byte, so the mark and each CRLF are split across chunks.
        #expect(try Fixtures.parse(text, chunkSize: 1).series == plain.series)
    }

    @Test func headerAliasesAreMatchedWhateverTheirCaseAndSpacing() throws {
        var wide = Fixtures.wideLines()
        wide[0] = " Area Code ,area name,Component, sex ,Age,2024,2025,2026"
        let wideFile = try Fixtures.parse(wide.joined(separator: "\n"))
        #expect(wideFile.series[Fixtures.code("E06000001")]?.persons == Fixtures.expectedPersons(Fixtures.hartlepool))

        var long = Fixtures.longLines()
        long[0] = "area_code,Geography_Name,c_sex,C_AGE,Year,Value"
        let longFile = try Fixtures.parse(long.joined(separator: "\n"))
        #expect(longFile.layout == .long)
        #expect(
            longFile.series[Fixtures.code("E06000002")]?.persons == Fixtures.expectedPersons(Fixtures.middlesbrough))
    }

    @Test func otherColumnsAreIgnored() throws {
        let lines = Fixtures.longLines().enumerated().map { index, line in
            (index == 0 ? "DATE_NAME,GEOGRAPHY,MEASURES_NAME," : "June 2018,1946157057,Value,") + line
        }
        let file = try Fixtures.parse(lines.joined(separator: "\n"))
        #expect(file.series[Fixtures.code("E06000001")]?.persons == Fixtures.expectedPersons(Fixtures.hartlepool))
    }

    @Test func ninetyPlusLabelsAndNomisAgeCodesMapToTheRightAges() throws {
        let wide = Fixtures.wideLines().map { $0.replacingOccurrences(",90 and over,", with: ",90+,") }
        let wideFile = try Fixtures.parse(wide.joined(separator: "\n"))
        let long = try Fixtures.parse(Fixtures.longLines().joined(separator: "\n"))
        let area = Fixtures.code("E06000001")
        let oldest = Fixtures.value(Fixtures.hartlepool, sex: "persons", age: 90, year: 2026)
        #expect(wideFile.series[area]?.persons[2026]?[90] == oldest)
        #expect(long.series[area]?.persons[2026]?[90] == oldest)
        // C_AGE 101 is age 0 and 190 is age 89.
        #expect(
            long.series[area]?.persons[2024]?[0]
                == Fixtures.value(Fixtures.hartlepool, sex: "persons", age: 0, year: 2024))
        #expect(
            long.series[area]?.persons[2024]?[89]
                == Fixtures.value(Fixtures.hartlepool, sex: "persons", age: 89, year: 2024))
    }

    @Test func chunksOfAnySizeGiveTheSameResult() throws {
        let text = Fixtures.longLines([Fixtures.hartlepool], years: 2024...2024).joined(separator: "\r\n")
        let whole = try Fixtures.parse(text)
        for size in [1, 2, 7, 64, 1000] {
            #expect(try Fixtures.parse(text, chunkSize: size).series == whole.series, "chunks of \(size)")
        }
    }

    @Test func totalAddsAnAgeRangeAndClampsToNinetyPlus() throws {
        let file = try Fixtures.parse(Fixtures.wideLines().joined(separator: "\n"))
        let series = try #require(file.series[Fixtures.code("E06000001")])
        let expected = (65...90).map { Fixtures.value(Fixtures.hartlepool, sex: "persons", age: $0, year: 2025) }
            .reduce(0, +)
        #expect(series.total(year: 2025, ages: 65...90) == expected)
        #expect(series.total(year: 2025, ages: 65...120) == expected)
        #expect(
            series.total(year: 2025, ages: 0...0)
                == Fixtures.value(Fixtures.hartlepool, sex: "persons", age: 0, year: 2025))
        #expect(series.total(year: 2030, ages: 65...90) == nil)
    }

    @Test func errorDescriptionNamesFileLineAndColumn() throws {
        var lines = Fixtures.wideLines(years: 2030...2031)
        lines[13] = lines[13].replacingLastValue(with: "12a4")
        let error = try #require(Fixtures.failure(lines, file: "2018 SNPP Population persons.csv"))
        #expect(
            error.description == "2018 SNPP Population persons.csv, line 14, column 2031: \"12a4\" is not a number.")
    }
}
