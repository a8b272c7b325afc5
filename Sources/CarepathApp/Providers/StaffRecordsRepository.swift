import Fluent
import Foundation
import SQLKit
import Vapor

/// One current staff record, as the staff page and the API show it. Carepath never holds NI numbers
/// or full dates of birth, so neither can be shown.
struct StaffRecordRow: Content, Sendable, Equatable {
    var uniqueWorkerID: String
    var mainJobRole: Int?
    var employmentStatus: Int?
    var contractedHours: Double?
    var yearOfBirth: Int?
    var startDate: String?
    var hourlyRatePence: Int?
    var annualSalary: Int?
    var daysSick: Double?
}

/// Reads staff records. Every query is scoped to one workplace, which the caller has already been
/// allowed to see (``AccessControl``); there is no way to ask for staff across workplaces.
struct StaffRecordsRepository {
    var database: any Database

    /// The current workplace with this reference inside the organisation, or `nil`.
    func workplace(organisationID: UUID, reference: String) async throws -> (id: UUID, name: String)? {
        let row = try await database.sql.raw(
            """
            SELECT w.id, v.name FROM workplaces w JOIN workplace_versions v ON v.id = w.current_version_id
            WHERE w.organisation_id = \(bind: organisationID) AND w.reference = \(bind: reference)
            AND w.removed_return_id IS NULL
            """
        ).first()
        guard let row else { return nil }
        return (try row.decode(column: "id", as: UUID.self), try row.decode(column: "name", as: String.self))
    }

    /// The workplace's current staff, by unique worker id.
    func currentStaff(workplaceID: UUID) async throws -> [StaffRecordRow] {
        try await database.sql.raw(
            """
            SELECT s.reference, v.main_job_role, v.employment_status, v.contracted_halves, v.year_of_birth,
            v.start_date, v.hourly_rate_pence, v.annual_salary, v.days_sick_halves
            FROM staff s JOIN staff_versions v ON v.id = s.current_version_id
            WHERE s.workplace_id = \(bind: workplaceID) AND s.removed_return_id IS NULL ORDER BY s.reference
            """
        ).all().map { row in
            StaffRecordRow(
                uniqueWorkerID: try row.decode(column: "reference", as: String.self),
                mainJobRole: try row.decode(column: "main_job_role", as: Int?.self),
                employmentStatus: try row.decode(column: "employment_status", as: Int?.self),
                contractedHours: try row.decode(column: "contracted_halves", as: Int?.self).map { Double($0) / 2 },
                yearOfBirth: try row.decode(column: "year_of_birth", as: Int?.self),
                startDate: try row.decode(column: "start_date", as: String?.self),
                hourlyRatePence: try row.decode(column: "hourly_rate_pence", as: Int?.self),
                annualSalary: try row.decode(column: "annual_salary", as: Int?.self),
                daysSick: try row.decode(column: "days_sick_halves", as: Int?.self).map { Double($0) / 2 })
        }
    }
}
