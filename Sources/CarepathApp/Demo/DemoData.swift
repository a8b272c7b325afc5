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

    /// Loads the demo planning data, then generates and imports the demo region unless the database
    /// already holds any organisation.
    static func loadIfEmpty(_ app: Application) async throws {
        try await DemoPlanning.loadIfEmpty(app)
        guard try await OrganisationEntity.query(on: app.db).count() == 0 else { return }
        let asOf = ImportClock.today()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carepath-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        app.logger.notice("Generating and importing a demo region: \(workplaces) East of England workplaces.")
        let generated = try await DemoRegion.write(
            region: DemoRegion.defaultRegion, workplaces: workplaces, seed: seed, asOf: asOf, codes: app.ascwdsCodes,
            to: folder,
            on: app.db)
        let importer = ReturnImporter(
            database: app.db, codes: app.ascwdsCodes, personKeySecret: app.carepathConfig.personKeySecret)
        let result = try await importer.run(
            generated.files,
            options: ImportOptions(organisationReference: organisation, asOf: asOf, confirmRemovals: true))
        app.logger.notice(
            "Demo data loaded: \(result.changes.workplacesCreated) workplaces, \(result.changes.staffCreated) staff, \(result.changes.trainingRecordsAdded) training records."
        )
    }
}
