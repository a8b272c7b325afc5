import CarepathCore
import Fluent
import Foundation
import SQLKit
import Vapor
import WorkforceMetrics

/// The server's copy of every workplace's KPI facts, kept in step with the database.
///
/// Each request asks the database for one number, the metrics sequence; when completions have
/// raised it, only the facts rows written since are read. Several servers on one database
/// therefore agree, and a page never reads staff records.
actor MetricsStore {
    private var cube = MetricsCube()
    private var loadedSequence: Int64 = 0
    private var loading: Task<Void, any Error>?
    private var results: [String: any Sendable] = [:]
    /// Enough for every page of every area to stay cached; past it the cache starts again.
    private let resultLimit = 5_000

    /// The facts as of the database's latest completed return.
    func snapshot(on database: any Database) async throws -> MetricsSnapshot {
        let latest = try await currentSequence(on: database)
        while latest > loadedSequence {
            // Concurrent requests wait for one load instead of each reading the same rows.
            let task = loading ?? Task { try await self.load(upTo: latest, on: database) }
            loading = task
            try await task.value
        }
        return MetricsSnapshot(cube: cube, sequence: loadedSequence)
    }

    /// Reads the rows written after the loaded sequence. Every row up to `latest` is committed
    /// (the sequence is raised in the same transaction), so the store is then at least at `latest`.
    private func load(upTo latest: Int64, on database: any Database) async throws {
        defer { loading = nil }
        let rows = try await Self.rows(after: loadedSequence, on: database)
        for row in rows { cube.insert(row.entry) }
        loadedSequence = max(latest, rows.map(\.sequence).max() ?? latest)
        results = [:]
    }

    /// A result worked out before for the same snapshot, if any.
    func cached<Value: Sendable>(_ key: String, sequence: Int64, as type: Value.Type) -> Value? {
        sequence == loadedSequence ? results[key] as? Value : nil
    }

    /// Keeps a result for the snapshot it was worked out from.
    func store(_ value: some Sendable, for key: String, sequence: Int64) {
        guard sequence == loadedSequence else { return }
        if results.count >= resultLimit { results = [:] }
        results[key] = value
    }

    private func currentSequence(on database: any Database) async throws -> Int64 {
        guard let state = try await MetricsStateEntity.find(MetricsStateEntity.singleRow, on: database) else {
            throw CarepathError.metricsStateMissing
        }
        return state.sequence
    }

    private struct LoadedRow: Sendable {
        var sequence: Int64
        var entry: MetricsCube.Entry
    }

    private static func rows(after sequence: Int64, on database: any Database) async throws -> [LoadedRow] {
        let rows = try await WorkplaceMetricFactsEntity.query(on: database).filter(\.$sequence > sequence)
            .sort(\.$sequence).all()
        return try rows.map { row in
            guard let asOf = CalendarDate(iso: row.asOf) else {
                throw CarepathError.referenceDataInconsistent("facts row \(row.id!) has the as-of date \(row.asOf)")
            }
            var facts: WorkplaceMetricFacts?
            if let bytes = row.facts {
                let roles = try WorkplaceMetricFacts.decodeRoleFacts([UInt8](bytes))
                facts = WorkplaceMetricFacts(
                    workplaceID: row.workplaceID.uuidString, organisationID: row.organisationID.uuidString, asOf: asOf,
                    location: .init(
                        districtCode: row.districtCode, cassrCode: row.cassrCode, regionCode: row.regionCode),
                    mainService: row.mainService, serviceGroup: row.serviceGroup,
                    sector: row.sector.flatMap(WorkplaceSector.init(rawValue:)) ?? .other,
                    declaredTotalStaff: row.declaredTotalStaff, allRoles: roles.allRoles, byRoleGroup: roles.byRoleGroup
                )
            }
            return LoadedRow(
                sequence: row.sequence,
                entry: .init(
                    id: row.id!.uuidString, workplaceID: row.workplaceID.uuidString, asOf: asOf,
                    sequence: Int(row.sequence), facts: facts))
        }
    }
}

/// The facts at one sequence: what every figure of a request is worked out from.
struct MetricsSnapshot: Sendable {
    var cube: MetricsCube
    var sequence: Int64
}

extension Application {
    private struct MetricsStoreKey: StorageKey {
        typealias Value = MetricsStore
    }

    /// The one ``MetricsStore`` of this app.
    var metricsStore: MetricsStore {
        get {
            guard let store = storage[MetricsStoreKey.self] else {
                fatalError("configure(_:config:) sets up the metrics store")
            }
            return store
        }
        set { storage[MetricsStoreKey.self] = newValue }
    }
}
