import CarepathCore
import Fluent
import SQLKit

extension GeographyRepository {
    /// Where to draw each area of a hotspot map: councils at their stored centroids, districts at
    /// the postcode-weighted centre of their postcode sectors (the reference data has no district
    /// centroid). Keyed by area code.
    func mapPositions(level: AreaLevel, codes: [String]) async throws -> [String: GridReference] {
        guard !codes.isEmpty else { return [:] }
        switch level {
        case .cassr:
            let cassrs = try await CassrRecord.query(on: database).filter(\.$id ~~ codes).all()
            return Dictionary(
                uniqueKeysWithValues: cassrs.map {
                    ($0.id!, GridReference(easting: Double($0.centroidEasting), northing: Double($0.centroidNorthing)))
                })
        case .district:
            let rows = try await database.sql.raw(
                """
                SELECT district_code, SUM(easting * postcode_count) AS east, SUM(northing * postcode_count) AS north,
                SUM(postcode_count) AS weight FROM postcode_sectors
                WHERE district_code IN (\(binds: codes)) GROUP BY district_code
                """
            ).all()
            var positions: [String: GridReference] = [:]
            for row in rows {
                let weight = try row.decode(column: "weight", as: Double.self)
                guard weight > 0 else { continue }
                positions[try row.decode(column: "district_code", as: String.self)] = GridReference(
                    easting: try row.decode(column: "east", as: Double.self) / weight,
                    northing: try row.decode(column: "north", as: Double.self) / weight)
            }
            return positions
        case .country, .region:
            return [:]
        }
    }
}
