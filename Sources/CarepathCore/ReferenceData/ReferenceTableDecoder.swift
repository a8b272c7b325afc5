/// Turns the records of one reference CSV file into typed rows, checking the
/// header and every field.
///
/// The first record must be the header, exactly as expected. Every later record
/// must have one field per column and becomes a `Row` or a ``ReferenceDataError``.
/// Use it record by record with a ``CSVReader`` to stream a large file:
///
/// ```swift
/// var decoder = PostcodeRow.decoder()
/// try reader.consume(chunk) { record in
///     if let row = try decoder.decode(record) { store(row) }
/// }
/// ```
///
/// or call ``decodeAll(csv:)`` for a small file already in memory. Each row type
/// offers a ready-made decoder, such as ``RegionRow/decoder(file:)``.
public struct ReferenceTableDecoder<Row>: Sendable {
    /// The file name used in error messages.
    public let file: String
    /// The expected header, one column name per field.
    public let header: [String]
    private let makeRow: @Sendable (ReferenceFields) throws(ReferenceDataError) -> Row
    private var sawHeader = false
    /// How many data rows have been decoded so far.
    public private(set) var rowCount = 0

    /// A decoder for a file with the given header, making each row with `row`.
    public init(
        file: String, header: [String],
        row: @escaping @Sendable (ReferenceFields) throws(ReferenceDataError) -> Row
    ) {
        self.file = file
        self.header = header
        self.makeRow = row
    }

    /// Checks the header (returning nil) or decodes a data row.
    /// - Throws: ``ReferenceDataError`` for a wrong header, a wrong number of
    ///   fields or an invalid field.
    public mutating func decode(_ record: CSVRecord) throws(ReferenceDataError) -> Row? {
        guard sawHeader else {
            try checkHeader(record)
            sawHeader = true
            return nil
        }
        guard record.count == header.count else {
            throw ReferenceDataError(
                file: file, line: record.line,
                rule:
                    "has \(record.count) fields but the header has \(header.count) (\(header.joined(separator: ", ")))")
        }
        let row = try makeRow(ReferenceFields(file: file, columns: header, record: record))
        rowCount += 1
        return row
    }

    /// Confirms the file was not empty; call it after the last record.
    /// - Throws: ``ReferenceDataError`` if no header was seen.
    public func finish() throws(ReferenceDataError) {
        guard sawHeader else {
            throw ReferenceDataError(
                file: file, line: 1,
                rule: "the file is empty: expected a header row \(header.joined(separator: ","))")
        }
    }

    /// Decodes a whole file held in memory.
    /// - Throws: ``ReferenceDataError``, including for malformed CSV.
    public func decodeAll(csv bytes: some Collection<UInt8>) throws(ReferenceDataError) -> [Row] {
        var decoder = self
        var rows: [Row] = []
        var reader = CSVReader()
        let emit = { (record: CSVRecord) throws in
            if let row = try decoder.decode(record) { rows.append(row) }
        }
        do {
            try reader.consume(bytes, emit)
            try reader.finish(emit)
        } catch let error as ReferenceDataError {
            throw error
        } catch let error as CSVError {
            throw ReferenceDataError(csv: error, file: file)
        } catch {
            // Only the two error types above can reach here.
            throw ReferenceDataError(file: file, line: 0, rule: "\(error)")
        }
        try decoder.finish()
        return rows
    }

    private func checkHeader(_ record: CSVRecord) throws(ReferenceDataError) {
        let found = record.fields
        guard found != header else { return }
        var problems: [String] = []
        let missing = header.filter { !found.contains($0) }
        let unexpected = found.filter { !header.contains($0) }
        if !missing.isEmpty { problems.append("missing " + Self.list(missing)) }
        if !unexpected.isEmpty { problems.append("unexpected " + Self.list(unexpected)) }
        if problems.isEmpty {
            problems.append(found.count == header.count ? "columns in a different order" : "repeated columns")
        }
        throw ReferenceDataError(
            file: file, line: record.line,
            rule: "the header must be exactly \(header.joined(separator: ",")): \(problems.joined(separator: "; "))")
    }

    private static func list(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}

extension ReferenceDataError {
    /// A CSV syntax error found while reading `file`.
    public init(csv error: CSVError, file: String) {
        var rule = error.rule.description
        if let column = error.column { rule = "column \(column): " + rule }
        self.init(file: file, line: error.line, rule: rule)
    }
}
