/// A recognised header: the file's layout and where each column the parser reads is.
struct PopulationHeader: Sendable {
    let layout: PopulationFileLayout
    /// Every header cell as written, trimmed, for naming columns in messages.
    let names: [String]
    /// The position of each column found.
    let columns: [PopulationColumn: Int]
    /// Wide layout: each year and the position of its column, in year order; empty for long.
    let yearColumns: [(year: Int, index: Int)]
    /// Whether the age column holds Nomis C_AGE codes rather than ONS AGE_GROUP labels.
    let ageIsNomisCode: Bool

    /// Recognises the first line of a file.
    /// - Throws: ``PopulationFileError`` if it is neither layout, lacks a column its layout needs,
    ///   names a column twice, or skips a year.
    init(cells: [String], line: Int, file: String) throws(PopulationFileError) {
        func failure(_ rule: PopulationFileError.Rule, _ column: String?, _ message: String) -> PopulationFileError {
            PopulationFileError(file: file, line: line, column: column, rule: rule, message: message)
        }
        names = cells.map(PopulationFileText.trimmed)
        var columns: [PopulationColumn: Int] = [:]
        var yearIndices: [Int: Int] = [:]
        for (index, name) in names.enumerated() {
            if let year = PopulationFileText.year(name) {
                guard yearIndices[year] == nil else {
                    throw failure(.duplicateColumn, name, "The header has two columns for \(year).")
                }
                yearIndices[year] = index
            } else if let column = PopulationColumn(key: PopulationFileText.columnKey(name)) {
                if let earlier = columns[column] {
                    throw failure(
                        .duplicateColumn, name,
                        "The header has two columns for \(column.meaning): \"\(names[earlier])\" and \"\(name)\"; "
                            + "keep one of them.")
                }
                columns[column] = index
            }
        }

        let hasLongColumns = columns[.year] != nil || columns[.value] != nil
        if hasLongColumns && !yearIndices.isEmpty {
            throw failure(
                .unrecognisedHeader, nil,
                "The header has both year columns, such as \(yearIndices.keys.min()!), and a "
                    + "\(PopulationColumn.year.standardName(in: .long)) or \(PopulationColumn.value.standardName(in: .long)) "
                    + "column, so it is neither the ONS layout nor the Nomis one.")
        }
        if !hasLongColumns && yearIndices.isEmpty && columns.isEmpty {
            throw failure(
                .unrecognisedHeader, nil,
                "The first line is not the header of a population projection: expected the ONS columns "
                    + "AREA_CODE, SEX, AGE_GROUP and one column for each year, or the Nomis columns "
                    + "GEOGRAPHY_CODE, GENDER, C_AGE, PROJECTED_YEAR_NAME and OBS_VALUE.")
        }
        layout = hasLongColumns ? .long : .wide

        let required: [PopulationColumn] =
            layout == .long ? [.areaCode, .sex, .age, .year, .value] : [.areaCode, .sex, .age]
        for column in required where columns[column] == nil {
            let name = column.standardName(in: layout)
            let others = column.names.dropFirst().map { "\"\($0)\"" }.joined(separator: ", ")
            throw failure(
                .missingColumn, name, "The header has no \(name) column (other names accepted: \(others)).")
        }

        let years = yearIndices.keys.sorted()
        if layout == .wide {
            guard !years.isEmpty else {
                throw failure(
                    .missingColumn, "year",
                    "The header has no year columns: an ONS projection has one column for each year, such as 2031.")
            }
            for (earlier, later) in zip(years, years.dropFirst()) where later != earlier + 1 {
                throw failure(
                    .missingYear, String(earlier + 1),
                    "The header has columns for \(earlier) and \(later) but none for \(earlier + 1): "
                        + "the years must follow on without a gap.")
            }
        }
        self.columns = columns
        yearColumns = years.map { (year: $0, index: yearIndices[$0]!) }
        let ageKey = PopulationFileText.columnKey(names[columns[.age]!])
        ageIsNomisCode = ageKey == "c_age"
    }

    /// The position of a column the layout requires, which recognition has already found.
    func index(_ column: PopulationColumn) -> Int {
        columns[column]!
    }

    /// A column's name as written in the header.
    func name(_ column: PopulationColumn) -> String {
        names[index(column)]
    }

    /// The projection years of a wide header; nil for long, whose years are in its rows.
    var years: ClosedRange<Int>? {
        guard let first = yearColumns.first, let last = yearColumns.last else { return nil }
        return first.year...last.year
    }
}
