import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import CarepathApp

/// ASC-WDS's online transfer trusts the target workplace it is given (product notes 2.12). A bulk
/// upload's TRANSFERSTAFFRECORD in Carepath can only name the uploader's own workplaces.
@Suite("Bulk-upload transfers stay inside the uploader's organisation")
struct TransferAccessTests {
    /// Another provider's workplace, which only HARBOUR has.
    static let foreign = "HARBOUR-HOME"

    @Test("a transfer into another provider's workplace is refused and nothing moves")
    func foreignTransfer() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let harbourWorkplace = try Examples.text("workplace-valid.csv").replacingOccurrences(
                of: "SUNRISE-", with: "HARBOUR-"
            ).replacingOccurrences(of: "HARBOUR-CH1,", with: "\(Self.foreign),")
            let harbourStaff = try Examples.text("staff-valid.csv").replacingOccurrences(
                of: "SUNRISE-", with: "HARBOUR-"
            )
            .replacingOccurrences(of: "HARBOUR-CH1,", with: "\(Self.foreign),")
            try await Examples.run(
                app, workplace: harbourWorkplace, staff: harbourStaff, training: nil,
                options: ImportOptions(organisationReference: "HARBOUR", asOf: Examples.asOf))
            let before = try await staffAt(Self.foreign, app)
            #expect(!before.isEmpty)

            // SUNRISE names HARBOUR's workplace as an existing one and moves a worker into it.
            let workplaceLines = Examples.lines(try Examples.unchanged("workplace-valid.csv"))
            let chOne = try #require(workplaceLines.first { $0.hasPrefix("SUNRISE-CH1,") })
            let workplace =
                (workplaceLines + [
                    chOne.replacingOccurrences(of: "SUNRISE-CH1,UNCHECKED,", with: "\(Self.foreign),UPDATE,")
                ]).joined(separator: "\n")
            let staff = Examples.lines(try Examples.unchanged("staff-valid.csv")).enumerated().map { index, line in
                var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let moving = cells[1] == "EMP0102"
                cells.insert(index == 0 ? "TRANSFERSTAFFRECORD" : (moving ? Self.foreign : ""), at: 2)
                if moving { cells[3] = "UPDATE" }
                return cells.joined(separator: ",")
            }.joined(separator: "\n")
            do {
                _ = try await Examples.run(
                    app, workplace: workplace, staff: staff, training: nil,
                    options: Examples.options(asOf: Examples.asOf.adding(months: 1)))
                Issue.record("the upload was stored")
            } catch let stop as ImportStop {
                guard case .invalid(let result) = stop else { return #expect(Bool(false), "\(stop)") }
                let rules = Set(result.report.findings.map(\.rule))
                #expect(rules.contains("ST-TRANSFER-DESTINATION-UNKNOWN"), "\(rules)")
            }
            #expect(try await staffAt(Self.foreign, app) == before)
            #expect(try await staffAt("SUNRISE-CH1", app).contains("EMP0102"))
        }
    }

    private func staffAt(_ workplace: String, _ app: Application) async throws -> [String] {
        try await app.db.sql.raw(
            """
            SELECT s.reference FROM staff s JOIN workplaces w ON w.id = s.workplace_id
            WHERE w.reference = \(bind: workplace) AND s.removed_return_id IS NULL ORDER BY s.reference
            """
        ).all().map { try $0.decode(column: "reference", as: String.self) }
    }
}
