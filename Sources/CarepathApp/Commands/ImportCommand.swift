import ASCWDS
import ArgumentParser
import CarepathCore
import Foundation
import Vapor

/// `carepath import`: bring an ASC-WDS bulk upload (Workplace, Staff, Training files) in as a return.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import ASC-WDS bulk-upload files as an organisation's return.",
        discussion: """
            Exits 0 when the return is stored (warnings allowed), 2 when the files have errors (nothing \
            is stored) and 1 for anything else. Records the files would remove by leaving them out \
            (ASC-WDS's snapshot rule) are removed only with --confirm-removals.
            """)

    @ArgumentParser.Option(help: "The Workplace file.") var workplace: String
    @ArgumentParser.Option(help: "The Staff file.") var staff: String
    @ArgumentParser.Option(help: "The Training file (optional).") var training: String?
    @ArgumentParser.Option(
        help: "The organisation's reference, created on first use (default: the first workplace's LOCALESTID).")
    var organisation: String?
    @ArgumentParser.Option(
        help: "The primary workplace's LOCALESTID on a first return (default: the first workplace row).")
    var primary: String?
    @ArgumentParser.Option(help: "Write every finding to this CSV file.") var report: String?
    @ArgumentParser.Flag(help: "Check the files and show the changes, but store nothing.") var dryRun = false
    @ArgumentParser.Flag(help: "Apply removals of records the files leave out.") var confirmRemovals = false
    @ArgumentParser.Option(help: "The date the return describes, YYYY-MM-DD (default: today).") var asOf: String?
    @ArgumentParser.Option(
        help:
            "The largest file to read, in MB (default: 200). Raise it only for a national extract, not a provider's upload."
    )
    var maxFileMb = UploadFileReader.defaultMaximumBytes / 1_000_000
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of \"\(asOf)\" is not a date like 2025-07-16")
        }
        guard (1...Self.largestFileMb).contains(maxFileMb) else {
            throw ValidationError("--max-file-mb must be between 1 and \(Self.largestFileMb)")
        }
    }

    /// Files of 2 GB and more are always refused.
    static let largestFileMb = 1_999

    func run() async throws {
        let config = try database.config()
        let started = ContinuousClock.now
        let files = ImportFiles(
            workplace: URL(fileURLWithPath: workplace), staff: URL(fileURLWithPath: staff),
            training: training.map { URL(fileURLWithPath: $0) })
        let reference = try organisation ?? Self.firstWorkplaceReference(files.workplace)
        let options = ImportOptions(
            organisationReference: reference, primaryReference: primary,
            asOf: asOf.flatMap { CalendarDate(iso: $0) } ?? ImportClock.today(), dryRun: dryRun,
            confirmRemovals: confirmRemovals, maximumFileBytes: maxFileMb * 1_000_000)
        let outcome: Result<ImportResult, ImportStop> = try await CommandApp.run(config) { app in
            try await app.ensureDatabaseReachable()
            try await app.requireMigrated()
            let importer = ReturnImporter(
                database: app.db, codes: app.ascwdsCodes, personKeySecret: config.personKeySecret)
            let progress = ImportProgress()
            do {
                let result = try await importer.run(files, options: options) { progress.show(rows: $0) }
                progress.clear()
                return .success(result)
            } catch let stop as ImportStop {
                progress.clear()
                return .failure(stop)
            }
        }
        try finish(outcome, organisation: reference, elapsed: ContinuousClock.now - started)
    }

    private func finish(_ outcome: Result<ImportResult, ImportStop>, organisation: String, elapsed: Duration) throws {
        let result: ImportResult
        switch outcome {
        case .success(let stored): result = stored
        case .failure(.invalid(let failed)), .failure(.dryRun(let failed)), .failure(.removalsNotConfirmed(let failed)):
            result = failed
        }
        if let report {
            try FindingsReport.csv(result.report.findings).write(toFile: report, atomically: true, encoding: .utf8)
        }
        print(ImportSummary.findings(result.report))
        print(ImportSummary.changes(result.changes))
        print(ImportSummary.line(result, organisation: organisation, elapsed: elapsed))
        switch outcome {
        case .success, .failure(.dryRun): return
        case .failure(.invalid):
            throw ExitCode(2)
        case .failure(.removalsNotConfirmed):
            throw ImportCommandError.removalsNotConfirmed(result.changes.implicitRemovals)
        }
    }

    /// The organisation reference by default: the first workplace row's LOCALESTID.
    static func firstWorkplaceReference(_ url: URL) throws -> String {
        var stream = try UploadFileStream(url: url)
        while let rows = try stream.nextRows() {
            if let first = rows.first, !first.localEstablishmentID.isEmpty { return first.localEstablishmentID }
        }
        throw UploadFileError(fileName: url.lastPathComponent, line: nil, problem: "has no workplace rows")
    }
}

enum ImportCommandError: Error, CustomStringConvertible {
    case removalsNotConfirmed(Int)

    var description: String {
        switch self {
        case .removalsNotConfirmed(let count):
            return "nothing was stored: the files leave out \(count) stored record(s), which ASC-WDS would delete; "
                + "check the changes above and run again with --confirm-removals to remove them"
        }
    }
}
