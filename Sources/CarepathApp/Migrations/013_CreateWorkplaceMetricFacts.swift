import Fluent
import SQLKit

/// 013: each workplace's KPI facts per return (``WorkplaceMetricFactsEntity``), and the sequence
/// that tells a server which facts it has not loaded yet.
struct CreateWorkplaceMetricFacts: AsyncMigration {
    var name: String { "013_CreateWorkplaceMetricFacts" }

    func prepare(on database: any Database) async throws {
        try await database.schema(WorkplaceMetricFactsEntity.schema)
            .id()
            .field("workplace_id", .uuid, .required, .references(WorkplaceEntity.schema, "id"))
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("return_id", .uuid, .required, .references(ReturnEntity.schema, "id"))
            .field("as_of", .string, .required)
            .field("sequence", .int64, .required)
            .field("district_code", .string)
            .field("cassr_code", .string)
            .field("region_code", .string)
            .field("main_service", .int)
            .field("service_group", .string)
            .field("sector", .string)
            .field("declared_total_staff", .int)
            .field("facts", .data)
            .create()
        try await database.schema(MetricsStateEntity.schema)
            .field("id", .int, .identifier(auto: false))
            .field("sequence", .int64, .required)
            .create()
        try await database.sql.insert(into: MetricsStateEntity.schema).columns("id", "sequence").values(
            SQLBind(MetricsStateEntity.singleRow), SQLBind(0)
        ).run()
        // Loading new facts reads by sequence; the start-up backfill asks which workplaces have facts;
        // a completion reads the workplace versions of its return.
        for (index, table, column) in Self.indexes {
            try await database.sql.create(index: index).on(table).column(column).run()
        }
    }

    static let indexes = [
        ("workplace_metric_facts_sequence", WorkplaceMetricFactsEntity.schema, "sequence"),
        ("workplace_metric_facts_workplace", WorkplaceMetricFactsEntity.schema, "workplace_id"),
        ("workplace_versions_return", WorkplaceVersionEntity.schema, "return_id"),
    ]

    func revert(on database: any Database) async throws {
        for (index, _, _) in Self.indexes { try await database.sql.drop(index: index).run() }
        try await database.schema(MetricsStateEntity.schema).delete()
        try await database.schema(WorkplaceMetricFactsEntity.schema).delete()
    }
}
