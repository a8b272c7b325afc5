import CarepathCore
import Fluent
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

/// A demo East of England region (base year 2025) with the synthetic population and demo scenarios.
enum PlanningFixture {
    static let region = "E12000006"
    static let workplaces = 12

    /// Imports the region and planning data; returns the number of staff records stored.
    @discardableResult
    static func load(_ app: Application) async throws -> Int {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try await DemoRegion.write(
            region: region, workplaces: workplaces, seed: 3, asOf: Examples.asOf, codes: app.ascwdsCodes, to: folder,
            on: app.db)
        _ = try await Examples.importer(app).run(
            generated.files, options: ImportOptions(organisationReference: "DEMO-EAST", asOf: Examples.asOf))
        try await DemoPlanning.loadIfEmpty(app)
        return generated.summary.staff
    }

    /// Writes `text` to a temporary CSV file named `name`.
    static func file(_ text: String, named name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The URL-encoded body of a form.
    /// A signed-in editor of the East of England's regional partnership, who may save scenarios there.
    static func regionEditor(_ app: Application) async throws -> TestSession {
        try await TestAccounts.session(app, organisation: "EAST", kind: .region, role: .editor, area: region)
    }
}
