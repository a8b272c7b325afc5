import ASCWDS
import CarepathCore
import Foundation
import Planning
import SQLKit

/// One current workplace of an area, with its whole record for the declared totals.
struct PlanningWorkplace {
    var id: String
    var asOf: String
    var record: WorkplaceRecord
}

/// Current staff records counted by workplace, role, contract, birth year and recent start.
struct PlanningStaffGroup {
    var workplaceID: String
    var jobRole: Int?
    var employmentStatus: Int?
    var yearOfBirth: Int?
    var startedRecently: Bool
    var count: Double
}

extension PlanningRepository {
    /// The join from a workplace to its current version, limited to `filter`'s area.
    private func currentWorkplaceCondition(_ filter: (column: String, code: String)?) -> SQLQueryString {
        var condition: SQLQueryString = "w.removed_return_id IS NULL"
        if let filter { condition += " AND v.\(ident: filter.column) = \(bind: filter.code)" }
        return condition
    }

    func currentWorkplaces(_ filter: (column: String, code: String)?) async throws -> [PlanningWorkplace] {
        let rows = try await database.sql.raw(
            "SELECT w.id AS id, v.as_of AS as_of, v.record AS record FROM workplaces w "
                + "JOIN workplace_versions v ON v.id = w.current_version_id WHERE "
                + currentWorkplaceCondition(filter)
        ).all()
        return try rows.map { row in
            PlanningWorkplace(
                id: try row.decode(column: "id", as: UUID.self).uuidString,
                asOf: try row.decode(column: "as_of", as: String.self),
                record: try RecordJSON.decode(
                    WorkplaceRecord.self, from: try row.decode(column: "record", as: String.self)))
        }
    }

    func staffGroups(
        _ filter: (column: String, code: String)?, startedSince cutoff: String
    ) async throws -> [PlanningStaffGroup] {
        // Grouped by position, because both engines accept it and a bound expression cannot be repeated.
        let rows = try await database.sql.raw(
            "SELECT sv.workplace_id AS workplace_id, sv.main_job_role AS job_role, sv.employment_status AS status, "
                + "sv.year_of_birth AS year_of_birth, "
                + "CASE WHEN sv.start_date >= \(bind: cutoff) THEN 1 ELSE 0 END AS recent, COUNT(*) AS staff "
                + "FROM staff s JOIN staff_versions sv ON sv.id = s.current_version_id "
                + "JOIN workplaces w ON w.id = s.workplace_id JOIN workplace_versions v ON v.id = w.current_version_id "
                + "WHERE s.removed_return_id IS NULL AND " + currentWorkplaceCondition(filter)
                + " GROUP BY 1, 2, 3, 4, 5"
        ).all()
        return try rows.map { row in
            PlanningStaffGroup(
                workplaceID: try row.decode(column: "workplace_id", as: UUID.self).uuidString,
                jobRole: try row.decode(column: "job_role", as: Int?.self),
                employmentStatus: try row.decode(column: "status", as: Int?.self),
                yearOfBirth: try row.decode(column: "year_of_birth", as: Int?.self),
                startedRecently: try row.decode(column: "recent", as: Int.self) == 1,
                count: Double(try row.decode(column: "staff", as: Int.self)))
        }
    }

    /// Removed staff records that carry a keyed NI number, and how many of those people are on
    /// another workplace's records: leavers who stayed in the sector.
    func linkedLeavers(_ filter: (column: String, code: String)?, group: JobRoleGroup?) async throws -> RateCounts? {
        let rows = try await database.sql.raw(
            "SELECT sv.main_job_role AS job_role, COUNT(*) AS leavers, "
                + "SUM(CASE WHEN EXISTS (SELECT 1 FROM staff o WHERE o.person_key = s.person_key "
                + "AND o.workplace_id <> s.workplace_id) THEN 1 ELSE 0 END) AS stayed "
                + "FROM staff s JOIN staff_versions sv ON sv.id = s.current_version_id "
                + "JOIN workplaces w ON w.id = s.workplace_id JOIN workplace_versions v ON v.id = w.current_version_id "
                + "WHERE s.removed_return_id IS NOT NULL AND s.person_key IS NOT NULL AND "
                + currentWorkplaceCondition(filter) + " GROUP BY 1"
        ).all()
        var counts = RateCounts(numerator: 0, denominator: 0)
        for row in rows {
            let role = try row.decode(column: "job_role", as: Int?.self)
            guard group == nil || group == JobRoleGroup(jobRole: role ?? 0) else { continue }
            counts.denominator += Double(try row.decode(column: "leavers", as: Int.self))
            counts.numerator += Double(try row.decode(column: "stayed", as: Int?.self) ?? 0)
        }
        return counts.denominator > 0 ? counts : nil
    }
}

/// Declared STARTERS, LEAVERS and VACANCIES summed over workplaces, each over the directly
/// employed staff of the workplaces that declared it ("don't know" excluded from both sides).
struct DeclaredTotals {
    var leavers: RateCounts?
    var starters: RateCounts?
    var vacancies: RateCounts?

    mutating func add(_ record: WorkplaceRecord, group: JobRoleGroup?, directlyEmployed: Double) {
        let roles = record.jobRoles ?? []
        func sum(_ measure: WorkplaceRecord.JobRoleMeasure?) -> Double? {
            guard let measure, measure.total != nil else { return nil }
            var total = 0.0
            for (index, role) in roles.enumerated() where group == nil || group == JobRoleGroup(jobRole: role) {
                total += Double(measure.count(forJobRoleAt: index) ?? 0)
            }
            return total
        }
        func accumulate(_ counts: inout RateCounts?, _ value: Double?) {
            guard let value else { return }
            var updated = counts ?? RateCounts(numerator: 0, denominator: 0)
            updated.numerator += value
            updated.denominator += directlyEmployed
            counts = updated
        }
        accumulate(&leavers, sum(record.leavers))
        accumulate(&starters, sum(record.starters))
        accumulate(&vacancies, sum(record.vacancies))
    }
}
