import Fluent

/// 011: planners' named scenarios, each a set of lever changes for one area.
struct CreatePlanningScenarios: AsyncMigration {
    var name: String { "011_CreatePlanningScenarios" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PlanningScenarioEntity.schema)
            .id()
            .field("area_code", .string, .required)
            .field("name", .string, .required)
            .field("levers", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "area_code", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlanningScenarioEntity.schema).delete()
    }
}
