import Fluent

/// 016: uploads checked on the web or through the API and waiting for someone to complete them. The
/// files and findings are sealed under the master key, because raw ASC-WDS files hold NI numbers and
/// dates of birth that Carepath otherwise never stores.
struct CreatePendingUploads: AsyncMigration {
    var name: String { "016_CreatePendingUploads" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PendingUploadEntity.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("user_id", .uuid, .required, .references(UserEntity.schema, "id"))
            .field("as_of", .string, .required)
            .field("file_names", .string, .required)
            .field("sealed_workplace", .data, .required)
            .field("sealed_staff", .data, .required)
            .field("sealed_training", .data)
            .field("sealed_findings", .data, .required)
            .field("errors", .int, .required)
            .field("warnings", .int, .required)
            .field("rows", .int, .required)
            .field("changes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("completed_at", .datetime)
            .field("return_id", .uuid, .references(ReturnEntity.schema, "id"))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PendingUploadEntity.schema).delete()
    }
}
