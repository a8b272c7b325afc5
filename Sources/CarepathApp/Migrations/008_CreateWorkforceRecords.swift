import Fluent

/// 008: workplaces and staff, each with one version per return, and training records.
///
/// Nothing is ever deleted: a removed workplace or worker gets `removed_return_id`, replaced
/// training gets `replaced_return_id`, and every earlier version stays.
struct CreateWorkforceRecords: AsyncMigration {
    var name: String { "008_CreateWorkforceRecords" }

    func prepare(on database: any Database) async throws {
        try await database.schema(WorkplaceEntity.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationEntity.schema, "id"))
            .field("reference", .string, .required)
            .field("reference_key", .string, .required)
            .field("is_primary", .bool, .required)
            .field("first_return_id", .uuid, .required, .references(ReturnEntity.schema, "id"))
            .field("removed_return_id", .uuid, .references(ReturnEntity.schema, "id"))
            .field("current_version_id", .uuid)
            .create()
        try await database.schema(WorkplaceVersionEntity.schema)
            .id()
            .field("workplace_id", .uuid, .required, .references(WorkplaceEntity.schema, "id"))
            .field("return_id", .uuid, .required, .references(ReturnEntity.schema, "id"))
            .field("as_of", .string, .required)
            .field("row_status", .string, .required)
            .field("name", .string, .required)
            .field("postcode", .string)
            .field("postcode_sector", .string)
            .field("district_code", .string)
            .field("cassr_code", .string)
            .field("region_code", .string)
            .field("main_service", .int)
            .field("cqc_regulated", .bool)
            .field("total_staff", .int)
            .field("record", .string, .required)
            .create()
        try await database.schema(StaffEntity.schema)
            .id()
            .field("workplace_id", .uuid, .required, .references(WorkplaceEntity.schema, "id"))
            .field("reference", .string, .required)
            .field("reference_key", .string, .required)
            .field("person_key", .string)
            .field("first_return_id", .uuid, .required, .references(ReturnEntity.schema, "id"))
            .field("removed_return_id", .uuid, .references(ReturnEntity.schema, "id"))
            .field("current_version_id", .uuid)
            .create()
        try await database.schema(StaffVersionEntity.schema)
            .id()
            .field("staff_id", .uuid, .required, .references(StaffEntity.schema, "id"))
            .field("return_id", .uuid, .required, .references(ReturnEntity.schema, "id"))
            .field("workplace_id", .uuid, .required, .references(WorkplaceEntity.schema, "id"))
            .field("as_of", .string, .required)
            .field("row_status", .string, .required)
            .field("main_job_role", .int)
            .field("employment_status", .int)
            .field("zero_hours", .int)
            .field("contracted_halves", .int)
            .field("average_halves", .int)
            .field("pay_interval", .int)
            .field("annual_salary", .int)
            .field("hourly_rate_pence", .int)
            .field("days_sick_halves", .int)
            .field("year_of_birth", .int)
            .field("gender", .int)
            .field("ethnicity", .int)
            .field("nationality", .int)
            .field("start_date", .string)
            .field("record", .string, .required)
            .create()
        try await database.schema(TrainingEntity.schema)
            .id()
            .field("staff_id", .uuid, .required, .references(StaffEntity.schema, "id"))
            .field("return_id", .uuid, .required, .references(ReturnEntity.schema, "id"))
            .field("replaced_return_id", .uuid, .references(ReturnEntity.schema, "id"))
            .field("category", .int, .required)
            .field("completed", .string)
            .field("expiry", .string)
            .field("record", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            TrainingEntity.schema, StaffVersionEntity.schema, StaffEntity.schema, WorkplaceVersionEntity.schema,
            WorkplaceEntity.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
