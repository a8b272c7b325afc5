import ArgumentParser
import Foundation
import Passport
import Vapor

extension BenchCommand {
    /// `carepath bench passport`: verification throughput in the library on one core, and issuing a
    /// bulk batch through the app into SQLite.
    struct PassportBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passport",
            abstract: "Time verifying credentials (library, one core) and issuing a bulk batch (SQLite).",
            discussion: """
                Signs --credentials distinct credentials with a fixed issuer key, then verifies all of them \
                --runs times: Ed25519 signatures alone, and the full verification of passport.md 7.1 with the \
                status list already verified. Then issues --issue credentials in one transaction into a migrated \
                SQLite database in --work, --runs times, each into a fresh copy. Prints medians; with --json-out \
                writes the tokens and the issuer's public key for the peer (Benchmarks/passport_peer.py).
                """)

        @ArgumentParser.Option(help: "Distinct credentials to verify.") var credentials = 2_000
        @ArgumentParser.Option(help: "Credentials to issue in one batch.") var issue = 10_000
        @ArgumentParser.Option(help: "How many timed runs of each.") var runs = 7
        @ArgumentParser.Option(help: "A folder for the template database.")
        var work: String = FileManager.default.temporaryDirectory.appendingPathComponent("carepath-bench").path
        @ArgumentParser.Option(help: "Where to write the tokens and key for the peer.") var jsonOut: String?

        func validate() throws {
            guard credentials > 0, issue > 0, runs > 0 else { throw ValidationError("counts must be at least 1") }
        }

        func run() async throws {
            let fixture = try PassportBenchFixture(count: credentials)
            var signatureRates: [Double] = []
            var verificationRates: [Double] = []
            for run in 1...runs {
                let signatures = Self.rate(credentials) { fixture.checkSignatures() == credentials }
                let verifications = Self.rate(credentials) { fixture.verifyAll() == credentials }
                signatureRates.append(signatures)
                verificationRates.append(verifications)
                print(String(format: "run %d: %.0f signatures/s, %.0f verifications/s", run, signatures, verifications))
            }
            print(
                String(
                    format: "verify credentials=%d runs=%d median_signatures=%.0f/s median_verifications=%.0f/s",
                    credentials, runs, signatureRates.median ?? 0, verificationRates.median ?? 0))
            if let jsonOut { try fixture.writePeerInput(to: URL(fileURLWithPath: jsonOut)) }
            try await issueBatches()
        }

        private func issueBatches() async throws {
            let folder = URL(fileURLWithPath: work, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let template = folder.appendingPathComponent("template.sqlite")
            var config = try AppConfig.fromEnvironment(ProcessInfo.processInfo.environment)
            config.logLevel = .warning
            config.database = .sqliteFile(template.path)
            try await CommandApp.run(config) { app in
                if try await !app.pendingMigrations().isEmpty { try await app.autoMigrate() }
            }
            var seconds: [Double] = []
            for run in 1...runs {
                let copy = folder.appendingPathComponent("passport-run.sqlite")
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: template, to: copy)
                config.database = .sqliteFile(copy.path)
                let elapsed = try await CommandApp.run(config) { app in
                    let issuer = try await PassportIssuers(
                        database: app.db, settings: app.passportSettings, now: app.now
                    )
                    .platform()
                    let requests = PassportBenchFixture.requests(issue)
                    let start = ContinuousClock.now
                    _ = try await PassportIssuance(
                        database: app.db, settings: app.passportSettings, catalogue: app.trainingCatalogue,
                        now: app.now
                    ).issue(requests, by: issuer, issuedBy: "bench")
                    return (ContinuousClock.now - start).seconds
                }
                seconds.append(elapsed)
                print(String(format: "issue run %d: %.2f s, %.0f credentials/s", run, elapsed, Double(issue) / elapsed))
            }
            let median = seconds.median ?? 0
            print(
                String(
                    format: "issue credentials=%d runs=%d median=%.2f s rate=%.0f/s peak_rss=%.0f MB", issue, runs,
                    median, Double(issue) / median, ImportBench.peakMegabytes()))
        }

        static func rate(_ count: Int, _ body: () -> Bool) -> Double {
            let start = ContinuousClock.now
            precondition(body(), "a benchmark credential failed to verify")
            return Double(count) / (ContinuousClock.now - start).seconds
        }
    }
}
