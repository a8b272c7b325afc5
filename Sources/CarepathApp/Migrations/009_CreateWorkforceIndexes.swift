import Fluent
import SQLKit

/// 009: indexes for the look-ups every return and page makes. Fluent's schema builder has no
/// plain indexes, so SQLKit's builder is used; both engines accept the same statement.
struct CreateWorkforceIndexes: AsyncMigration {
    var name: String { "009_CreateWorkforceIndexes" }

    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("workplaces_organisation", WorkplaceEntity.schema, ["organisation_id", "reference_key"]),
        ("workplace_versions_workplace", WorkplaceVersionEntity.schema, ["workplace_id", "as_of"]),
        ("staff_workplace", StaffEntity.schema, ["workplace_id", "reference_key"]),
        ("staff_person", StaffEntity.schema, ["person_key"]),
        ("staff_versions_staff", StaffVersionEntity.schema, ["staff_id", "as_of"]),
        ("training_staff", TrainingEntity.schema, ["staff_id"]),
        ("return_findings_return", ReturnFindingEntity.schema, ["return_id"]),
        ("returns_organisation", ReturnEntity.schema, ["organisation_id"]),
    ]

    func prepare(on database: any Database) async throws {
        for index in Self.indexes {
            let builder = database.sql.create(index: index.name).on(index.table)
            for column in index.columns { builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        for index in Self.indexes {
            try await database.sql.drop(index: index.name).run()
        }
    }
}
