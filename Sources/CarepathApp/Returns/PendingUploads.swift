import ASCWDS
import CarepathCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Uploads from the web and the API: checked first (a dry run whose findings and difference report
/// the uploader sees), kept sealed for a day, and completed only when the uploader says so, in one
/// transaction.
struct PendingUploads {
    var app: Application
    var database: any Database

    /// How long a checked upload waits to be completed.
    static let lifetime: TimeInterval = 86_400
    /// The largest upload, all files together, that the web and the API take.
    static let maximumBytes = 64 << 20

    /// One uploaded file: its name as sent, and its bytes.
    struct File: Sendable {
        var name: String
        var data: Data
    }

    /// The three files of an upload; Training is optional.
    struct Files: Sendable {
        var workplace: File
        var staff: File
        var training: File?
    }

    private var box: SecretBox { SecretBox(masterKey: app.carepathConfig.masterKey, purpose: "pending-upload") }

    /// Checks `files` for `organisation` as they would import on `asOf`, stores nothing of the return,
    /// and keeps the files sealed with the findings. A file that cannot be read at all throws
    /// `UploadFileError`, naming it.
    func check(
        _ files: Files, organisation: OrganisationEntity, asOf: CalendarDate, source: String,
        actor: (id: UUID, email: String)
    ) async throws -> PendingUploadEntity {
        let result = try await withFiles(files) { urls in
            do {
                return try await importer(database).run(
                    urls, options: options(organisation, asOf: asOf, source: source, actor: actor, dryRun: true))
            } catch let stop as ImportStop {
                switch stop {
                case .invalid(let result), .dryRun(let result), .removalsNotConfirmed(let result): return result
                }
            }
        }
        let pending = PendingUploadEntity()
        pending.id = UUID()
        pending.organisationID = try organisation.requireID()
        pending.userID = actor.id
        pending.asOf = asOf.description
        pending.fileNames = [files.workplace.name, files.staff.name, files.training?.name ?? ""].joined(separator: "\t")
        pending.sealedWorkplace = try box.seal(Array(files.workplace.data))
        pending.sealedStaff = try box.seal(Array(files.staff.data))
        pending.sealedTraining = try files.training.map { try box.seal(Array($0.data)) }
        pending.sealedFindings = try box.seal(Array(try JSONEncoder().encode(result.report.findings)))
        pending.errors = result.report.findings.filter { $0.severity == .error }.count
        pending.warnings = result.report.findings.filter { $0.severity == .warning }.count
        pending.rows = result.report.rowCounts.values.reduce(0, +)
        pending.changes = String(decoding: try JSONEncoder().encode(result.changes), as: UTF8.self)
        pending.createdAt = app.now
        pending.expiresAt = app.now.addingTimeInterval(Self.lifetime)
        try await pending.create(on: database)
        return pending
    }

    /// Imports a checked upload for real: the claim on it, the return and its audit entry are one
    /// transaction, so a failure leaves the previous state and the upload still waiting.
    func complete(
        _ pending: PendingUploadEntity, organisation: OrganisationEntity, confirmRemovals: Bool, source: String,
        actor: (id: UUID, email: String)
    ) async throws -> ImportResult {
        guard pending.errors == 0 else {
            throw CarepathError.forbidden(
                reason: "This upload has errors, so it cannot be completed. Correct the files and upload them again.")
        }
        let files = try openFiles(pending)
        let asOf = CalendarDate(iso: pending.asOf) ?? ImportClock.today(app.now)
        let now = app.now
        return try await database.transaction { transaction in
            let claimed = try await !transaction.sql.raw(
                """
                UPDATE pending_uploads SET completed_at = \(bind: now) WHERE id = \(bind: pending.requireID())
                AND completed_at IS NULL AND expires_at > \(bind: now) RETURNING id
                """
            ).all().isEmpty
            guard claimed else {
                throw CarepathError.recordNotFound(kind: "upload waiting to be completed", id: "given")
            }
            var options = options(organisation, asOf: asOf, source: source, actor: actor, dryRun: false)
            options.confirmRemovals = confirmRemovals
            let result = try await withFiles(files) { urls in
                try await importer(transaction).run(urls, options: options)
            }
            try await PendingUploadEntity.query(on: transaction).filter(\.$id == pending.requireID())
                .set(\.$returnID, to: result.returnID).update()
            return result
        }
    }

    /// The upload's findings, unsealed.
    func findings(_ pending: PendingUploadEntity) throws -> [Finding] {
        try JSONDecoder().decode([Finding].self, from: Data(box.open(pending.sealedFindings)))
    }

    /// The upload's difference report.
    static func changes(_ pending: PendingUploadEntity) -> ReturnChanges {
        (try? JSONDecoder().decode(ReturnChanges.self, from: Data(pending.changes.utf8))) ?? ReturnChanges()
    }

    private func openFiles(_ pending: PendingUploadEntity) throws -> Files {
        let names = pending.fileNames.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func name(_ index: Int, _ fallback: String) -> String {
            index < names.count && !names[index].isEmpty ? names[index] : fallback
        }
        return Files(
            workplace: File(name: name(0, "workplace.csv"), data: Data(try box.open(pending.sealedWorkplace))),
            staff: File(name: name(1, "staff.csv"), data: Data(try box.open(pending.sealedStaff))),
            training: try pending.sealedTraining.map {
                File(name: name(2, "training.csv"), data: Data(try box.open($0)))
            })
    }

    private func importer(_ database: any Database) -> ReturnImporter {
        ReturnImporter(database: database, codes: app.ascwdsCodes, personKeySecret: app.carepathConfig.personKeySecret)
    }

    private func options(
        _ organisation: OrganisationEntity, asOf: CalendarDate, source: String, actor: (id: UUID, email: String),
        dryRun: Bool
    ) -> ImportOptions {
        ImportOptions(
            organisationReference: organisation.reference, asOf: asOf, dryRun: dryRun, source: source, actor: actor)
    }

    /// Writes the files, readable only by this process's user, to a folder of their own for `body`,
    /// and removes them afterwards whatever happens. Their names keep the uploader's, so findings
    /// and errors name the file the person sent.
    private func withFiles<T>(_ files: Files, _ body: (ImportFiles) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "carepath-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ file: File, _ kind: String) throws -> URL {
            let safe = file.name.filter { $0.isLetter || $0.isNumber || "._- ".contains($0) }
            let url = folder.appendingPathComponent(kind).appendingPathComponent(safe.isEmpty ? "\(kind).csv" : safe)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: false,
                attributes: [.posixPermissions: 0o700])
            guard
                FileManager.default.createFile(
                    atPath: url.path, contents: file.data, attributes: [.posixPermissions: 0o600])
            else { throw CarepathError.fileUnreadable(path: file.name) }
            return url
        }
        let urls = ImportFiles(
            workplace: try write(files.workplace, "workplace"), staff: try write(files.staff, "staff"),
            training: try files.training.map { try write($0, "training") })
        return try await body(urls)
    }
}
