import CarepathCore

/// Reads an ONS sub-national population projection (SNPP) file, in the ONS wide layout or the
/// Nomis long layout, into persons by single year of age for each area Carepath uses.
///
/// Feed the file in chunks of any size with ``consume(_:)`` and call ``finish()`` once at the end;
/// the raw text is not kept, only the figures for the areas kept. The file is refused as a whole
/// at the first rule it breaks, with a ``PopulationFileError`` naming the line and column; after
/// that every call throws the same error.
///
/// Rows for geographies Carepath does not use are skipped and counted. Old area codes are read as
/// the codes that replaced them, adding up any that merged. A county council with no rows of its
/// own is built from its districts when every one of them is in the file.
public struct PopulationFileParser: Sendable {
    /// The file's name, for messages.
    let fileName: String
    let areaFilter: PopulationAreaFilter
    /// District (E07) → its county council (E10); other entries are ignored.
    let countyOfDistrict: [AreaCode: AreaCode]
    private var reader = CSVReader()
    /// The header, once the first line has been read.
    var header: PopulationHeader?
    /// Area code as written (before replacement) → sex → its figures so far.
    var grids: [AreaCode: [PopulationSex: AgeYearGrid]] = [:]
    /// Area code as written → the first name the file gave it, for messages.
    var areaNames: [AreaCode: String] = [:]
    /// Data rows read, kept or skipped.
    var rowCount = 0
    var ignoredRows = 0
    private var failure: PopulationFileError?

    /// A parser for one file.
    /// - Parameters:
    ///   - fileName: The file's name as the person importing it knows it, for messages.
    ///   - knownAreas: The current codes of every council, district, region and England Carepath knows.
    ///     A row for an area of those kinds that is not here (after replacement) is an error.
    ///   - countyOfDistrict: Each district (E07) and its county council (E10), for building a county
    ///     the file lacks; entries for other kinds of area are ignored.
    ///   - codeReplacements: Old code → the code that replaced it.
    ///   - supersededCodes: Abolished areas whose rows are skipped because their parts are
    ///     replaced individually (the county councils of ``AreaBoundaryChanges``).
    public init(
        fileName: String, knownAreas: Set<AreaCode>, countyOfDistrict: [AreaCode: AreaCode],
        codeReplacements: [AreaCode: AreaCode] = AreaCodeAliases.replacements, supersededCodes: Set<AreaCode> = []
    ) {
        self.fileName = fileName
        self.areaFilter = PopulationAreaFilter(
            knownAreas: knownAreas, replacements: codeReplacements, superseded: supersededCodes)
        self.countyOfDistrict = countyOfDistrict
    }

    /// Reads the next chunk of the file; chunks may split it anywhere.
    /// - Throws: ``PopulationFileError`` for the first rule broken in the rows read so far.
    public mutating func consume(_ bytes: some Collection<UInt8>) throws(PopulationFileError) {
        if let failure { throw failure }
        // The CSV reader is moved out while it runs, because each record it emits updates `self`.
        var csv = reader
        defer { reader = csv }
        do {
            try csv.consume(bytes) { record in try handle(record) }
        } catch {
            throw fail(error)
        }
    }

    /// Reads the end of the file, checks it as a whole and returns its figures. Call it once.
    /// - Throws: ``PopulationFileError`` for a rule broken by the last row or by the file as a whole,
    ///   such as a missing age or year, an "All ages" total that does not add up, or only one sex.
    public mutating func finish() throws(PopulationFileError) -> PopulationProjectionFile {
        if let failure { throw failure }
        var csv = reader
        defer { reader = csv }
        do {
            try csv.finish { record in try handle(record) }
        } catch {
            throw fail(error)
        }
        do {
            return try assemble()
        } catch {
            failure = error
            throw error
        }
    }

    /// Reads a whole file held in memory.
    /// - Throws: ``PopulationFileError`` for the first rule the file breaks.
    public static func parse(
        fileName: String, bytes: some Collection<UInt8>, knownAreas: Set<AreaCode>,
        countyOfDistrict: [AreaCode: AreaCode]
    ) throws(PopulationFileError) -> PopulationProjectionFile {
        var parser = PopulationFileParser(
            fileName: fileName, knownAreas: knownAreas, countyOfDistrict: countyOfDistrict)
        try parser.consume(bytes)
        return try parser.finish()
    }

    /// Recognises the header, or sorts a data row by its area and reads it.
    private mutating func handle(_ record: CSVRecord) throws(PopulationFileError) {
        // Spreadsheets leave rows of empty cells below the data; they carry nothing.
        guard record.fields.contains(where: { !PopulationFileText.trimmed($0).isEmpty }) else { return }
        guard let header else {
            header = try PopulationHeader(cells: record.fields, line: record.line, file: fileName)
            return
        }
        rowCount += 1
        try checkFieldCount(record, header)
        let column = header.name(.areaCode)
        let cell = PopulationFileText.trimmed(record[header.index(.areaCode)])
        switch areaFilter.verdict(cell) {
        case .ignored:
            ignoredRows += 1
        case .malformed:
            let problem =
                cell.isEmpty
                ? "The area code is blank" : "\(PopulationFileText.quoted(cell)) is not an ONS area code"
            throw error(
                .malformedAreaCode, line: record.line, column: column,
                "\(problem): expected a letter and eight digits, like E06000055.")
        case .unknown(let current):
            let shown = current.rawValue == cell.uppercased() ? cell : "\(cell) (now \(current))"
            throw error(
                .unknownArea, line: record.line, column: column,
                "\(shown) is not a council, district, region or England code that Carepath knows: "
                    + "check the code, or update the council lookup if the area is new.")
        case .kept(let area):
            if let nameColumn = header.columns[.areaName], areaNames[area] == nil {
                areaNames[area] = PopulationFileText.trimmed(record[nameColumn])
            }
            switch header.layout {
            case .wide: try readWideRow(record, area: area, header: header)
            case .long: try readLongRow(record, area: area, header: header)
            }
        }
    }

    /// An error in this file.
    func error(
        _ rule: PopulationFileError.Rule, line: Int?, column: String?, _ message: String
    ) -> PopulationFileError {
        PopulationFileError(file: fileName, line: line, column: column, rule: rule, message: message)
    }

    /// An area as messages name it: "Hartlepool (E06000001)", or the code alone if the file gave no name.
    func label(_ area: AreaCode) -> String {
        guard let name = areaNames[area], !name.isEmpty else { return area.rawValue }
        return "\(name) (\(area))"
    }

    /// Remembers the first error so that later calls repeat it, turning a CSV error into one of ours.
    private mutating func fail(_ error: any Error) -> PopulationFileError {
        let failure: PopulationFileError
        switch error {
        case let error as PopulationFileError:
            failure = error
        case let error as CSVError:
            // Before the header is read there are no column names to give.
            let names = header?.names ?? []
            let column = error.field.flatMap { names.indices.contains($0 - 1) ? names[$0 - 1] : nil }
            let rule = error.rule.description
            failure = self.error(
                .malformedCSV, line: error.line, column: column, "\(rule.prefix(1).uppercased())\(rule.dropFirst()).")
        default:
            failure = self.error(.malformedCSV, line: nil, column: nil, "The file could not be read: \(error).")
        }
        self.failure = failure
        return failure
    }
}
