import CarepathCore
import Fluent
import Foundation
import Planning

/// A planner's saved scenario.
struct SavedScenario: Sendable, Equatable {
    var id: UUID
    var name: String
    var levers: ScenarioLevers
    var createdAt: Date
}

/// Saves and reads named scenarios per area.
struct ScenarioStore {
    let database: any Database
    var now: @Sendable () -> Date = { Date() }
    var newID: @Sendable () -> UUID = { UUID() }

    /// The area's scenarios, oldest first.
    func scenarios(in area: AreaCode) async throws -> [SavedScenario] {
        try await PlanningScenarioEntity.query(on: database).filter(\.$areaCode == area.rawValue)
            .sort(\.$createdAt).sort(\.$name).all().map(Self.saved)
    }

    /// The scenarios with these ids in this area, in the order asked.
    /// - Throws: ``CarepathError/scenarioNotFound(id:)`` for an id the area does not have.
    func scenarios(_ ids: [String], in area: AreaCode) async throws -> [SavedScenario] {
        let all = try await scenarios(in: area)
        return try ids.map { id in
            guard let found = all.first(where: { $0.id.uuidString.lowercased() == id.lowercased() }) else {
                throw CarepathError.scenarioNotFound(id: id)
            }
            return found
        }
    }

    /// Saves a scenario and returns it.
    func save(name: String, levers: ScenarioLevers, in area: AreaCode) async throws -> SavedScenario {
        let entity = PlanningScenarioEntity()
        entity.id = newID()
        entity.areaCode = area.rawValue
        entity.name = name
        entity.levers = try RecordJSON.encode(levers)
        entity.createdAt = now()
        try await entity.create(on: database)
        return try Self.saved(entity)
    }

    /// Deletes one of the area's scenarios.
    /// - Throws: ``CarepathError/scenarioNotFound(id:)`` when the area has no scenario with this id.
    func delete(_ id: String, in area: AreaCode) async throws {
        guard let scenario = try await scenarios([id], in: area).first else { return }
        try await PlanningScenarioEntity.query(on: database).filter(\.$id == scenario.id).delete()
    }

    private static func saved(_ entity: PlanningScenarioEntity) throws -> SavedScenario {
        SavedScenario(
            id: entity.id!, name: entity.name,
            levers: try RecordJSON.decode(ScenarioLevers.self, from: entity.levers),
            createdAt: entity.createdAt)
    }
}
