import Fluent

/// 001: regions, councils (CASSRs) and local authority districts.
struct CreateAreaTables: AsyncMigration {
    var name: String { "001_CreateAreaTables" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RegionRecord.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("postcode_count", .int, .required)
            .field("centroid_easting", .int, .required)
            .field("centroid_northing", .int, .required)
            .create()
        try await database.schema(CassrRecord.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("region_code", .string, .required, .references(RegionRecord.schema, "code"))
            .field("postcode_count", .int, .required)
            .field("centroid_easting", .int, .required)
            .field("centroid_northing", .int, .required)
            .create()
        try await database.schema(DistrictRecord.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("cassr_code", .string, .required, .references(CassrRecord.schema, "code"))
            .field("region_code", .string, .required, .references(RegionRecord.schema, "code"))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DistrictRecord.schema).delete()
        try await database.schema(CassrRecord.schema).delete()
        try await database.schema(RegionRecord.schema).delete()
    }
}
