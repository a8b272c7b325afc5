import Fluent

/// 010: imported population projections (ONS SNPP, or the labelled synthetic demo file),
/// one row per release and variant, and one row per area and year with persons by single age.
struct CreatePopulationTables: AsyncMigration {
    var name: String { "010_CreatePopulationTables" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PopulationReleaseEntity.schema)
            .id()
            .field("release", .string, .required)
            .field("variant", .string, .required)
            .field("source_file", .string, .required)
            .field("is_synthetic", .bool, .required)
            .field("layout", .string, .required)
            .field("first_year", .int, .required)
            .field("last_year", .int, .required)
            .field("area_count", .int, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "release", "variant")
            .create()
        try await database.schema(PopulationValuesEntity.schema)
            .id()
            .field("release_id", .uuid, .required, .references(PopulationReleaseEntity.schema, "id"))
            .field("area_code", .string, .required)
            .field("year", .int, .required)
            .field("persons_by_age", .string, .required)
            .unique(on: "release_id", "area_code", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PopulationValuesEntity.schema).delete()
        try await database.schema(PopulationReleaseEntity.schema).delete()
    }
}
