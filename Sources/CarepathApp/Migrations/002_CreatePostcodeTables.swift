import Fluent

/// 002: postcodes, postcode sectors and outcodes, each tied to its district.
struct CreatePostcodeTables: AsyncMigration {
    var name: String { "002_CreatePostcodeTables" }

    func prepare(on database: any Database) async throws {
        for (schema, key) in [(PostcodeSectorRecord.schema, "sector"), (PostcodeOutcodeRecord.schema, "outcode")] {
            try await database.schema(schema)
                .field(.string(key), .string, .identifier(auto: false))
                .field("district_code", .string, .required, .references(DistrictRecord.schema, "code"))
                .field("postcode_count", .int, .required)
                .field("easting", .int, .required)
                .field("northing", .int, .required)
                .field("max_distance_m", .int, .required)
                .create()
        }
        try await database.schema(PostcodeRecord.schema)
            .field("postcode", .string, .identifier(auto: false))
            .field("district_code", .string, .required, .references(DistrictRecord.schema, "code"))
            .field("easting", .int, .required)
            .field("northing", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PostcodeRecord.schema).delete()
        try await database.schema(PostcodeOutcodeRecord.schema).delete()
        try await database.schema(PostcodeSectorRecord.schema).delete()
    }
}
