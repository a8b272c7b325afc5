import CarepathCore

// Checking the file as a whole once every row is in, and turning the grids into series.
extension PopulationFileParser {
    /// The file's series, after the checks that need every row.
    func assemble() throws(PopulationFileError) -> PopulationProjectionFile {
        guard let header else { throw error(.emptyFile, line: nil, column: nil, "The file is empty.") }
        guard rowCount > 0 else {
            throw error(.emptyFile, line: nil, column: nil, "The file has a header but no rows.")
        }
        guard !grids.isEmpty else {
            throw error(
                .noUsableRows, line: nil, column: nil,
                "None of the \(ignoredRows) rows is for an English council, district, region or England.")
        }
        let years = try projectionYears(header)
        var personsByCode: [AreaCode: [Int: [Double]]] = [:]
        for area in grids.keys.sorted() {
            personsByCode[area] = try persons(of: area, years: years, header: header)
        }
        var series = try mergingReplacedCodes(personsByCode)
        var aggregated: [AreaCode] = []
        for county in Set(countyOfDistrict.values).sorted()
        where county.rawValue.hasPrefix("E10") && series[county] == nil {
            guard let built = countyFromDistricts(county, in: series) else { continue }
            series[county] = built
            aggregated.append(county)
        }
        return PopulationProjectionFile(
            layout: header.layout, years: years, series: series, ignoredRows: ignoredRows,
            aggregatedCounties: aggregated)
    }

    /// The years of a wide header, or those of a long file's rows, which must follow on without a gap.
    private func projectionYears(_ header: PopulationHeader) throws(PopulationFileError) -> ClosedRange<Int> {
        if let years = header.years { return years }
        let seen = Set(grids.values.flatMap { $0.values.flatMap(\.years) }).sorted()
        for (earlier, later) in zip(seen, seen.dropFirst()) where later != earlier + 1 {
            throw error(
                .missingYear, line: nil, column: header.name(.year),
                "The file has rows for \(earlier) and \(later) but none for \(earlier + 1): "
                    + "the years must follow on without a gap.")
        }
        return seen.first!...seen.last!
    }

    /// One area's persons by year: its persons rows if it has them, otherwise males plus females.
    private func persons(
        of area: AreaCode, years: ClosedRange<Int>, header: PopulationHeader
    ) throws(PopulationFileError) -> [Int: [Double]] {
        let bySex = grids[area]!
        let used: [(PopulationSex, AgeYearGrid)]
        if let persons = bySex[.persons] {
            used = [(.persons, persons)]
        } else if let males = bySex[.males], let females = bySex[.females] {
            used = [(.males, males), (.females, females)]
        } else {
            let (sex, grid) = bySex.first!
            let other = sex == .males ? "female" : "male"
            throw error(
                .onlyOneSex, line: grid.firstLine, column: header.name(.sex),
                "\(label(area)) has only \(sex.rowWord) rows: the file needs persons rows, or \(other) rows "
                    + "as well.")
        }
        var persons: [Int: [Double]] = [:]
        for year in years {
            var total = [Double](repeating: 0, count: PopulationAge.oldest + 1)
            for (sex, grid) in used {
                try check(grid, sex: sex, area: area, year: year, header: header)
                for (age, value) in grid.ages(in: year).enumerated() { total[age] += value }
            }
            persons[year] = total
        }
        return persons
    }

    /// Checks a grid has every age in `year`, and that they add up to its "All ages" figure, if any.
    private func check(
        _ grid: AgeYearGrid, sex: PopulationSex, area: AreaCode, year: Int, header: PopulationHeader
    ) throws(PopulationFileError) {
        if grid.values[year] == nil {
            throw error(
                .missingYear, line: nil, column: header.name(.year),
                "\(label(area)) has no \(sex.rowWord) rows for \(year), though the file has rows for that year.")
        }
        if let age = grid.firstMissingAge(in: year) {
            let when = header.layout == .long ? " in \(year)" : ""
            throw error(
                .incompleteAges, line: nil, column: header.name(.age),
                "\(label(area)) has no \(sex.rowWord) row for \(PopulationAge.name(age))\(when): every area needs "
                    + "ages 0 to 89 and 90 and over.")
        }
        guard let line = grid.line(year: year, slot: PopulationAge.allAges) else { return }
        let stated = grid.values[year]![PopulationAge.allAges]
        let sum = grid.ages(in: year).reduce(0, +)
        guard abs(sum - stated) > max(1.0, 0.0005 * stated) else { return }
        let column =
            header.layout == .long
            ? header.name(.value) : header.names[header.yearColumns[year - header.yearColumns[0].year].index]
        throw error(
            .allAgesMismatch, line: line, column: column,
            "The \"All ages\" figure for \(label(area)), \(sex.rowWord), in \(year) is "
                + "\(PopulationFileText.figure(stated)), but its single years of age add up to "
                + "\(PopulationFileText.figure(sum)).")
    }

    /// Series under current codes, adding up old codes that now form one area.
    private func mergingReplacedCodes(
        _ personsByCode: [AreaCode: [Int: [Double]]]
    ) throws(PopulationFileError) -> [AreaCode: PopulationSeries] {
        var series: [AreaCode: PopulationSeries] = [:]
        var sources: [AreaCode: AreaCode] = [:]
        for code in personsByCode.keys.sorted() {
            let current = areaFilter.current(for: code)
            if let earlier = sources[current], earlier == current || code == current {
                let (old, now) = earlier == current ? (code, earlier) : (earlier, code)
                let lines = [old, now].map { grids[$0]!.values.map(\.firstLine).min()! }
                throw error(
                    .conflictingAreaCodes, line: lines.max(), column: header?.name(.areaCode),
                    "The file has rows for \(old), the old code for \(now), from line \(lines[0]), and for \(now) "
                        + "itself from line \(lines[1]): keep one or the other.")
            }
            sources[current] = code
            let persons = personsByCode[code]!
            series[current, default: PopulationSeries(areaCode: current, persons: [:])].add(persons)
        }
        return series
    }

    /// A county built from its districts, or nil unless every one of them is in `series`.
    private func countyFromDistricts(_ county: AreaCode, in series: [AreaCode: PopulationSeries]) -> PopulationSeries? {
        // Sorted so that the floating-point sums come out the same on every run.
        let districts = countyOfDistrict.filter { $0.value == county && $0.key.rawValue.hasPrefix("E07") }.keys.sorted()
        guard !districts.isEmpty else { return nil }
        var built = PopulationSeries(areaCode: county, persons: [:])
        for district in districts {
            guard let parts = series[district] else { return nil }
            built.add(parts.persons)
        }
        return built
    }
}
