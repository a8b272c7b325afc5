import ASCWDS
import CarepathCore
import Foundation
import VaporTesting

@testable import CarepathApp

/// A generated East of England upload imported through the real importer, so every figure test
/// reads facts written by a completed return.
enum WorkforceFixture {
    static let region = "E12000006"

    struct Imported {
        var files: ImportFiles
        var staff: Int
    }

    /// Generates `workplaces` workplaces (seed 7) and imports them as DEMO-EAST's return at `asOf`;
    /// with `again`, the same files are imported once more as an unchanged later return.
    @discardableResult
    static func importRegion(
        _ app: Application, workplaces: Int = 12, asOf: CalendarDate = Examples.asOf
    ) async throws -> Imported {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let generated = try await DemoRegion.write(
            region: region, workplaces: workplaces, seed: 7, asOf: asOf, codes: app.ascwdsCodes, to: folder, on: app.db)
        _ = try await Examples.importer(app).run(
            generated.files, options: ImportOptions(organisationReference: "DEMO-EAST", asOf: asOf))
        return Imported(files: generated.files, staff: generated.summary.staff)
    }

    /// Imports the same files again, every row unchanged, as a return dated `asOf`.
    static func importAgain(_ app: Application, _ imported: Imported, asOf: CalendarDate) async throws {
        let workplace = try Examples.unchangedText(imported.files.workplace)
        let staff = try Examples.unchangedText(imported.files.staff)
        _ = try await Examples.run(
            app, workplace: workplace, staff: staff, training: nil,
            options: ImportOptions(organisationReference: "DEMO-EAST", asOf: asOf))
    }

    /// The JSON object of a response body.
    static func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any] ?? [:]
    }

    /// The metric `kpi` of a metrics answer.
    static func metric(_ body: [String: Any], _ kpi: String) -> [String: Any]? {
        (body["metrics"] as? [[String: Any]])?.first { $0["kpi"] as? String == kpi }
    }
}

extension Examples {
    /// A file's text with every STATUS of NEW or UPDATE turned into UNCHECKED: the same return sent again.
    static func unchangedText(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: ",NEW,", with: ",UNCHECKED,")
            .replacingOccurrences(of: ",UPDATE,", with: ",UNCHECKED,")
    }
}
