import CarepathCore
import Fluent
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Migrations")
struct MigrationTests {
    @Test("an empty database migrates up, loading the reference geography, and reverts to empty")
    func upAndDown() async throws {
        try await withTestApp(migrated: false) { app in
            let all = CarepathMigrations.all(referenceData: app.carepathConfig.referenceData).count
            #expect(try await app.pendingMigrations().count == all)
            await #expect(throws: CarepathError.self) { try await app.requireMigrated() }

            try await app.autoMigrate()
            #expect(try await app.pendingMigrations().isEmpty)
            try await app.requireMigrated()
            #expect(try await RegionRecord.query(on: app.db).count() == 9)
            #expect(try await CassrRecord.query(on: app.db).count() == 153)
            #expect(try await DistrictRecord.query(on: app.db).count() == 296)
            #expect(try await PostcodeSectorRecord.query(on: app.db).count() == 10_060)
            #expect(try await PostcodeOutcodeRecord.query(on: app.db).count() == 2_323)
            #expect(try await PostcodeRecord.query(on: app.db).count() == 312)

            try await app.autoRevert()
            for table in [
                "regions", "cassrs", "districts", "postcodes", "postcode_sectors", "postcode_outcodes", "organisations",
                "returns", "return_findings", "workplaces", "workplace_versions", "staff", "staff_versions",
                "training_records", "users", "memberships", "user_sessions", "api_tokens", "audit_events",
            ] {
                #expect(try await !Dialect.tableExists(table, on: app.db.sql), "\(table)")
            }
            #expect(try await app.pendingMigrations().count == all)

            // And up again: reverts leave nothing behind that blocks a second run.
            try await app.autoMigrate()
            #expect(try await CassrRecord.query(on: app.db).count() == 153)
        }
    }

    @Test("checking for pending migrations writes nothing to an empty database")
    func previewIsReadOnly() async throws {
        try await withTestApp(migrated: false) { app in
            _ = try await app.pendingMigrations()
            #expect(try await !Dialect.tableExists("_fluent_migrations", on: app.db.sql))
        }
    }

    @Test("a bad reference row fails the migration with file, line, field and rule, and loads nothing")
    func badReferenceRow() async throws {
        try await withTestApp(migrated: false) { app in
            // Point the postcode load at a broken copy of the sample; the areas load first.
            var config = app.carepathConfig
            config.referenceData.postcodes = TestEnvironment.fixture("postcodes-broken.csv")
            app.migrations.add(LoadPostcodesAgain(files: config.referenceData))
            let error = await #expect(throws: ReferenceDataError.self) { try await app.autoMigrate() }
            #expect(
                error?.description
                    == #"postcodes-broken.csv line 3, field "easting": "51x600" is not a whole number of metres"#)
            // The failed migration's transaction rolled back: not one postcode from it was kept.
            let fromSample = try await PostcodeRecord.find("AL1 1AA", on: app.db)
            let fromBrokenFile = try await PostcodeRecord.find("AL1 1AB", on: app.db)
            #expect(fromSample != nil)
            #expect(fromBrokenFile == nil)
        }
    }
}

/// The postcode load under another name, so a test can run it a second time against a broken file.
private struct LoadPostcodesAgain: AsyncMigration {
    var name: String { "test_LoadPostcodesAgain" }
    let files: ReferenceDataFiles

    func prepare(on database: any Database) async throws {
        try await LoadPostcodes(files: files).prepare(on: database)
    }

    func revert(on database: any Database) async throws {}
}
