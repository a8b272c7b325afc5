import Planning
import Testing

/// Bad cells and repeated rows: each refusal names the rule, the line and the column.
@Suite("Population file values")
struct PopulationValueErrorTests {
    typealias Fixtures = PopulationFixtures

    @Test func negativeValueIsRefused() throws {
        var lines = Fixtures.wideLines()
        lines[20] = lines[20].replacingLastValue(with: "-3")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .negativeValue)
        #expect(error.line == 21)
        #expect(error.column == "2026")
    }

    @Test func textInAValueIsRefused() throws {
        var lines = Fixtures.longLines()
        lines[9] = lines[9].replacingLastValue(with: "n/a")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .nonNumeric)
        #expect(error.line == 10)
        #expect(error.column == "OBS_VALUE")
        #expect(error.message == "\"n/a\" is not a number.")
    }

    @Test func blankValueIsRefused() throws {
        var lines = Fixtures.wideLines()
        lines[5] = lines[5].replacingLastValue(with: " ")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .nonNumeric)
        #expect(error.line == 6)
        #expect(error.column == "2026")
    }

    @Test func numbersOnlyInPlainDecimalForm() throws {
        for text in ["nan", "inf", "0x10", "1,234", "1.2.3", "."] {
            var lines = Fixtures.wideLines()
            lines[3] = lines[3].replacingLastValue(with: "\"\(text)\"")
            let error = try #require(Fixtures.failure(lines), "\(text)")
            #expect(error.rule == .nonNumeric, "\(text)")
            #expect(error.line == 4, "\(text)")
        }
        var decimals = Fixtures.wideLines([Fixtures.hartlepool], allAges: false)
        decimals[3] = decimals[3].replacingLastValue(with: "1.5e2")
        let file = try Fixtures.parse(decimals.joined(separator: "\n"))
        #expect(file.series[Fixtures.code("E06000001")]?.persons[2026]?[2] == 150)
    }

    @Test func repeatedWideRowNamesBothLines() throws {
        var lines = Fixtures.wideLines()
        let original = Fixtures.line(of: "E06000002,Middlesbrough,Population,persons,37,", in: lines)
        lines.append(lines[original - 1])
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .duplicateRow)
        #expect(error.line == lines.count)
        #expect(error.column == nil)
        #expect(error.message.contains("repeats line \(original)"))
    }

    @Test func repeatedLongRowNamesBothLines() throws {
        var lines = Fixtures.longLines()
        lines.insert(lines[50], at: 60)
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .duplicateRow)
        #expect(error.line == 61)
        #expect(error.column == nil)
        #expect(error.message.contains("repeats line 51"))
    }

    @Test func areaWithOnlyOneSexIsRefused() throws {
        let lines = Fixtures.longLines([Fixtures.hartlepool], genders: [2])
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .onlyOneSex)
        #expect(error.line == 2)
        #expect(error.column == "GENDER")
        #expect(error.message.contains("has only female rows"))
    }

    @Test func allAgesTotalThatDoesNotAddUpIsRefused() throws {
        var lines = Fixtures.wideLines()
        let row = Fixtures.line(of: "E06000002,Middlesbrough,Population,persons,All ages,", in: lines)
        lines[row - 1] = lines[row - 1].replacingLastValue(with: "100")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .allAgesMismatch)
        #expect(error.line == row)
        #expect(error.column == "2026")
        #expect(error.message.contains("in 2026 is 100, but its single years of age add up to 152,343.5."))
    }

    @Test func allAgesTotalMayDifferByRounding() throws {
        var lines = Fixtures.wideLines([Fixtures.hartlepool])
        let row = lines.count - 1
        // Persons in 2026 are about 116,000, so the tolerance is about 58.
        let total = (0...90).map { Fixtures.value(Fixtures.hartlepool, sex: "persons", age: $0, year: 2026) }
            .reduce(0, +)
        lines[row] = lines[row].replacingLastValue(with: Fixtures.figure(total + 50))
        #expect(Fixtures.failure(lines) == nil)
        lines[row] = lines[row].replacingLastValue(with: Fixtures.figure(total + 70))
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .allAgesMismatch)
        #expect(error.line == row + 1)
    }

    @Test func nomisAllAgesTotalIsCheckedAgainstItsYear() throws {
        var lines = Fixtures.longLines()
        let row = Fixtures.line(of: "E06000001,Hartlepool,1,200,2025,", in: lines)
        lines[row - 1] = lines[row - 1].replacingLastValue(with: "1")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .allAgesMismatch)
        #expect(error.line == row)
        #expect(error.column == "OBS_VALUE")
        #expect(error.message.contains("in 2025"))
    }

    @Test func componentsOfChangeFileIsRefused() throws {
        var lines = Fixtures.wideLines()
        lines[1] = lines[1].replacingOccurrences(",Population,", with: ",Births,")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .wrongComponent)
        #expect(error.line == 2)
        #expect(error.column == "COMPONENT")
    }

    @Test func unknownSexAndAgeAreRefused() throws {
        var sex = Fixtures.wideLines()
        sex[7] = sex[7].replacingOccurrences(",persons,", with: ",people,")
        let sexError = try #require(Fixtures.failure(sex))
        #expect(sexError.rule == .unknownSex)
        #expect(sexError.line == 8)
        #expect(sexError.column == "SEX")

        var age = Fixtures.wideLines()
        age[7] = age[7].replacingOccurrences(",persons,6,", with: ",persons,0-4,")
        let ageError = try #require(Fixtures.failure(age))
        #expect(ageError.rule == .unknownAge)
        #expect(ageError.line == 8)
        #expect(ageError.column == "AGE_GROUP")

        var band = Fixtures.longLines()
        band[7] = band[7].replacingOccurrences(",107,", with: ",1,")
        let bandError = try #require(Fixtures.failure(band))
        #expect(bandError.rule == .unknownAge)
        #expect(bandError.line == 8)
        #expect(bandError.column == "C_AGE")
    }

    @Test func rowWithTooFewValuesIsRefused() throws {
        var lines = Fixtures.wideLines()
        lines[30] = String(lines[30].prefix { $0 != "," }) + ",Hartlepool,Population,persons,29,1,2"
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .fieldCount)
        #expect(error.line == 31)
        #expect(error.column == nil)
    }

    @Test func badlyQuotedCSVIsRefusedWithTheColumnName() throws {
        var lines = Fixtures.wideLines()
        lines[12] = lines[12].replacingOccurrences(",Hartlepool,", with: ",Hartle\"pool,")
        let error = try #require(Fixtures.failure(lines))
        #expect(error.rule == .malformedCSV)
        #expect(error.line == 13)
        #expect(error.column == "AREA_NAME")
    }
}
