import ASCWDS
import ArgumentParser
import CarepathCore
import Foundation
import Vapor

/// `carepath export`: write an organisation's current state back out as ASC-WDS bulk-upload files.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an organisation's current workplaces, staff and training as ASC-WDS bulk-upload files.",
        discussion: """
            The files are valid uploads for ASC-WDS and for `carepath import`: importing them again changes \
            nothing. NINUMBER and DOB are written `Admin` (keep the stored value), because Carepath keeps \
            neither. With --status unchecked (the default, as ASC-WDS's own downloads) a re-import confirms \
            every record; with update it re-submits every value.
            """)

    @ArgumentParser.Option(help: "The organisation's reference.") var organisation: String
    @ArgumentParser.Option(help: "Only this workplace (its LOCALESTID).") var workplace: String?
    @ArgumentParser.Option(help: "The folder to write the three files to.") var out: String
    @ArgumentParser.Option(help: "The STATUS of every row: unchecked or update.") var status = ExportStatus.unchecked
    @ArgumentParser.Option(help: "The date in the file names, YYYY-MM-DD (default: today).") var date: String?
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date like 2025-07-16")
        }
    }

    func run() async throws {
        let config = try database.config()
        let day = date.flatMap { CalendarDate(iso: $0) } ?? ImportClock.today()
        let (state, files) = try await CommandApp.run(config) { app in
            try await app.ensureDatabaseReachable()
            try await app.requireMigrated()
            let state = try await CurrentReturnState.load(
                organisationReference: organisation, workplaceReference: workplace, on: app.db)
            return (state, try state.write(to: URL(fileURLWithPath: out), status: status.exporterStatus, date: day))
        }
        for file in [files.workplace, files.staff, files.training!] { print(file.path) }
        print(
            "\(state.workplaces.count) workplaces, \(state.staff.count) staff, \(state.training.count) training records"
        )
    }
}

/// The STATUS an export writes, as `--status` spells it.
enum ExportStatus: String, ExpressibleByArgument, CaseIterable, Sendable {
    case unchecked, update

    var exporterStatus: ASCWDSExporter.Status {
        switch self {
        case .unchecked: return .unchecked
        case .update: return .update
        }
    }
}
