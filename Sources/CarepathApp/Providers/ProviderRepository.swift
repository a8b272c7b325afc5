import ASCWDS
import Fluent
import Foundation
import Identity
import SQLKit

/// An organisation with the size of its current workforce.
struct OrganisationSummary: Sendable, Equatable {
    var id: UUID
    var reference: String
    var name: String
    /// `nil` when the viewer may not see the provider's workplace figures.
    var workplaces: Int?
    var staff: Int?
    var latestReturn: String?

    /// The summary without its figures, for someone who may know the provider but not its figures.
    var withoutFigures: OrganisationSummary {
        OrganisationSummary(id: id, reference: reference, name: name, workplaces: nil, staff: nil, latestReturn: nil)
    }
}

/// One current workplace, as the provider pages list it.
struct WorkplaceSummary: Sendable, Equatable {
    var reference: String
    var name: String
    var postcode: String?
    var cassrCode: String?
    var mainService: Int?
    var cqcRegulated: Bool?
    /// `nil` when the viewer may not see the provider's workplace figures.
    var staff: Int?
}

/// One return, as the provider pages list it.
struct ReturnSummary: Sendable, Equatable {
    var id: UUID
    var asOf: String
    var rows: Int
    var errors: Int
    var warnings: Int
    var changes: String
}

/// Reads organisations, their current workplaces and their returns.
struct ProviderRepository {
    let database: any Database

    /// Provider organisations, limited to `only` when it is given.
    func organisations(only: Set<UUID>?) async throws -> [OrganisationSummary] {
        let organisations = try await OrganisationEntity.query(on: database)
            .filter(\.$kind == OrganisationKind.provider.rawValue).sort(\.$reference).all()
            .filter { only?.contains($0.id!) ?? true }
        let workplaces = try await WorkplaceEntity.query(on: database).filter(\.$removedReturnID == nil).all()
        let staffCounts = try await currentStaffCounts()
        var summaries: [OrganisationSummary] = []
        for organisation in organisations {
            let own = workplaces.filter { $0.organisationID == organisation.id }
            let latest = try await ReturnEntity.query(on: database).filter(\.$organisationID == organisation.id!)
                .sort(\.$asOf, .descending).first()
            summaries.append(
                OrganisationSummary(
                    id: organisation.id!, reference: organisation.reference, name: organisation.name,
                    workplaces: own.count,
                    staff: own.reduce(0) { $0 + (staffCounts[$1.id!] ?? 0) }, latestReturn: latest?.asOf))
        }
        return summaries
    }

    /// The organisation's current workplaces and every return, or `nil` for an unknown reference.
    func organisation(_ reference: String) async throws -> (OrganisationSummary, [WorkplaceSummary], [ReturnSummary])? {
        guard
            let organisation = try await OrganisationEntity.query(on: database).filter(\.$reference == reference)
                .filter(\.$kind == OrganisationKind.provider.rawValue).first()
        else { return nil }
        let workplaces = try await WorkplaceEntity.query(on: database).filter(\.$organisationID == organisation.id!)
            .filter(\.$removedReturnID == nil).sort(\.$reference).all()
        let versions = try await WorkplaceVersionEntity.query(on: database)
            .filter(\.$id ~~ workplaces.compactMap(\.currentVersionID)).all()
        let versionByWorkplace = Dictionary(uniqueKeysWithValues: versions.map { ($0.workplaceID, $0) })
        let staffCounts = try await currentStaffCounts()
        let rows = workplaces.map { workplace in
            let version = versionByWorkplace[workplace.id!]
            return WorkplaceSummary(
                reference: workplace.reference, name: version?.name ?? workplace.reference, postcode: version?.postcode,
                cassrCode: version?.cassrCode, mainService: version?.mainService, cqcRegulated: version?.cqcRegulated,
                staff: staffCounts[workplace.id!] ?? 0)
        }
        let returns = try await ReturnEntity.query(on: database).filter(\.$organisationID == organisation.id!)
            .sort(\.$asOf, .descending).all().map {
                ReturnSummary(
                    id: $0.id!, asOf: $0.asOf, rows: $0.workplaceRows + $0.staffRows + $0.trainingRows,
                    errors: $0.errorCount, warnings: $0.warningCount, changes: $0.changes)
            }
        let summary = OrganisationSummary(
            id: organisation.id!, reference: organisation.reference, name: organisation.name, workplaces: rows.count,
            staff: rows.reduce(0) { $0 + ($1.staff ?? 0) }, latestReturn: returns.first?.asOf)
        return (summary, rows, returns)
    }

    /// Current staff per workplace, counted by the database rather than by loading every worker.
    private func currentStaffCounts() async throws -> [UUID: Int] {
        let rows = try await database.sql.select()
            .column("workplace_id").column(SQLFunction("count", args: SQLLiteral.all), as: "staff")
            .from(StaffEntity.schema).where("removed_return_id", .is, SQLLiteral.null).groupBy("workplace_id").all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "workplace_id", as: UUID.self)] = try row.decode(
                column: "staff", as: Int.self)
        }
        return counts
    }
}
