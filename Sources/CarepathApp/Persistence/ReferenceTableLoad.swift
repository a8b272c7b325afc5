import CarepathCore
import Fluent
import Foundation
import SQLKit

/// Streams one reference CSV file into one table: decode each record, insert in batches.
struct ReferenceTableLoad<Row> {
    let file: URL
    let table: String
    let columns: [String]
    /// Checks the header and decodes each record.
    let decoder: ReferenceTableDecoder<Row>
    /// The row's values, in the order of `columns`.
    let values: (Row) -> BulkInsert.Row

    /// Loads every row. Call inside a transaction, so a bad row leaves nothing behind.
    /// - Throws: ``ReferenceDataError`` naming the file, line, field and rule of the first bad row.
    /// - Returns: the number of rows inserted.
    @discardableResult
    func run(on database: any SQLDatabase) async throws -> Int {
        var stream = try CSVFileStream(url: file)
        var decoder = decoder
        var insert = BulkInsert(into: table, columns: columns, on: database)
        var more = true
        while more {
            do {
                more = try stream.readChunk { record in
                    if let row = try decoder.decode(record) { insert.append(values(row)) }
                }
            } catch let error as CSVError {
                throw ReferenceDataError(csv: error, file: decoder.file)
            }
            try await insert.flush(force: !more)
        }
        try decoder.finish()
        return decoder.rowCount
    }
}

extension Database {
    /// Runs `body` in one transaction on SQL, so a failed load writes nothing.
    func sqlTransaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    {
        try await transaction { try await body($0.sql) }
    }
}
