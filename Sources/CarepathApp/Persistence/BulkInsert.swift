import SQLKit

/// Inserts many rows with few statements: multi-row `INSERT`s sized to the engine's bind limit.
///
/// Loading 2.3 million postcodes one statement per row would take minutes; batched, it takes seconds.
struct BulkInsert {
    typealias Row = [any Encodable & Sendable]

    let database: any SQLDatabase
    let table: String
    let columns: [String]
    private var pending: [Row] = []

    init(into table: String, columns: [String], on database: any SQLDatabase) {
        self.database = database
        self.table = table
        self.columns = columns
    }

    /// Rows per statement: as many as the bind limit allows, capped to keep statements small.
    var rowsPerStatement: Int {
        min(2_000, Dialect.maxBindsPerStatement(on: database) / max(1, columns.count))
    }

    /// Queues a row; nothing is written until ``flush(force:)``.
    mutating func append(_ row: Row) {
        precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
        pending.append(row)
    }

    /// Writes every full batch, and with `force` the last partial one too.
    mutating func flush(force: Bool = false) async throws {
        let size = rowsPerStatement
        var start = 0
        while pending.count - start >= size || (force && start < pending.count) {
            let end = min(start + size, pending.count)
            var insert = database.insert(into: table).columns(columns)
            for row in pending[start..<end] { insert = insert.values(row) }
            try await insert.run()
            start = end
        }
        pending.removeFirst(start)
    }
}
