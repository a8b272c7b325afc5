import ASCWDS
import CarepathCore
import Fluent
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Demo region")
struct DemoImportTests {
    @Test("a generated region imports as a first return with no errors or warnings, and the provider pages show it")
    func generatedRegionImports() async throws {
        try await withTestApp { app in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            defer { try? FileManager.default.removeItem(at: folder) }
            let generated = try await DemoRegion.write(
                region: "E12000006", workplaces: 12, seed: 7, asOf: Examples.asOf, codes: app.ascwdsCodes, to: folder,
                on: app.db)
            #expect(generated.summary.workplaces == 12)
            let result = try await Examples.importer(app).run(
                generated.files, options: ImportOptions(organisationReference: "DEMO-EAST", asOf: Examples.asOf))
            #expect(result.report.findings.isEmpty, "\(result.report.findings.prefix(5).map(\.description))")
            #expect(result.changes.workplacesCreated == 12)
            #expect(result.changes.staffCreated == generated.summary.staff)
            #expect(result.changes.trainingRecordsAdded == generated.summary.training)

            let user = try await TestAccounts.member(app, organisation: "DEMO-EAST", role: .viewer)
            var member = try await TestAccounts.session(for: user, app)
            let list = try await member.get(app, "/providers")
            #expect(list.status == .ok)
            #expect(list.body.string.contains(">DEMO-EAST</a>"))
            let detail = try await member.get(app, "/providers/DEMO-EAST")
            #expect(detail.status == .ok)
            #expect(detail.body.string.contains("Current workplaces of DEMO-EAST"))
            let token = try await TestAccounts.token(for: user, scopes: [.providersRead], app)
            try await app.testing().test(
                .GET, "/api/v1/providers/DEMO-EAST", headers: ["Authorization": "Bearer \(token)"]
            ) { response async throws in
                let detail = try response.content.decode(APIv1.ProviderDetail.self)
                #expect(detail.workplaces.count == 12)
                #expect(detail.provider.staff == generated.summary.staff)
                #expect(detail.returns.count == 1)
            }
            #expect(try await member.get(app, "/providers/NOBODY").status == .notFound)
        }
    }

    @Test("serve --demo's loader fills an empty database once, and leaves a database with data alone")
    func loadIfEmpty() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            try await DemoData.loadIfEmpty(app)
            #expect(try await OrganisationEntity.query(on: app.db).count() == 1)
        }
    }
}
