import Fluent

/// New rows waiting to be written together: one multi-row INSERT per batch instead of one
/// statement per row, which is what makes a large first return fast.
struct PendingInserts {
    var staff: [StaffEntity] = []
    var staffVersions: [StaffVersionEntity] = []
    var training: [TrainingEntity] = []

    /// Rows per statement: about 20 columns each, well inside both engines' bind limits.
    static let batchSize = 500

    var isEmpty: Bool { staff.isEmpty && staffVersions.isEmpty && training.isEmpty }

    /// Writes everything queued, parents before children so foreign keys hold.
    mutating func flush(on database: any Database) async throws {
        try await Self.create(staff, on: database)
        try await Self.create(staffVersions, on: database)
        try await Self.create(training, on: database)
        staff.removeAll(keepingCapacity: true)
        staffVersions.removeAll(keepingCapacity: true)
        training.removeAll(keepingCapacity: true)
    }

    private static func create<M: Model>(_ models: [M], on database: any Database) async throws {
        for start in stride(from: 0, to: models.count, by: batchSize) {
            try await Array(models[start..<min(start + batchSize, models.count)]).create(on: database)
        }
    }
}
