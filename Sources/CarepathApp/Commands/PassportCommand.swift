import ArgumentParser
import Fluent
import Foundation
import Passport
import Vapor

/// `carepath passport …`: issuers' keys, issuing one credential, and verifying credentials or bundles.
struct PassportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passport", abstract: "Issue and verify training passport credentials.",
        subcommands: [Keygen.self, Issue.self, Verify.self])

    /// `carepath passport keygen`.
    struct Keygen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make an issuer's signing key: the first, or a new one that takes over (old keys stay published)."
        )
        @ArgumentParser.Option(help: "The organisation's reference (default: Carepath's own issuer).")
        var organisation: String?
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            try await CommandApp.runMigrated(try database.config()) { app in
                let (issuer, isNew) = try await PassportCommand.issuer(organisation, app)
                let keyring = PassportKeyring(database: app.db, settings: app.passportSettings, now: app.now)
                // A new issuer comes with its first key; for an existing one a new key takes over.
                let signer = isNew ? try await keyring.signer(for: issuer) : try await keyring.rotate(issuer)
                try await AuditLog.record(
                    .init(
                        action: .issuerKeyRotated, subjectKind: "issuer", subjectID: signer.keyID,
                        organisationID: issuer.organisationID, reason: isNew ? "first key" : "rotation"), actorID: nil,
                    actor: "cli", ip: nil, at: app.now,
                    on: app.db)
                print(signer.keyID)
            }
        }
    }

    /// `carepath passport issue`.
    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue one training credential; prints the JWT.")
        @ArgumentParser.Option(help: "The catalogue code, e.g. CSTF-FIRE-L1.") var achievement: String
        @ArgumentParser.Option(help: "The worker's did:key.") var subject: String
        @ArgumentParser.Option(help: "The completion date, YYYY-MM-DD.") var completed: String
        @ArgumentParser.Option(help: "The issuing organisation's reference (default: Carepath).") var issuer: String?
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let completedOn = Passport.CalendarDate(iso: completed) else {
                throw AccountCommandError.invalid("--completed", "give a date as YYYY-MM-DD")
            }
            guard (try? DIDKey.publicKey(from: subject)) != nil else {
                throw AccountCommandError.invalid("--subject", "give the worker's did:key (did:key:z6Mk…)")
            }
            try await CommandApp.runMigrated(try database.config()) { app in
                let (issuerEntity, _) = try await PassportCommand.issuer(issuer, app)
                let issued = try await PassportIssuance(
                    database: app.db, settings: app.passportSettings, catalogue: app.trainingCatalogue, now: app.now
                ).issue(
                    [.init(subjectDID: subject, achievementCode: achievement, completedOn: completedOn)],
                    by: issuerEntity, issuedBy: "cli")
                print(issued[0].token)
            }
        }
    }

    /// `carepath passport verify`.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a credential or a passport bundle; exits 1 unless every credential is valid.")
        @ArgumentParser.Argument(help: "A file holding a credential or bundle, or the credential itself.")
        var input: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let text =
                FileManager.default.fileExists(atPath: input)
                ? try String(contentsOfFile: input, encoding: .utf8) : input
            let tokens: [String]
            do {
                tokens = try PassportSubmission.credentials(in: text)
            } catch {
                throw AccountCommandError.invalid("input", error.description)
            }
            let verdicts = try await CommandApp.runMigrated(try database.config()) { app in
                try await PassportVerification(database: app.db, now: app.now).verify(credentials: tokens)
            }
            for verdict in verdicts {
                print([verdict.outcome.rawValue, verdict.details.name ?? "-", verdict.reason].joined(separator: "\t"))
            }
            if !verdicts.allSatisfy(\.isAcceptable) { throw ExitCode(1) }
        }
    }

    /// The organisation's issuer, or Carepath's own, and whether it was made just now.
    static func issuer(_ reference: String?, _ app: Application) async throws -> (PassportIssuerEntity, isNew: Bool) {
        let issuers = PassportIssuers(database: app.db, settings: app.passportSettings, now: app.now)
        guard let reference else {
            let existed =
                try await PassportIssuerEntity.query(on: app.db)
                .filter(\.$slug == PassportIssuers.platformSlug).count() > 0
            return (try await issuers.platform(), !existed)
        }
        guard
            let organisation = try await OrganisationEntity.query(on: app.db).filter(\.$reference == reference).first()
        else { throw AccountCommandError.notFound("organisation has the reference", reference) }
        let existed = try await issuers.existing(organisationID: organisation.requireID()) != nil
        return (try await issuers.issuer(for: organisation), !existed)
    }
}
