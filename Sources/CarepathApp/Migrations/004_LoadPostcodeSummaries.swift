import CarepathCore
import Fluent

/// 004: the 10,060 postcode sectors and 2,323 outcodes, for places known only in part.
struct LoadPostcodeSummaries: AsyncMigration {
    var name: String { "004_LoadPostcodeSummaries" }
    let files: ReferenceDataFiles

    func prepare(on database: any Database) async throws {
        let files = files
        try await database.sqlTransaction { sql in
            for (kind, file, table) in [
                (PostcodeSummaryRow.Kind.sector, files.sectors, PostcodeSectorRecord.schema),
                (PostcodeSummaryRow.Kind.outcode, files.outcodes, PostcodeOutcodeRecord.schema),
            ] {
                try await ReferenceTableLoad(
                    file: file, table: table,
                    columns: [
                        kind.rawValue, "district_code", "postcode_count", "easting", "northing", "max_distance_m",
                    ],
                    decoder: PostcodeSummaryRow.decoder(kind, file: file.lastPathComponent),
                    values: {
                        [
                            $0.key, $0.districtCode.rawValue, $0.postcodeCount, Int($0.centroid.easting),
                            Int($0.centroid.northing), $0.maxDistanceMetres,
                        ]
                    }
                ).run(on: sql)
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.transaction { database in
            try await PostcodeOutcodeRecord.query(on: database).delete()
            try await PostcodeSectorRecord.query(on: database).delete()
        }
    }
}
