import ASCWDS
import CarepathCore
import Foundation

/// The text `carepath import` prints: findings, the difference report and a summary line.
enum ImportSummary {
    /// Up to `limit` findings, errors first, then a count of the rest.
    static func findings(_ report: UploadValidationReport, limit: Int = 30) -> String {
        let ordered = report.findings.sorted { ($0.severity, $0.file, $0.line) < ($1.severity, $1.file, $1.line) }
        var lines = ordered.prefix(limit).map(\.description)
        if ordered.count > limit {
            lines.append("… and \(ordered.count - limit) more (use --report FILE for all of them)")
        }
        return lines.joined(separator: "\n")
    }

    static func changes(_ changes: ReturnChanges) -> String {
        """
        Changes:
          workplaces: \(changes.workplacesCreated) created, \(changes.workplacesUpdated) updated, \
        \(changes.workplacesConfirmed) kept, \(changes.workplacesRemoved) removed, \
        \(changes.workplacesRemovedImplicitly) removed because the file leaves them out
          staff: \(changes.staffCreated) created, \(changes.staffUpdated) updated, \(changes.staffConfirmed) kept, \
        \(changes.staffRemoved) removed, \(changes.staffRemovedImplicitly) removed because the file leaves them out, \
        \(changes.staffRenamed) renamed, \(changes.staffMoved) moved
          training: \(changes.trainingRecordsAdded) records added, \(changes.workersWithTrainingReplaced) workers' training replaced
        """
    }

    static func line(_ result: ImportResult, organisation: String, elapsed: Duration) -> String {
        let report = result.report
        let rows = report.rowCounts.values.reduce(0, +)
        let errors = report.findings.filter { $0.severity == .error }.count
        let warnings = report.findings.filter { $0.severity == .warning }.count
        let notices = report.findings.filter { $0.severity == .information }.count
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let outcome = result.returnID.map { "stored as return \($0.uuidString.lowercased())" } ?? "nothing stored"
        return "\(organisation): \(rows) rows, \(errors) errors, \(warnings) warnings, \(notices) notices; "
            + "\(outcome); \(String(format: "%.1f", seconds)) s"
    }
}

/// "Today" for imports: the date in England, where every return is made.
enum ImportClock {
    static func today(_ now: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}

/// A one-line progress count on a terminal; silent when standard error is not a terminal.
final class ImportProgress: Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1

    func show(rows: Int) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r  \(rows) rows read…".utf8))
    }

    func clear() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
