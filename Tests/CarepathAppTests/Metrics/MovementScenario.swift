import CarepathCore
import Foundation
import VaporTesting

@testable import CarepathApp

/// Hand-made returns for the movement tests: tiny Workplace and Staff files built from one row of
/// the ASC-WDS examples each, imported through the real importer with fixed dates.
///
/// The scenario remembers what each organisation has sent, so a row is `NEW` the first time and
/// `UNCHECKED` after; a record a return leaves out is removed (removals are confirmed).
final class MovementScenario {
    /// A staff row: its workplace, its reference, `EMPLSTATUS` and NI number.
    struct Worker {
        var workplace: String
        var reference: String
        var employmentStatus: Int
        var nationalInsuranceNumber: String?

        init(_ workplace: String, _ reference: String, status: Int, ni: String? = nil) {
            self.workplace = workplace
            self.reference = reference
            self.employmentStatus = status
            self.nationalInsuranceNumber = ni
        }
    }

    let app: Application
    private var sent: Set<String> = []

    init(_ app: Application) {
        self.app = app
    }

    /// Imports one return of `organisation` dated `asOf`: `workplaces` as (reference, postcode).
    func send(_ organisation: String, asOf: String, workplaces: [(String, String)], staff: [Worker]) async throws {
        let workplaceRows = try workplaces.map { reference, postcode in
            try Self.row(
                of: "workplace-valid.csv", template: "SUNRISE-DAY1",
                with: [
                    "LOCALESTID": reference, "STATUS": status(organisation, reference), "ESTNAME": reference,
                    "POSTCODE": postcode,
                ])
        }
        let staffRows = try staff.map { worker in
            try Self.row(
                of: "staff-valid.csv", template: "EMP0301",
                with: [
                    "LOCALESTID": worker.workplace, "UNIQUEWORKERID": worker.reference,
                    "STATUS": status(organisation, worker.workplace + "/" + worker.reference),
                    "NINUMBER": worker.nationalInsuranceNumber ?? "", "EMPLSTATUS": String(worker.employmentStatus),
                ])
        }
        let options = ImportOptions(
            organisationReference: organisation, asOf: CalendarDate(iso: asOf)!, confirmRemovals: true)
        let result = try await Examples.run(
            app, workplace: try Self.header(of: "workplace-valid.csv") + workplaceRows.joined(),
            staff: try Self.header(of: "staff-valid.csv") + staffRows.joined(), training: nil,
            options: options)
        guard result.isStored else {
            throw MovementScenarioError(description: "\(organisation) \(asOf) was not stored")
        }
    }

    /// `NEW` for a record `organisation` has not sent before, else `UNCHECKED`.
    private func status(_ organisation: String, _ key: String) -> String {
        sent.insert(organisation + ":" + key).inserted ? "NEW" : "UNCHECKED"
    }

    private static func header(of file: String) throws -> String {
        Examples.lines(try Examples.text(file))[0] + "\n"
    }

    /// The example row containing `template`, with the named cells replaced.
    private static func row(of file: String, template: String, with values: [String: String]) throws -> String {
        let lines = Examples.lines(try Examples.text(file))
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let line = lines.first(where: { $0.hasPrefix(template + ",") || $0.contains("," + template + ",") })
        else { throw MovementScenarioError(description: "\(file) has no row \(template)") }
        var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        for (column, value) in values {
            guard let index = header.firstIndex(of: column) else {
                throw MovementScenarioError(description: "\(file) has no column \(column)")
            }
            cells[index] = value
        }
        return cells.joined(separator: ",") + "\n"
    }
}

struct MovementScenarioError: Error, CustomStringConvertible {
    var description: String
}
