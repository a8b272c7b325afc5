import CarepathCore

// Reading one data row of each layout into the grids, checking each cell as it goes.
extension PopulationFileParser {
    /// Checks a row has a cell for every named header column, and nothing beyond the header's columns.
    func checkFieldCount(_ record: CSVRecord, _ header: PopulationHeader) throws(PopulationFileError) {
        // Trailing unnamed columns and trailing empty cells are what spreadsheets add; neither carries data.
        let named = header.names.lastIndex(where: { !$0.isEmpty }).map { $0 + 1 } ?? 0
        let filled = record.fields.lastIndex(where: { !PopulationFileText.trimmed($0).isEmpty }).map { $0 + 1 } ?? 0
        if record.count >= named && filled <= header.names.count { return }
        let (found, columns) = record.count < named ? (record.count, named) : (filled, header.names.count)
        throw error(
            .fieldCount, line: record.line, column: nil,
            "This row has \(found) values but the header has \(columns) columns.")
    }

    /// An ONS row: one area, sex and age, with a value in each year column.
    mutating func readWideRow(
        _ record: CSVRecord, area: AreaCode, header: PopulationHeader
    ) throws(PopulationFileError) {
        try checkComponent(record, header)
        let sex = try sex(record, header)
        let slot = try ageSlot(record, header)
        let firstYear = header.yearColumns[0].year
        if let earlier = grids[area]?[sex]?.line(year: firstYear, slot: slot) {
            throw duplicate(record.line, earlier, "\(label(area)), \(sex.rowWord), \(PopulationAge.name(slot))")
        }
        var values: [Double] = []
        values.reserveCapacity(header.yearColumns.count)
        for (_, index) in header.yearColumns {
            values.append(try value(record[index], line: record.line, column: header.names[index]))
        }
        for ((year, _), value) in zip(header.yearColumns, values) {
            grids[area, default: [:]][sex, default: AgeYearGrid(firstLine: record.line)]
                .record(value, year: year, slot: slot, line: record.line)
        }
    }

    /// A Nomis row: one area, sex, age and year, and its value.
    mutating func readLongRow(
        _ record: CSVRecord, area: AreaCode, header: PopulationHeader
    ) throws(PopulationFileError) {
        try checkComponent(record, header)
        let sex = try sex(record, header)
        let slot = try ageSlot(record, header)
        let yearCell = PopulationFileText.trimmed(record[header.index(.year)])
        guard let year = PopulationFileText.year(yearCell) else {
            throw error(
                .malformedYear, line: record.line, column: header.name(.year),
                "\(PopulationFileText.quoted(yearCell)) is not a projection year: expected four digits, like 2031.")
        }
        let value = try value(record[header.index(.value)], line: record.line, column: header.name(.value))
        if let earlier = grids[area]?[sex]?.line(year: year, slot: slot) {
            throw duplicate(
                record.line, earlier, "\(label(area)), \(sex.rowWord), \(PopulationAge.name(slot)), \(year)")
        }
        grids[area, default: [:]][sex, default: AgeYearGrid(firstLine: record.line)]
            .record(value, year: year, slot: slot, line: record.line)
    }

    /// Refuses a components-of-change row (births, deaths, migration), which would pass every other
    /// check yet is not a population.
    private func checkComponent(_ record: CSVRecord, _ header: PopulationHeader) throws(PopulationFileError) {
        guard let column = header.columns[.component] else { return }
        let component = PopulationFileText.trimmed(record[column])
        guard component.lowercased() != "population" else { return }
        throw error(
            .wrongComponent, line: record.line, column: header.names[column],
            "The component is \(PopulationFileText.quoted(component)), but a population projection has only "
                + "\"Population\" rows: this looks like a components-of-change file, so import the population "
                + "file instead.")
    }

    private func sex(_ record: CSVRecord, _ header: PopulationHeader) throws(PopulationFileError) -> PopulationSex {
        let cell = PopulationFileText.trimmed(record[header.index(.sex)])
        guard let sex = PopulationSex(cell: cell) else {
            throw error(
                .unknownSex, line: record.line, column: header.name(.sex),
                "\(PopulationFileText.quoted(cell)) is not a sex the importer knows: expected persons, males or "
                    + "females (or the Nomis codes 0 for all persons, 1 for male and 2 for female).")
        }
        return sex
    }

    private func ageSlot(_ record: CSVRecord, _ header: PopulationHeader) throws(PopulationFileError) -> Int {
        let cell = PopulationFileText.trimmed(record[header.index(.age)])
        if header.ageIsNomisCode {
            guard let slot = PopulationAge.slot(nomisCode: cell) else {
                throw error(
                    .unknownAge, line: record.line, column: header.name(.age),
                    "\(PopulationFileText.quoted(cell)) is not a single-year-of-age code: expected 101 to 190 "
                        + "(ages 0 to 89), 191 (90 and over) or 200 (All ages); download single years of age "
                        + "from Nomis, not age bands.")
            }
            return slot
        }
        guard let slot = PopulationAge.slot(label: cell) else {
            throw error(
                .unknownAge, line: record.line, column: header.name(.age),
                "\(PopulationFileText.quoted(cell)) is not an age group of a population projection: expected "
                    + "0 to 89, \"90 and over\" or \"All ages\".")
        }
        return slot
    }

    /// A number of persons: blank, text and negative numbers are refused.
    private func value(_ cell: String, line: Int, column: String) throws(PopulationFileError) -> Double {
        let text = PopulationFileText.trimmed(cell)
        guard !text.isEmpty else {
            throw error(.nonNumeric, line: line, column: column, "The value is blank: every cell needs a number.")
        }
        guard let value = PopulationFileText.number(text) else {
            let hint = text.contains(",") ? " Remove the thousands separators." : ""
            throw error(
                .nonNumeric, line: line, column: column, "\(PopulationFileText.quoted(text)) is not a number.\(hint)")
        }
        guard value >= 0 else {
            throw error(
                .negativeValue, line: line, column: column,
                "\(PopulationFileText.quoted(text)) is negative, but a number of people cannot be below zero.")
        }
        return value
    }

    private func duplicate(_ line: Int, _ earlier: Int, _ what: String) -> PopulationFileError {
        error(.duplicateRow, line: line, column: nil, "This row repeats line \(earlier): \(what) appears twice.")
    }
}
