import Fluent

/// 007: returns (one completed or rejected upload each) and every finding they raised.
struct CreateReturns: AsyncMigration {
    var name: String { "007_CreateReturns" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReturnEntity.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("status", .string, .required)
            .field("as_of", .string, .required)
            .field("source", .string, .required)
            .field("created_at", .datetime, .required)
            .field("completed_at", .datetime)
            .field("workplace_rows", .int, .required)
            .field("staff_rows", .int, .required)
            .field("training_rows", .int, .required)
            .field("error_count", .int, .required)
            .field("warning_count", .int, .required)
            .field("changes", .string, .required)
            .create()
        try await database.schema(ReturnFindingEntity.schema)
            .id()
            .field("return_id", .uuid, .required, .references(ReturnEntity.schema, "id"))
            .field("file", .string, .required)
            .field("line", .int, .required)
            .field("localestid", .string)
            .field("uniqueworkerid", .string)
            .field("column_name", .string, .required)
            .field("severity", .string, .required)
            .field("code", .int)
            .field("rule", .string, .required)
            .field("value", .string)
            .field("message", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReturnFindingEntity.schema).delete()
        try await database.schema(ReturnEntity.schema).delete()
    }
}
