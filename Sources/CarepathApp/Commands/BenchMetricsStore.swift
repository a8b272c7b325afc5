import ASCWDS
import CarepathCore
import Fluent
import Foundation
import SQLKit
import WorkforceMetrics

/// The database side of `carepath bench metrics-data`: how the regions share the workplaces, and
/// storing the built facts with the few organisation, return and workplace rows their foreign keys need.
enum BenchMetricsStore {
    struct Region: Sendable {
        var code: String
        var workplaces: Int
    }

    /// The nine regions, sharing `workplaces` by their postcode counts (largest remainder).
    static func regions(workplaces: Int, on database: any Database) async throws -> [Region] {
        let records = try await RegionRecord.query(on: database).sort(\.$id).all()
        let postcodes = Double(records.reduce(0) { $0 + $1.postcodeCount })
        let exact = records.map { Double(workplaces) * Double($0.postcodeCount) / postcodes }
        var counts = exact.map { Int($0) }
        let byRemainder = exact.indices.sorted { exact[$0] - Double(counts[$0]) > exact[$1] - Double(counts[$1]) }
        for index in byRemainder.prefix(workplaces - counts.reduce(0, +)) { counts[index] += 1 }
        return zip(records, counts).map { Region(code: $0.id!, workplaces: $1) }
    }

    /// A facts builder per region, with the region's postcodes and where each one is.
    static func builders(
        _ regions: [Region], seed: UInt64, services: [DemoParameters.ServiceShare], codes: CodeLists,
        on database: any Database
    ) async throws -> [BenchRegionFacts] {
        var builders: [BenchRegionFacts] = []
        for (index, region) in regions.enumerated() {
            let postcodes = try await DemoRegion.postcodes(in: region.code, on: database)
            var locations: [String: WorkplaceMetricFacts.Location] = [:]
            for postcode in postcodes {
                let key = (try? Postcode(postcode.postcode))?.normalised ?? postcode.postcode
                locations[key] = .init(
                    districtCode: postcode.districtCode, cassrCode: postcode.cassrCode, regionCode: region.code)
            }
            builders.append(
                BenchRegionFacts(
                    regionIndex: index, regionCode: region.code, workplaceCount: region.workplaces,
                    // Each region its own stream, or every region would repeat the same workplaces.
                    seed: seed ^ (UInt64(index + 1) << 32), services: services, postcodes: postcodes,
                    locations: locations, codes: codes))
        }
        return builders
    }

    /// Stores every output in one transaction: one return and one metrics sequence per region and
    /// date, oldest date first, as completions in that order would. Returns the last sequence.
    static func store(
        _ outputs: [BenchRegionFacts.Output], regions: [Region], organisations: [UUID], on database: any Database
    ) async throws -> Int64 {
        let ordered = outputs.sorted { ($0.asOf, $0.regionIndex) < ($1.asOf, $1.regionIndex) }
        return try await database.transaction { database in
            let sql = database.sql
            let now = Date()
            for (index, region) in regions.enumerated() {
                try await sql.insert(into: OrganisationEntity.schema).columns("id", "reference", "name", "created_at")
                    .values(organisations[index], "BENCH-\(region.code)", "Benchmark \(region.code)", now).run()
            }
            var stored = Set<UUID>()
            var sequence: Int64 = 0
            for output in ordered {
                sequence += 1
                let region = regions[output.regionIndex]
                let organisation = organisations[output.regionIndex]
                let returnID = UUID()
                try await sql.insert(into: ReturnEntity.schema)
                    .columns(
                        "id", "organisation_id", "status", "as_of", "source", "created_at", "completed_at",
                        "workplace_rows", "staff_rows", "training_rows", "error_count", "warning_count", "changes"
                    )
                    .values(
                        returnID, organisation, "completed", output.asOf.description, "bench", now, now,
                        output.rows.count, output.staffRows, 0, 0, 0, "{}"
                    ).run()
                let newWorkplaces = output.rows.map {
                    BenchRegionFacts.workplaceID(region: output.regionIndex, position: $0.position)
                }
                .filter { stored.insert($0).inserted }
                for batch in batches(of: newWorkplaces, size: 1_000) {
                    var insert = sql.insert(into: WorkplaceEntity.schema).columns(
                        "id", "organisation_id", "reference", "reference_key", "is_primary", "first_return_id")
                    for id in batch {
                        let reference = "\(region.code)-\(id.uuidString.suffix(8))"
                        insert = insert.values(id, organisation, reference, reference, false, returnID)
                    }
                    try await insert.run()
                }
                for batch in batches(of: output.rows, size: 500) {
                    var insert = sql.insert(into: WorkplaceMetricFactsEntity.schema).columns(
                        "id", "workplace_id", "organisation_id", "return_id", "as_of", "sequence", "district_code",
                        "cassr_code", "region_code", "main_service", "service_group", "sector", "declared_total_staff",
                        "facts")
                    for row in batch {
                        let facts = row.facts
                        insert = insert.values(
                            UUID(), BenchRegionFacts.workplaceID(region: output.regionIndex, position: row.position),
                            organisation, returnID, output.asOf.description, sequence, facts.location.districtCode,
                            facts.location.cassrCode, facts.location.regionCode, facts.mainService, facts.serviceGroup,
                            facts.sector.rawValue, facts.declaredTotalStaff, Data(row.bytes))
                    }
                    try await insert.run()
                }
            }
            try await sql.raw(
                "UPDATE metrics_state SET sequence = \(bind: sequence) WHERE id = \(bind: MetricsStateEntity.singleRow)"
            ).run()
            return sequence
        }
    }

    private static func batches<Element>(of items: [Element], size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }
}
