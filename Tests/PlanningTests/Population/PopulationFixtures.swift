import CarepathCore
import Planning

/// Small made-up projection files in both layouts, built row by row so tests can alter one line.
enum PopulationFixtures {
    /// An area in a fixture and the size that sets its made-up figures.
    struct Area {
        var code: String
        var name: String
        var size: Double
    }

    static let hartlepool = Area(code: "E06000001", name: "Hartlepool", size: 500)
    static let middlesbrough = Area(code: "E06000002", name: "Middlesbrough", size: 700)
    static let years = 2024...2026
    static let wideHeader = "AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2024,2025,2026"
    static let longHeader = "GEOGRAPHY_CODE,GEOGRAPHY_NAME,GENDER,C_AGE,PROJECTED_YEAR_NAME,OBS_VALUE"

    /// Every area the tests' files may hold: two unitaries, Norfolk and its districts, the North East,
    /// England, and Barnsley under its current code.
    static let knownAreas: Set<AreaCode> = Set(
        ["E06000001", "E06000002", "E10000020", "E12000001", "E92000001", "E08000038"].map(code)
            + norfolkDistricts)

    /// Norfolk's seven districts.
    static let norfolkDistricts = (143...149).map { code("E07000\($0)") }
    static let norfolk = code("E10000020")

    static func code(_ text: String) -> AreaCode {
        AreaCode(rawValue: text)!
    }

    /// The made-up number of males of an age in a year; females are half a person more,
    /// so persons are never whole and sums are exact in binary.
    static func males(_ area: Area, age: Int, year: Int) -> Double {
        area.size + Double(age * 3) + Double((year - 2024) * 2) - (age == 90 ? 200 : 0)
    }

    static func value(_ area: Area, sex: String, age: Int, year: Int) -> Double {
        let males = males(area, age: age, year: year)
        switch sex {
        case "males": return males
        case "females": return males + 0.5
        default: return 2 * males + 0.5
        }
    }

    /// What the parser should make of an area: persons by year for ages 0...90.
    static func expectedPersons(_ area: Area, years: ClosedRange<Int> = years) -> [Int: [Double]] {
        Dictionary(
            uniqueKeysWithValues: years.map { year in
                (year, (0...90).map { value(area, sex: "persons", age: $0, year: year) })
            })
    }

    static func ageLabel(_ age: Int) -> String {
        age == 90 ? "90 and over" : String(age)
    }

    static func figure(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The lines of an ONS wide file, header first, so that index + 1 is the line number.
    static func wideLines(
        _ areas: [Area] = [hartlepool, middlesbrough], sexes: [String] = ["persons"], years: ClosedRange<Int> = years,
        allAges: Bool = true
    ) -> [String] {
        var lines = ["AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP," + years.map(String.init).joined(separator: ",")]
        for area in areas {
            for sex in sexes {
                let prefix = "\(area.code),\(area.name),Population,\(sex),"
                for age in 0...90 {
                    let values = years.map { figure(value(area, sex: sex, age: age, year: $0)) }
                    lines.append(prefix + ageLabel(age) + "," + values.joined(separator: ","))
                }
                if allAges {
                    let totals = years.map { year in
                        figure((0...90).map { value(area, sex: sex, age: $0, year: year) }.reduce(0, +))
                    }
                    lines.append(prefix + "All ages," + totals.joined(separator: ","))
                }
            }
        }
        return lines
    }

    /// The lines of a Nomis long file with genders 1 and 2, header first.
    static func longLines(
        _ areas: [Area] = [hartlepool, middlesbrough], genders: [Int] = [1, 2], years: ClosedRange<Int> = years,
        allAges: Bool = true
    ) -> [String] {
        var lines = [longHeader]
        for area in areas {
            for gender in genders {
                let sex = gender == 1 ? "males" : "females"
                for year in years {
                    let prefix = "\(area.code),\(area.name),\(gender),"
                    for age in 0...90 {
                        let value = figure(value(area, sex: sex, age: age, year: year))
                        lines.append(prefix + "\(101 + age),\(year),\(value)")
                    }
                    if allAges {
                        let total = (0...90).map { value(area, sex: sex, age: $0, year: year) }.reduce(0, +)
                        lines.append(prefix + "200,\(year),\(figure(total))")
                    }
                }
            }
        }
        return lines
    }

    /// The 1-based line of the first line starting with `prefix`.
    static func line(of prefix: String, in lines: [String]) -> Int {
        lines.firstIndex { $0.hasPrefix(prefix) }! + 1
    }

    /// Parses text, in chunks of `chunkSize` bytes if given.
    static func parse(
        _ text: String, file: String = "test.csv", knownAreas: Set<AreaCode> = knownAreas,
        countyOfDistrict: [AreaCode: AreaCode] = [:], codeReplacements: [AreaCode: AreaCode]? = nil,
        chunkSize: Int? = nil
    ) throws(PopulationFileError) -> PopulationProjectionFile {
        var parser =
            codeReplacements.map {
                PopulationFileParser(
                    fileName: file, knownAreas: knownAreas, countyOfDistrict: countyOfDistrict, codeReplacements: $0)
            } ?? PopulationFileParser(fileName: file, knownAreas: knownAreas, countyOfDistrict: countyOfDistrict)
        let bytes = Array(text.utf8)
        let size = max(chunkSize ?? bytes.count, 1)
        for start in stride(from: 0, to: bytes.count, by: size) {
            try parser.consume(bytes[start..<min(start + size, bytes.count)])
        }
        return try parser.finish()
    }

    /// The error parsing `lines` gives, or nil if it parses.
    static func failure(
        _ lines: [String], file: String = "test.csv", knownAreas: Set<AreaCode> = knownAreas,
        countyOfDistrict: [AreaCode: AreaCode] = [:]
    ) -> PopulationFileError? {
        do {
            _ = try parse(
                lines.joined(separator: "\n"), file: file, knownAreas: knownAreas, countyOfDistrict: countyOfDistrict)
            return nil
        } catch {
            return error
        }
    }
}
