import Fluent
import Foundation

/// One imported population projection: a release and variant, such as "2022-based" "principal".
final class PopulationReleaseEntity: Model, @unchecked Sendable {
    static let schema = "population_releases"

    @ID(key: .id) var id: UUID?
    @Field(key: "release") var release: String
    @Field(key: "variant") var variant: String
    @Field(key: "source_file") var sourceFile: String
    /// True for Carepath's made-up demo file, which must never be shown as ONS data.
    @Field(key: "is_synthetic") var isSynthetic: Bool
    @Field(key: "layout") var layout: String
    @Field(key: "first_year") var firstYear: Int
    @Field(key: "last_year") var lastYear: Int
    @Field(key: "area_count") var areaCount: Int
    @Field(key: "imported_at") var importedAt: Date

    init() {}
}

/// One area's persons by single year of age (0–89, then 90+) in one projection year.
final class PopulationValuesEntity: Model, @unchecked Sendable {
    static let schema = "population_values"

    @ID(key: .id) var id: UUID?
    @Field(key: "release_id") var releaseID: UUID
    @Field(key: "area_code") var areaCode: String
    @Field(key: "year") var year: Int
    /// 91 numbers separated by commas: compact, and the same on both engines.
    @Field(key: "persons_by_age") var personsByAge: String

    init() {}
}

/// A planner's named scenario for an area; the levers are ``ScenarioLevers`` as JSON.
final class PlanningScenarioEntity: Model, @unchecked Sendable {
    static let schema = "planning_scenarios"

    @ID(key: .id) var id: UUID?
    @Field(key: "area_code") var areaCode: String
    @Field(key: "name") var name: String
    @Field(key: "levers") var levers: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
