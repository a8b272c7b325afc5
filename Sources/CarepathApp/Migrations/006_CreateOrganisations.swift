import Fluent

/// 006: provider organisations, which own workplaces and submit returns.
struct CreateOrganisations: AsyncMigration {
    var name: String { "006_CreateOrganisations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationEntity.schema)
            .id()
            .field("reference", .string, .required)
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "reference")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationEntity.schema).delete()
    }
}
