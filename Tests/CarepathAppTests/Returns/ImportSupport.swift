import ASCWDS
import CarepathCore
import Foundation
import VaporTesting

@testable import CarepathApp

/// The ASC-WDS example files, and a way to import edited copies of them.
enum Examples {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/specs/ascwds-examples")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The lines of a file, whether it ends them with CRLF or LF.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }

    static let asOf = CalendarDate(year: 2025, month: 7, day: 16)!

    /// Fixed ids and clock, so stored rows are repeatable. The ids count up across every import
    /// into the same app.
    static func importer(_ app: Application) throws -> ReturnImporter {
        let counter = app.storage[IDCounter.Key.self] ?? IDCounter()
        app.storage[IDCounter.Key.self] = counter
        return ReturnImporter(
            database: app.db, codes: try ASCWDSCodeLists.load(), personKeySecret: .development,
            now: { Date(timeIntervalSince1970: 1_752_624_000) }, newID: { counter.next() })
    }

    /// Writes the three texts to a temporary folder and imports them.
    static func run(
        _ app: Application, workplace: String, staff: String, training: String?, options: ImportOptions
    ) async throws -> ImportResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ text: String, _ name: String) throws -> URL {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let files = ImportFiles(
            workplace: try write(workplace, "w.csv"), staff: try write(staff, "s.csv"),
            training: try training.map { try write($0, "t.csv") })
        return try await importer(app).run(files, options: options)
    }

    static func options(dryRun: Bool = false, confirmRemovals: Bool = false, asOf: CalendarDate = asOf) -> ImportOptions
    {
        ImportOptions(organisationReference: "SUNRISE", asOf: asOf, dryRun: dryRun, confirmRemovals: confirmRemovals)
    }

    /// Imports the valid example set as the organisation's first return.
    @discardableResult
    static func firstReturn(_ app: Application) async throws -> ImportResult {
        try await run(
            app, workplace: text("workplace-valid.csv"), staff: text("staff-valid.csv"),
            training: text("training-valid.csv"), options: options())
    }

    /// The valid set as it would be sent again: every row kept as it is.
    static func unchanged(_ name: String) throws -> String {
        try text(name).replacingOccurrences(of: ",NEW,", with: ",UNCHECKED,").replacingOccurrences(
            of: ",UPDATE,", with: ",UNCHECKED,")
    }
}

/// Deterministic ids: 00000000-0000-0000-0000-000000000001, …002, …
final class IDCounter: @unchecked Sendable {
    struct Key: StorageKey {
        typealias Value = IDCounter
    }

    private let lock = NSLock()
    private var value = 0

    func next() -> UUID {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", value))!
    }
}
