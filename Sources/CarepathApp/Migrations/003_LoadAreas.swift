import CarepathCore
import Fluent

/// 003: the 9 regions, 153 councils (CASSRs) and 296 local authority districts.
struct LoadAreas: AsyncMigration {
    var name: String { "003_LoadAreas" }
    let files: ReferenceDataFiles

    func prepare(on database: any Database) async throws {
        let files = files
        try await database.sqlTransaction { sql in
            try await ReferenceTableLoad(
                file: files.regions, table: RegionRecord.schema,
                columns: ["code", "name", "postcode_count", "centroid_easting", "centroid_northing"],
                decoder: RegionRow.decoder(file: files.regions.lastPathComponent),
                values: {
                    [$0.code.rawValue, $0.name, $0.postcodeCount, Int($0.centroid.easting), Int($0.centroid.northing)]
                }
            ).run(on: sql)
            try await ReferenceTableLoad(
                file: files.cassrs, table: CassrRecord.schema,
                columns: ["code", "name", "region_code", "postcode_count", "centroid_easting", "centroid_northing"],
                decoder: CassrRow.decoder(file: files.cassrs.lastPathComponent),
                values: {
                    [
                        $0.code.rawValue, $0.name, $0.regionCode.rawValue, $0.postcodeCount, Int($0.centroid.easting),
                        Int($0.centroid.northing),
                    ]
                }
            ).run(on: sql)
            try await ReferenceTableLoad(
                file: files.districts, table: DistrictRecord.schema,
                columns: ["code", "name", "cassr_code", "region_code"],
                decoder: DistrictRow.decoder(file: files.districts.lastPathComponent),
                values: { [$0.code.rawValue, $0.name, $0.cassrCode.rawValue, $0.regionCode.rawValue] }
            ).run(on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.transaction { database in
            try await DistrictRecord.query(on: database).delete()
            try await CassrRecord.query(on: database).delete()
            try await RegionRecord.query(on: database).delete()
        }
    }
}
