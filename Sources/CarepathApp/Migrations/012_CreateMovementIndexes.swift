import Fluent
import SQLKit

/// 012: indexes for measured movement (``MovementRepository``): the staff records a return created
/// at a workplace, and those it removed.
///
/// `staff_versions_created` is partial: it holds only the creating version of each staff record
/// (row status `NEW`), so it grows with staff records, not with versions, and costs a return that
/// confirms its records nothing. It carries every column the starters query reads, so that query
/// never touches the versions table. Both engines accept the same partial-index statement.
struct CreateMovementIndexes: AsyncMigration {
    var name: String { "012_CreateMovementIndexes" }

    /// Each index: name, table, columns and, for a partial index, the row status it keeps.
    static let indexes: [(name: String, table: String, columns: [String], rowStatus: String?)] = [
        (
            "staff_versions_created", StaffVersionEntity.schema,
            ["workplace_id", "as_of", "employment_status", "return_id", "row_status"], "NEW"
        ),
        ("staff_removed", StaffEntity.schema, ["workplace_id", "removed_return_id"], nil),
    ]

    func prepare(on database: any Database) async throws {
        for index in Self.indexes {
            let builder = database.sql.create(index: index.name).on(index.table)
            for column in index.columns { builder.column(column) }
            if let rowStatus = index.rowStatus {
                builder.createIndex.predicate = SQLBinaryExpression(
                    SQLColumn("row_status"), .equal, SQLLiteral.string(rowStatus))
            }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        for index in Self.indexes {
            try await database.sql.drop(index: index.name).run()
        }
    }
}
