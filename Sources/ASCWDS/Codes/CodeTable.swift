import CarepathCore

/// One ASC-WDS code list (`ascwds-codes/*.csv`): codes and their attributes, loaded as data so
/// Skills for Care can extend a list without a code change.
public struct CodeTable: Sendable, Hashable {
    /// The list's file name, such as `main-services.csv`.
    public var name: String
    /// The attribute columns, in file order; the first is always `code`.
    public var columns: [String]
    private var rows: [String: [String]]
    /// The codes, in file order.
    public private(set) var codes: [String]

    /// Builds a table from decoded CSV records: a header whose first column is `code`, then one row
    /// per code.
    /// - Throws: ``CodeListError`` for a missing header, a wrong first column, a short row or a
    ///   repeated code.
    public init(name: String, records: [CSVRecord], codeColumn: String = "code") throws(CodeListError) {
        guard let header = records.first else { throw CodeListError(list: name, line: 1, problem: "the file is empty") }
        guard let codeIndex = header.fields.firstIndex(of: codeColumn) else {
            throw CodeListError(list: name, line: header.line, problem: "the header has no \"\(codeColumn)\" column")
        }
        self.name = name
        columns = header.fields
        rows = [:]
        codes = []
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw CodeListError(
                    list: name, line: record.line,
                    problem: "has \(record.fields.count) fields where the header has \(header.fields.count)")
            }
            let code = record.fields[codeIndex]
            guard rows[code] == nil else {
                throw CodeListError(list: name, line: record.line, problem: "repeats code \(code)")
            }
            rows[code] = record.fields
            codes.append(code)
        }
    }

    /// Whether the list holds `code` exactly as written.
    public func contains(_ code: String) -> Bool {
        rows[code] != nil
    }

    /// Whether the list holds the whole number `code`.
    public func contains(_ code: Int) -> Bool {
        rows[String(code)] != nil
    }

    /// An attribute of a code, such as the `label`, or `nil` if either is unknown.
    public func attribute(_ column: String, of code: String) -> String? {
        guard let row = rows[code], let index = columns.firstIndex(of: column) else { return nil }
        return row[index]
    }

    public func attribute(_ column: String, of code: Int) -> String? {
        attribute(column, of: String(code))
    }
}

/// A code list file that cannot be read.
public struct CodeListError: Error, Sendable, Hashable, CustomStringConvertible {
    public var list: String
    public var line: Int
    public var problem: String

    public var description: String { "code list \(list) line \(line): \(problem)" }
}
