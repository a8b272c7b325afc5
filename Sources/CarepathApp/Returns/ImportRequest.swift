import ASCWDS
import CarepathCore
import Foundation

/// The files of one upload. Training is optional, as in ASC-WDS.
struct ImportFiles: Sendable {
    var workplace: URL
    var staff: URL
    var training: URL?
}

/// Who is importing, and how.
struct ImportOptions: Sendable {
    /// The organisation's reference; created on first use.
    var organisationReference: String
    /// The primary workplace's LOCALESTID on a first return (default: the first workplace row).
    var primaryReference: String?
    /// The date the return describes, and "today" for the date rules.
    var asOf: CalendarDate
    /// Validate and report, store nothing.
    var dryRun = false
    /// Apply the implicit removals of ASC-WDS's snapshot semantics (records missing from the files).
    var confirmRemovals = false
    /// `cli`, `web` or `api`.
    var source = "cli"
    /// Who is uploading, for the audit log; the source stands in when nobody is signed in.
    var actor: (id: UUID, email: String)? = nil
    /// The largest file read; a larger one is refused before it is read through.
    var maximumFileBytes = UploadFileReader.defaultMaximumBytes
}

/// What completing a return changes, shown before and recorded with it (the difference report).
struct ReturnChanges: Codable, Sendable, Equatable {
    var workplacesCreated = 0
    var workplacesUpdated = 0
    var workplacesConfirmed = 0
    var workplacesRemoved = 0
    var workplacesRemovedImplicitly = 0
    var staffCreated = 0
    var staffUpdated = 0
    var staffConfirmed = 0
    var staffRemoved = 0
    var staffRemovedImplicitly = 0
    var staffRenamed = 0
    var staffMoved = 0
    var workersWithTrainingReplaced = 0
    var trainingRecordsAdded = 0

    /// Removals the files imply but do not state; they need the user's confirmation.
    var implicitRemovals: Int { workplacesRemovedImplicitly + staffRemovedImplicitly }

    /// Whether the return changes nothing but confirmations.
    var changesNothing: Bool {
        workplacesCreated + workplacesUpdated + workplacesRemoved + implicitRemovals + staffCreated + staffUpdated
            + staffRemoved + staffRenamed + staffMoved + trainingRecordsAdded == 0
    }
}

/// The outcome of an import.
struct ImportResult: Sendable {
    var report: UploadValidationReport
    var changes: ReturnChanges
    /// The stored return, when the import completed.
    var returnID: UUID?

    var isStored: Bool { returnID != nil }
}

/// Why an import stored nothing.
enum ImportStop: Error, CustomStringConvertible {
    /// Validation found errors.
    case invalid(ImportResult)
    /// `--dry-run`: everything was checked and rolled back.
    case dryRun(ImportResult)
    /// The files imply removals that were not confirmed.
    case removalsNotConfirmed(ImportResult)

    var description: String {
        switch self {
        case .invalid(let result):
            let errors = result.report.findings.filter { $0.severity == .error }
            return "the files have \(errors.count) error(s), so nothing was stored; the first: "
                + (errors.first?.description ?? "none")
        case .dryRun: return "a dry run stores nothing"
        case .removalsNotConfirmed(let result):
            return "the files leave out \(result.changes.implicitRemovals) stored record(s); nothing was stored"
        }
    }
}

/// The stored state and the validated rows disagree: a defect in Carepath, not in the files.
struct ImportInconsistency: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = "internal error: " + description
    }
}
