import Fluent
import Foundation
import Vapor

/// Demo mode's data: a generated East of England region, imported once into an empty database.
enum DemoData {
    /// The demo organisation's reference.
    static let organisation = "DEMO-EAST"
    /// Enough workplaces to fill pages and figures, few enough to import in seconds.
    static let workplaces = 200
    static let seed: UInt64 = 1

    /// Returns a year apart and half a year apart: the latest return's 12 months are covered,
    /// so measured starters and leavers can be compared with declared ones, and every month of
    /// the year has a figure, while startup stays under a minute.
    static let returnMonthsBeforeToday = [12, 6, 0]

    /// Loads the demo planning data, then generates and imports the demo region's returns unless
    /// the database already holds any organisation.
    static func loadIfEmpty(_ app: Application) async throws {
        try await DemoPlanning.loadIfEmpty(app)
        guard try await OrganisationEntity.query(on: app.db).count() == 0 else {
            try await DemoAccounts.createIfMissing(app)
            try await DemoPassport.issueIfMissing(app)
            return
        }
        let today = ImportClock.today()
        let dates = returnMonthsBeforeToday.map { today.adding(months: -$0) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carepath-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        app.logger.notice(
            "Generating and importing a demo region: \(workplaces) East of England workplaces, \(dates.count) returns.")
        let returns = try await DemoRegion.writeHistory(
            region: DemoRegion.defaultRegion, workplaces: workplaces, seed: seed, dates: dates, codes: app.ascwdsCodes,
            to: folder, on: app.db)
        let importer = ReturnImporter(
            database: app.db, codes: app.ascwdsCodes, personKeySecret: app.carepathConfig.personKeySecret)
        for (asOf, files) in returns {
            let result = try await importer.run(
                files, options: ImportOptions(organisationReference: organisation, asOf: asOf, confirmRemovals: true))
            app.logger.notice(
                "Demo return of \(asOf) loaded: \(result.changes.staffCreated) staff created, \(result.changes.staffRemovedImplicitly) left."
            )
        }
        try await DemoPassport.importEmployers(app, asOf: today)
        try await DemoAccounts.createIfMissing(app)
        try await DemoPassport.issueIfMissing(app)
    }
}
