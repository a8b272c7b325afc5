/// One data row of an uploaded file, with cells addressed by column name.
public struct UploadRow: Sendable, Hashable {
    /// The physical line the row starts on (header = 1).
    public let line: Int
    /// The cells as read, each trimmed of leading and trailing spaces.
    public let cells: [String]
    public let header: FileHeader

    public init(line: Int, cells: [String], header: FileHeader) {
        self.line = line
        self.cells = cells
        self.header = header
    }

    /// The cell under `column`; blank when the header lacks the column or the row is short.
    public subscript(column: String) -> String {
        guard let index = header.index(of: column), index < cells.count else { return "" }
        return cells[index]
    }

    /// The same row with one cell replaced (the header must have the column).
    public func replacing(_ column: String, with value: String) -> UploadRow {
        guard let index = header.index(of: column), index < cells.count else { return self }
        var cells = cells
        cells[index] = value
        return UploadRow(line: line, cells: cells, header: header)
    }

    /// The row's `LOCALESTID` as written.
    public var localEstablishmentID: String { self["LOCALESTID"] }

    /// The row's `UNIQUEWORKERID` as written (blank in the Workplace file).
    public var uniqueWorkerID: String { self["UNIQUEWORKERID"] }

    /// Carepath's column-count rule (spec 10.16): ASC-WDS never checks it.
    ///
    /// Missing cells, or non-empty cells past the header (usually an unquoted comma that shifted
    /// every later column), are an error and the row is not imported; empty extra cells are a warning.
    public func columnCountFinding() -> Finding? {
        let expected = header.columns.count
        guard cells.count != expected else { return nil }
        let extraCellsHoldData = cells.dropFirst(expected).contains { !$0.isEmpty }
        let severity: Finding.Severity = cells.count < expected || extraCellsHoldData ? .error : .warning
        let message: String
        if cells.count < expected {
            message =
                "This row has \(cells.count) cells but the header has \(expected) columns; "
                + "the row is not imported. Check for a missing comma or a line break inside an unquoted cell."
        } else if extraCellsHoldData {
            message =
                "This row has \(cells.count) cells but the header has \(expected) columns; "
                + "the row is not imported. A cell that contains a comma must be in double quotes."
        } else {
            message = "This row has \(cells.count - expected) empty cells after the last column; they are ignored."
        }
        return Finding(
            file: header.kind, line: line, localEstablishmentID: localEstablishmentID,
            uniqueWorkerID: header.kind == .workplace ? nil : uniqueWorkerID, column: "(row)",
            severity: severity, code: nil, rule: "\(header.kind.rulePrefix)-COLUMN-COUNT",
            value: "\(cells.count) cells", message: message)
    }
}

extension UploadFileKind {
    /// The prefix of this file's rule identifiers: `WP`, `ST` or `TR`.
    public var rulePrefix: String {
        switch self {
        case .workplace: return "WP"
        case .staff: return "ST"
        case .training: return "TR"
        }
    }
}
