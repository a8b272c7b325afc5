import ArgumentParser
import CarepathCore
import Foundation
import Vapor

/// `carepath bench …`: benchmarks, run on a release build. Results go to `docs/benchmarks.md`.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure Carepath's speed and memory.",
        subcommands: [
            ImportBench.self, ProjectionBench.self, MetricsDataBench.self, MetricsRefreshBench.self, PassportBench.self,
        ])

    /// `carepath bench import`: validate and store a generated upload of a given size on SQLite.
    struct ImportBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Time importing generated ASC-WDS files (validate and store, SQLite) and report the median.",
            discussion: """
                Builds a migrated template database in --work once, generates the files, then imports them \
                --runs times, each into a fresh copy of the template. Prints one result line per run and a \
                summary with the median and the process's peak resident memory.
                """)

        @ArgumentParser.Option(help: "Staff rows to generate (training rows are about 5 per worker).")
        var staff = 10_000
        @ArgumentParser.Option(help: "How many timed imports.") var runs = 3
        @ArgumentParser.Option(help: "A folder for the template database and files (kept, so runs can reuse them).")
        var work: String = FileManager.default.temporaryDirectory.appendingPathComponent("carepath-bench").path

        func validate() throws {
            guard staff > 0, runs > 0 else { throw ValidationError("--staff and --runs must be at least 1") }
        }

        func run() async throws {
            let folder = URL(fileURLWithPath: work, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let template = folder.appendingPathComponent("template.sqlite")
            let asOf = CalendarDate(year: 2025, month: 7, day: 16)!
            var config = try AppConfig.fromEnvironment(ProcessInfo.processInfo.environment)
            config.logLevel = .warning
            config.database = .sqliteFile(template.path)
            // Roughly 39 staff per workplace with the East of England mix.
            let workplaces = max(1, staff / 39)
            let filesFolder = folder.appendingPathComponent("files-\(workplaces)")
            let files = try await CommandApp.run(config) { app in
                if try await !app.pendingMigrations().isEmpty { try await app.autoMigrate() }
                // The same size and seed always give the same files, so a national set is generated once.
                if let kept = try BenchImportFiles.kept(in: filesFolder, asOf: asOf) { return kept }
                let written = try await DemoRegion.write(
                    region: DemoRegion.defaultRegion, workplaces: workplaces, seed: 1, asOf: asOf,
                    codes: app.ascwdsCodes, to: filesFolder, on: app.db)
                try BenchImportFiles.keep(written.summary, in: filesFolder)
                return written
            }
            let rows = files.summary.workplaces + files.summary.staff + files.summary.training
            print(
                "files: \(files.summary.workplaces) workplaces, \(files.summary.staff) staff, \(files.summary.training) training rows"
            )
            var seconds: [Double] = []
            for run in 1...runs {
                let copy = folder.appendingPathComponent("run.sqlite")
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: template, to: copy)
                config.database = .sqliteFile(copy.path)
                let elapsed = try await CommandApp.run(config) { app in
                    let importer = ReturnImporter(
                        database: app.db, codes: app.ascwdsCodes, personKeySecret: config.personKeySecret)
                    let start = ContinuousClock.now
                    // National-size files are far above the 200 MB a provider's upload may be.
                    _ = try await importer.run(
                        files.files,
                        options: ImportOptions(
                            organisationReference: "BENCH", asOf: asOf,
                            maximumFileBytes: ImportCommand.largestFileMb * 1_000_000))
                    return ContinuousClock.now - start
                }
                let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                seconds.append(value)
                print(String(format: "run %d: %.2f s, %.0f rows/s", run, value, Double(rows) / value))
            }
            let median = seconds.median ?? 0
            print(
                String(
                    format: "import staff=%d rows=%d runs=%d median=%.2f s rate=%.0f rows/s peak_rss=%.0f MB",
                    files.summary.staff, rows, runs, median, Double(rows) / median, Self.peakMegabytes()))
        }

        /// The process's peak resident memory so far.
        static func peakMegabytes() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        }
    }
}
