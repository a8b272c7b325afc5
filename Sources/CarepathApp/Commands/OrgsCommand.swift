import ArgumentParser
import Fluent
import Foundation
import Identity
import Vapor

/// `carepath orgs …`: organisations, invitations and parent links from the command line.
struct OrgsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs", abstract: "Create and list organisations, invite people, link parents.",
        subcommands: [Create.self, List.self, Invite.self, Link.self])

    /// `carepath orgs create:`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an organisation.")
        @ArgumentParser.Option(help: "A short unique reference, such as NORFOLK-CC.") var reference: String
        @ArgumentParser.Option(help: "Its name.") var name: String
        @ArgumentParser.Option(help: "provider, council, region, training_provider or platform.") var kind: String
        @ArgumentParser.Option(help: "A council's or region's area code, such as E10000020.") var area: String?
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let kind = OrganisationKind(rawValue: kind) else {
                throw AccountCommandError.invalid(
                    "--kind", OrganisationKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if (kind == .council || kind == .region) && area == nil {
                throw AccountCommandError.invalid("--area", "a \(kind.rawValue) needs its area code")
            }
            try await CommandApp.runMigrated(try database.config()) { app in
                guard try await OrganisationEntity.query(on: app.db).filter(\.$reference == reference).count() == 0
                else { throw AccountCommandError.invalid("--reference", "\(reference) is taken") }
                try await OrganisationEntity(
                    id: UUID(), reference: reference, name: name, createdAt: app.now, kind: kind, areaCode: area
                ).create(on: app.db)
                print("Created \(kind.displayName.lowercased()) \(reference).")
            }
        }
    }

    /// `carepath orgs list:`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organisations.")
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            try await CommandApp.runMigrated(try database.config()) { app in
                for organisation in try await OrganisationEntity.query(on: app.db).sort(\.$reference).all() {
                    print(
                        [organisation.reference, organisation.kind, organisation.areaCode ?? "-", organisation.name]
                            .joined(separator: "\t"))
                }
            }
        }
    }

    /// `carepath orgs invite`.
    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Invite someone to an organisation; prints the link and emails it.")
        @ArgumentParser.Option(help: "The organisation's reference.") var organisation: String
        @ArgumentParser.Option(help: "Their email address.") var email: String
        @ArgumentParser.Option(help: "admin, editor or viewer.") var role: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let role = MemberRole(rawValue: role) else {
                throw AccountCommandError.invalid("--role", "admin, editor or viewer")
            }
            try await CommandApp.runMigrated(try database.config()) { app in
                let found = try await CommandOrganisations.organisation(organisation, on: app.db)
                let link = try await Invitations.send(
                    to: email, organisation: found, role: role, invitedBy: nil, app: app, on: app.db)
                print("Invitation for \(email) to \(found.reference) as \(role.rawValue), valid 7 days:\n\(link)")
            }
        }
    }

    /// `carepath orgs link`.
    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make one provider the parent of another.")
        @ArgumentParser.Option(help: "The parent's reference.") var parent: String
        @ArgumentParser.Option(help: "The subsidiary's reference.") var subsidiary: String
        @ArgumentParser.Option(help: "Who owns the subsidiary's data: subsidiary or parent.") var owner = "subsidiary"
        @ArgumentParser.Option(help: "What the other side sees: none, workplace or workplace_and_staff.")
        var sharing = "workplace"
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let owner = DataOwner(rawValue: owner) else {
                throw AccountCommandError.invalid("--owner", "subsidiary or parent")
            }
            guard let sharing = SharingLevel(rawValue: sharing) else {
                throw AccountCommandError.invalid("--sharing", "none, workplace or workplace_and_staff")
            }
            try await CommandApp.runMigrated(try database.config()) { app in
                let parentOrganisation = try await CommandOrganisations.organisation(parent, on: app.db)
                let subsidiaryOrganisation = try await CommandOrganisations.organisation(subsidiary, on: app.db)
                let parentID = try parentOrganisation.requireID()
                let subsidiaryID = try subsidiaryOrganisation.requireID()
                guard parentID != subsidiaryID else {
                    throw AccountCommandError.invalid("--subsidiary", "an organisation cannot be its own parent")
                }
                guard [parentOrganisation.kind, subsidiaryOrganisation.kind].allSatisfy({ $0 == "provider" }) else {
                    throw AccountCommandError.invalid("--parent", "both organisations must be providers")
                }
                let existing = try await OrganisationLinkEntity.query(on: app.db).filter(\.$removedAt == nil)
                    .group(.or) { $0.filter(\.$subsidiaryID == subsidiaryID).filter(\.$subsidiaryID == parentID) }
                    .count()
                guard existing == 0 else {
                    throw AccountCommandError.invalid(
                        "--subsidiary", "\(subsidiary) or \(parent) already has a parent; parents are one level deep")
                }
                let link = OrganisationLinkEntity()
                link.parentID = parentID
                link.subsidiaryID = subsidiaryID
                link.dataOwner = owner.rawValue
                link.sharing = sharing.rawValue
                link.createdAt = app.now
                try await app.db.transaction { transaction in
                    try await link.create(on: transaction)
                    try await AuditLog.record(
                        .init(
                            action: .parentLinked, subjectKind: "organisation_link", subjectID: parent,
                            organisationID: subsidiaryID, reason: "\(owner.rawValue) owns; \(sharing.rawValue)"),
                        actorID: nil, actor: "cli", ip: nil, at: app.now, on: transaction)
                }
                print(
                    "\(parent) is now the parent of \(subsidiary) (data owner: \(owner.rawValue), sharing: \(sharing.rawValue))."
                )
            }
        }
    }
}
