import Fluent
import SQLKit

/// New rows waiting to be written together: multi-row INSERTs through SQLKit, one statement per
/// batch instead of one per row, and without Fluent's reflection of each model, which is what
/// makes a large first return fast.
struct PendingInserts {
    var staff: [StaffEntity] = []
    var staffVersions: [StaffVersionEntity] = []
    var training: [TrainingEntity] = []

    var isEmpty: Bool { staff.isEmpty && staffVersions.isEmpty && training.isEmpty }

    /// Writes everything queued, parents before children so foreign keys hold.
    mutating func flush(on database: any Database) async throws {
        let sql = database.sql
        try await Self.insert(staff, into: StaffEntity.schema, on: sql)
        try await Self.insert(staffVersions, into: StaffVersionEntity.schema, on: sql)
        try await Self.insert(training, into: TrainingEntity.schema, on: sql)
        staff.removeAll(keepingCapacity: true)
        staffVersions.removeAll(keepingCapacity: true)
        training.removeAll(keepingCapacity: true)
    }

    private static func insert<Entity: InsertableRow>(
        _ entities: [Entity], into table: String, on database: any SQLDatabase
    ) async throws {
        guard !entities.isEmpty else { return }
        var insert = BulkInsert(into: table, columns: Entity.insertColumns, on: database)
        for entity in entities { insert.append(entity.insertValues) }
        try await insert.flush(force: true)
    }
}

/// A model written by ``PendingInserts``: its columns, and its values in the same order.
protocol InsertableRow {
    static var insertColumns: [String] { get }
    var insertValues: BulkInsert.Row { get }
}

extension StaffEntity: InsertableRow {
    static let insertColumns = [
        "id", "workplace_id", "reference", "reference_key", "person_key", "first_return_id", "removed_return_id",
        "current_version_id",
    ]

    var insertValues: BulkInsert.Row {
        [id!, workplaceID, reference, referenceKey, personKey, firstReturnID, removedReturnID, currentVersionID]
    }
}

extension StaffVersionEntity: InsertableRow {
    static let insertColumns = [
        "id", "staff_id", "return_id", "workplace_id", "as_of", "row_status", "main_job_role", "employment_status",
        "zero_hours", "contracted_halves", "average_halves", "pay_interval", "annual_salary", "hourly_rate_pence",
        "days_sick_halves", "year_of_birth", "gender", "ethnicity", "nationality", "start_date", "record",
    ]

    var insertValues: BulkInsert.Row {
        [
            id!, staffID, returnID, workplaceID, asOf, rowStatus, mainJobRole, employmentStatus, zeroHours,
            contractedHalves, averageHalves, payInterval, annualSalary, hourlyRatePence, daysSickHalves, yearOfBirth,
            gender, ethnicity, nationality, startDate, record,
        ]
    }
}

extension TrainingEntity: InsertableRow {
    static let insertColumns = [
        "id", "staff_id", "return_id", "replaced_return_id", "category", "completed", "expiry", "record",
    ]

    var insertValues: BulkInsert.Row {
        [id!, staffID, returnID, replacedReturnID, category, completed, expiry, record]
    }
}
