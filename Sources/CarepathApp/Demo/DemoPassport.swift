import CarepathCore
import Fluent
import Foundation
import Identity
import Passport
import SQLKit
import Vapor

/// Demo mode's passport: a care worker who has worked for two employers (the demo provider and Other
/// Demo Provider), each of which has issued them credentials from its training records, and a third
/// employer (Next Step Homecare) they can share with. Each of the other two employers gets a small
/// generated return, so each has staff records of its own.
enum DemoPassport {
    /// The two employers besides the demo provider, with a small return each.
    static let employers: [(reference: String, name: String, seed: UInt64)] = [
        ("DEMO-OTHER", "Other Demo Provider", 7), ("DEMO-NEXT", "Next Step Homecare", 11),
    ]
    static let workplaces = 2
    static let worker = "worker"
    static let nextEmployer = "next.employer"

    /// Imports the two small returns, on a database that has just had the demo region imported.
    static func importEmployers(_ app: Application, asOf: CarepathCore.CalendarDate) async throws {
        let importer = ReturnImporter(
            database: app.db, codes: app.ascwdsCodes, personKeySecret: app.carepathConfig.personKeySecret)
        for employer in employers {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "carepath-demo-\(employer.reference)-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let (files, _) = try await DemoRegion.write(
                region: DemoRegion.defaultRegion, workplaces: workplaces, seed: employer.seed, asOf: asOf,
                codes: app.ascwdsCodes, to: folder, on: app.db)
            _ = try await importer.run(
                files, options: ImportOptions(organisationReference: employer.reference, asOf: asOf))
            try await OrganisationEntity.query(on: app.db).filter(\.$reference == employer.reference)
                .set(\.$name, to: employer.name).update()
        }
    }

    /// Links the demo worker's wallet to a staff record at each of the first two employers and issues
    /// from their training records. Runs once, after the demo accounts exist.
    static func issueIfMissing(_ app: Application) async throws {
        guard let user = try await AccountStore(database: app.db).user(email: "\(worker)@\(DemoAccounts.domain)"),
            try await PassportWalletEntity.query(on: app.db).count() == 0
        else { return }
        // One transaction, so a failure leaves no wallet behind and the next start tries again.
        try await app.db.transaction { database in
            try await issue(to: user.requireID(), app, on: database)
        }
        app.logger.notice("Demo passport: \(worker)@\(DemoAccounts.domain) holds credentials from two employers.")
    }

    private static func issue(to userID: UUID, _ app: Application, on database: any Database) async throws {
        let settings = app.passportSettings
        let now = app.now
        let wallets = PassportWallets(database: database, settings: settings, now: now)
        let wallet = try await wallets.ensureWallet(userID: userID)
        for reference in [DemoData.organisation, employers[0].reference] {
            guard
                let organisation = try await OrganisationEntity.query(on: database)
                    .filter(\.$reference == reference).first(),
                let staffID = try await staffWithTraining(
                    organisation.requireID(), catalogue: app.trainingCatalogue, on: database)
            else { continue }
            try await wallets.link(wallet: wallet, staffID: staffID, organisationID: organisation.requireID())
            let issuer = try await PassportIssuers(database: database, settings: settings, now: now)
                .issuer(for: organisation)
            let records = try await PassportEmployerRecords(database: database)
                .trainingOfLinkedWorkers(organisationID: organisation.requireID(), staffID: staffID)
            let plan = TrainingIssuePlan(
                records: records, catalogue: app.trainingCatalogue,
                issuer: try PassportTrust.Issuer(entity: issuer, keys: []).trusted(), existing: [])
            _ = try await PassportIssuance(
                database: database, settings: settings, catalogue: app.trainingCatalogue, now: now
            ).issue(plan.requests, by: issuer, issuedBy: "demo")
        }
    }

    /// The current staff record with the most training records that can become credentials.
    private static func staffWithTraining(
        _ organisationID: UUID, catalogue: TrainingCatalogueFile, on database: any Database
    ) async throws -> UUID? {
        let categories = Array(catalogue.codeForCategory.keys)
        return try await database.sql.raw(
            """
            SELECT s.id, s.reference, COUNT(*) AS records FROM training_records t JOIN staff s ON s.id = t.staff_id
            JOIN workplaces w ON w.id = s.workplace_id
            WHERE w.organisation_id = \(bind: organisationID) AND t.replaced_return_id IS NULL
            AND s.removed_return_id IS NULL AND t.completed IS NOT NULL AND t.category IN (\(binds: categories))
            GROUP BY s.id, s.reference ORDER BY records DESC, s.reference LIMIT 1
            """
        ).first()?.decode(column: "id", as: UUID.self)
    }
}
