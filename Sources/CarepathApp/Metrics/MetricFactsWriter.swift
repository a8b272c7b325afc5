import ASCWDS
import CarepathCore
import Fluent
import Foundation
import SQLKit
import Vapor
import WorkforceMetrics

/// Records, inside a completing return's transaction, the KPI facts of every workplace the return
/// touched, so that area figures are ready the moment the return is stored (issue 4: aggregates
/// maintained on completion, not worked out from staff records by pages).
struct MetricFactsWriter {
    let database: any Database
    let codes: CodeLists
    let newID: @Sendable () -> UUID

    /// Writes a facts row for each workplace with a version in `returnID` and a removal row for each
    /// workplace the return removed. Returns how many rows it wrote.
    @discardableResult
    func record(returnID: UUID, asOf: CalendarDate, organisationID: UUID) async throws -> Int {
        let sequence = try await nextSequence()
        var rows = try await factsRows(
            "v.return_id = \(bind: returnID) AND w.removed_return_id IS NULL", sequence: sequence)
        for removed in try await removedWorkplaces(by: returnID) {
            rows.append(row(removed, organisationID, returnID, asOf, sequence, facts: nil))
        }
        try await store(rows)
        return rows.count
    }

    /// Writes facts for every current workplace that has none, from its current version: for
    /// returns completed before facts existed (migration 013). Earlier months stay without figures,
    /// because the staff records as they stood then are not rebuilt. Returns how many rows it wrote.
    @discardableResult
    func backfillCurrentState() async throws -> Int {
        let rows = try await factsRows(
            """
            v.id = w.current_version_id AND w.removed_return_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM workplace_metric_facts f WHERE f.workplace_id = w.id)
            """, sequence: 0)
        guard !rows.isEmpty else { return 0 }
        let sequence = try await nextSequence()
        for row in rows { row.sequence = sequence }
        try await store(rows)
        return rows.count
    }

    /// Workplaces whose staff are read at once: memory holds one batch of staff records, not an
    /// organisation's (a national return has a million).
    private static let workplacesPerBatch = 500

    /// The facts rows of the workplace versions `condition` picks (over `workplaces w` joined to
    /// `workplace_versions v`), each built from its workplace's current staff.
    private func factsRows(_ condition: SQLQueryString, sequence: Int64) async throws -> [WorkplaceMetricFactsEntity] {
        let workplaces = try await workplaceVersions(condition)
        var rows: [WorkplaceMetricFactsEntity] = []
        rows.reserveCapacity(workplaces.count)
        for start in stride(from: 0, to: workplaces.count, by: Self.workplacesPerBatch) {
            let batch = workplaces[start..<min(start + Self.workplacesPerBatch, workplaces.count)]
            let staff = try await currentStaff(ofWorkplaces: batch.map(\.id))
            rows += facts(batch, staff: staff, sequence: sequence)
        }
        return rows
    }

    private func facts(
        _ workplaces: ArraySlice<StoredWorkplace>, staff: [UUID: [WorkerFacts]], sequence: Int64
    ) -> [WorkplaceMetricFactsEntity] {
        workplaces.map { workplace in
            let facts = WorkplaceMetricFacts.build(
                workplaceID: workplace.id.uuidString, organisationID: workplace.organisationID.uuidString,
                asOf: workplace.asOf, location: workplace.location, record: workplace.record,
                serviceGroup: workplace.record.mainService.flatMap {
                    codes[.mainServices].attribute("service_category", of: $0)
                },
                workers: staff[workplace.id] ?? [])
            return row(
                workplace.id, workplace.organisationID, workplace.returnID, workplace.asOf, sequence, facts: facts)
        }
    }

    private func store(_ rows: [WorkplaceMetricFactsEntity]) async throws {
        for start in stride(from: 0, to: rows.count, by: 200) {
            try await Array(rows[start..<min(start + 200, rows.count)]).create(on: database)
        }
    }

    /// Takes the next sequence number. The update locks the single state row until the
    /// transaction ends, so completions write facts one after another, in sequence order.
    private func nextSequence() async throws -> Int64 {
        try await database.sql.raw(
            "UPDATE metrics_state SET sequence = sequence + 1 WHERE id = \(bind: MetricsStateEntity.singleRow)"
        ).run()
        guard let state = try await MetricsStateEntity.find(MetricsStateEntity.singleRow, on: database) else {
            throw CarepathError.metricsStateMissing
        }
        return state.sequence
    }

