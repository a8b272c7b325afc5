import CarepathCore
import Fluent

/// 005: every England postcode (2,264,892 in the November 2025 ONSPD), streamed from the gzip file.
struct LoadPostcodes: AsyncMigration {
    var name: String { "005_LoadPostcodes" }
    let files: ReferenceDataFiles

    func prepare(on database: any Database) async throws {
        let file = files.postcodes
        let count = try await database.sqlTransaction { sql in
            try await ReferenceTableLoad(
                file: file, table: PostcodeRecord.schema,
                columns: ["postcode", "district_code", "easting", "northing"],
                decoder: PostcodeRow.decoder(file: file.lastPathComponent),
                values: {
                    [
                        $0.postcode.normalised, $0.districtCode.rawValue, Int($0.location.easting),
                        Int($0.location.northing),
                    ]
                }
            ).run(on: sql)
        }
        database.logger.info("loaded \(count) postcodes from \(file.lastPathComponent)")
    }

    func revert(on database: any Database) async throws {
        try await PostcodeRecord.query(on: database).delete()
    }
}