    private func row(
        _ workplaceID: UUID, _ organisationID: UUID, _ returnID: UUID, _ asOf: CalendarDate, _ sequence: Int64,
        facts: WorkplaceMetricFacts?
    ) -> WorkplaceMetricFactsEntity {
        let entity = WorkplaceMetricFactsEntity()
        entity.id = newID()
        entity.workplaceID = workplaceID
        entity.organisationID = organisationID
        entity.returnID = returnID
        entity.asOf = asOf.description
        entity.sequence = sequence
        entity.districtCode = facts?.location.districtCode
        entity.cassrCode = facts?.location.cassrCode
        entity.regionCode = facts?.location.regionCode
        entity.mainService = facts?.mainService
        entity.serviceGroup = facts?.serviceGroup
        entity.sector = facts?.sector.rawValue
        entity.declaredTotalStaff = facts?.declaredTotalStaff
        entity.facts = facts.map { Data($0.encodedRoleFacts()) }
        return entity
    }

    private struct StoredWorkplace {
        var id: UUID
        var organisationID: UUID
        var returnID: UUID
        var asOf: CalendarDate
        var location: WorkplaceMetricFacts.Location
        var record: WorkplaceRecord
    }

    private func workplaceVersions(_ condition: SQLQueryString) async throws -> [StoredWorkplace] {
        let rows = try await database.sql.raw(
            """
            SELECT w.id, w.organisation_id, v.return_id, v.as_of, v.district_code, v.cassr_code, v.region_code,
            v.record FROM workplaces w JOIN workplace_versions v ON v.workplace_id = w.id WHERE \(condition)
            """
        ).all()
        return try rows.map { row in
            let asOf = try row.decode(column: "as_of", as: String.self)
            guard let date = CalendarDate(iso: asOf) else {
                throw CarepathError.referenceDataInconsistent("a workplace version has the as-of date \(asOf)")
            }
            return StoredWorkplace(
                id: try row.decode(column: "id", as: UUID.self),
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                returnID: try row.decode(column: "return_id", as: UUID.self), asOf: date,
                location: .init(
                    districtCode: try row.decode(column: "district_code", as: String?.self),
                    cassrCode: try row.decode(column: "cassr_code", as: String?.self),
                    regionCode: try row.decode(column: "region_code", as: String?.self)),
                record: try RecordJSON.decode(
                    WorkplaceRecord.self, from: try row.decode(column: "record", as: String.self)))
        }
    }

    /// The current staff records of `workplaces`, read by the KPI rules.
    private func currentStaff(ofWorkplaces workplaces: [UUID]) async throws -> [UUID: [WorkerFacts]] {
        let rows = try await database.sql.raw(
            """
            SELECT s.workplace_id, sv.year_of_birth, sv.record FROM staff s
            JOIN staff_versions sv ON sv.id = s.current_version_id
            WHERE s.removed_return_id IS NULL AND s.workplace_id IN (\(binds: workplaces))
            """
        ).all()
        var staff: [UUID: [WorkerFacts]] = [:]
        let decoder = JSONDecoder()
        for row in rows {
            let workplace = try row.decode(column: "workplace_id", as: UUID.self)
            let text = try row.decode(column: "record", as: String.self)
            var worker = WorkerFacts(
                try decoder.decode(StaffRecord.self, from: Data(text.utf8)), workplaceID: workplace.uuidString)
            // Carepath keeps only the year of birth, in its own column, never the date in the record.
            worker.yearOfBirth = try row.decode(column: "year_of_birth", as: Int?.self)
            staff[workplace, default: []].append(worker)
        }
        return staff
    }

    private func removedWorkplaces(by returnID: UUID) async throws -> [UUID] {
        try await database.sql.raw("SELECT id FROM workplaces WHERE removed_return_id = \(bind: returnID)").all()
            .map { try $0.decode(column: "id", as: UUID.self) }
    }
}

extension Application {
    /// Works out the facts of current workplaces that have none, in one transaction: returns
    /// completed before workforce figures existed would otherwise show "no returns yet".
    func backfillWorkforceFacts() async throws {
        let codes = ascwdsCodes
        let written = try await db.transaction { transaction in
            try await MetricFactsWriter(database: transaction, codes: codes, newID: { UUID() }).backfillCurrentState()
        }
        if written > 0 {
            logger.notice("Worked out workforce figures for \(written) workplace(s) from earlier returns.")
        }
    }
}
