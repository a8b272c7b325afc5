import ArgumentParser
import CarepathCore
import Fluent
import Foundation
import SQLKit
import Vapor
import WorkforceMetrics

extension BenchCommand {
    /// `carepath bench metrics-refresh`: what one completed return costs the aggregates.
    struct MetricsRefreshBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "metrics-refresh",
            abstract: "Time refreshing the workforce aggregates after one workplace's return completes.",
            discussion: """
                --database is a SQLite file made by `carepath bench metrics-data`; it is never written. Each run \
                copies it to --work, loads every facts row into a MetricsStore (the cold load) and imports one \
                generated East of England return of --workplaces workplace(s), dated 2025-10-31, through \
                ReturnImporter, which writes its facts in the return's transaction. It then times the store \
                catching up, with no snapshot held and again (for a second return) with an earlier snapshot held \
                as a concurrent request would, the first England figures worked out on the new snapshot, and \
                MetricFactsWriter alone, re-run for the same return in a transaction rolled back afterwards. \
                Prints each run and the medians.
                """)

        @ArgumentParser.Option(help: "How many runs, each on a fresh copy of the database.") var runs = 5
        @ArgumentParser.Option(help: "Workplaces in the completed return.") var workplaces = 1
        @ArgumentParser.Option(help: "A folder for the copies and the generated files.")
        var work: String = FileManager.default.temporaryDirectory.appendingPathComponent("carepath-bench").path
        @OptionGroup var database: DatabaseOption

        /// One run's times, in milliseconds.
        struct Timing {
            var coldLoad, importReturn, catchUp, catchUpHeld, firstFigures, writer: Double
            var workplaces, staff: Int
            /// Workplaces in England's figures after the refresh: a check that the national facts were loaded.
            var englandWorkplaces: Int
        }

        func validate() throws {
            guard runs > 0, workplaces > 0 else { throw ValidationError("--runs and --workplaces must be at least 1") }
        }

        func run() async throws {
            var config = try database.config()
            config.logLevel = .warning
            guard case .sqliteFile(let template) = config.database else {
                throw ValidationError("--database must be sqlite:PATH, made by `carepath bench metrics-data`")
            }
            let folder = URL(fileURLWithPath: work, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let asOf = CalendarDate(year: 2025, month: 10, day: 31)!
            let files = try await CommandApp.run(config) { app in
                try await DemoRegion.write(
                    region: DemoRegion.defaultRegion, workplaces: workplaces, seed: 7, asOf: asOf,
                    codes: app.ascwdsCodes, to: folder.appendingPathComponent("refresh-\(workplaces)"), on: app.db)
            }
            print(
                "return: \(files.summary.workplaces) workplace(s), \(files.summary.staff) staff, \(files.summary.training) training rows"
            )
            var timings: [Timing] = []
            for run in 1...runs {
                let copy = folder.appendingPathComponent("refresh-run.sqlite")
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: URL(fileURLWithPath: template), to: copy)
                config.database = .sqliteFile(copy.path)
                let timing = try await CommandApp.run(config) { app in
                    try await Self.measure(app, files: files.files, asOf: asOf, personKey: config.personKeySecret)
                }
                timings.append(timing)
                print(
                    String(
                        format:
                            "run %d: cold_load=%.0f ms import=%.0f ms catch_up=%.2f ms catch_up_snapshot_held=%.2f ms first_england_figures=%.1f ms facts_writer=%.1f ms (%d workplace(s), %d staff; England now %d workplaces)",
                        run, timing.coldLoad, timing.importReturn, timing.catchUp, timing.catchUpHeld,
                        timing.firstFigures, timing.writer, timing.workplaces, timing.staff, timing.englandWorkplaces))
            }
            func median(_ value: KeyPath<Timing, Double>) -> Double { timings.map { $0[keyPath: value] }.median ?? 0 }
            print(
                String(
                    format:
                        "metrics-refresh runs=%d median cold_load=%.0f ms import=%.0f ms catch_up=%.2f ms catch_up_snapshot_held=%.2f ms first_england_figures=%.1f ms facts_writer=%.1f ms writer+catch_up+figures=%.1f ms peak_rss=%.0f MB",
                    runs, median(\.coldLoad), median(\.importReturn), median(\.catchUp), median(\.catchUpHeld),
                    median(\.firstFigures), median(\.writer),
                    median(\.writer) + median(\.catchUp) + median(\.firstFigures), ImportBench.peakMegabytes()))
        }

        /// Ends the writer's transaction after timing it, so the stored return keeps its one facts row set.
        private struct RollBack: Error {
            var milliseconds: Double
        }

        /// One run on a fresh copy: the cold load, two imports and what each costs the store.
        private static func measure(
            _ app: Application, files: ImportFiles, asOf: CalendarDate, personKey: PersonKeySecret
        ) async throws -> Timing {
            let store = MetricsStore()
            var start = ContinuousClock.now
            var held: MetricsSnapshot? = try await store.snapshot(on: app.db)
            let coldLoad = (ContinuousClock.now - start).milliseconds
            held = nil
            let importer = ReturnImporter(database: app.db, codes: app.ascwdsCodes, personKeySecret: personKey)
            start = ContinuousClock.now
            let result = try await importer.run(
                files, options: ImportOptions(organisationReference: "REFRESH-1", asOf: asOf))
            let importReturn = (ContinuousClock.now - start).milliseconds
            start = ContinuousClock.now
            let snapshot = try await store.snapshot(on: app.db)
            let catchUp = (ContinuousClock.now - start).milliseconds
            let service = WorkforceService(
                snapshot: snapshot, control: app.carepathConfig.disclosure, serviceGroups: app.ascwdsCodes.serviceGroups
            )
            start = ContinuousClock.now
            let figures = service.figures(England.reference, parent: nil, WorkforceQuery())
            let firstFigures = (ContinuousClock.now - start).milliseconds
            // A second return while a snapshot is still in use: the store's insert must copy the cube.
            held = snapshot
            _ = try await importer.run(files, options: ImportOptions(organisationReference: "REFRESH-2", asOf: asOf))
            start = ContinuousClock.now
            _ = try await store.snapshot(on: app.db)
            let catchUpHeld = (ContinuousClock.now - start).milliseconds
            withExtendedLifetime(held) {}
            guard let returnID = result.returnID, let stored = try await ReturnEntity.find(returnID, on: app.db) else {
                throw ValidationError("the benchmark return was not stored")
            }
            var writer = 0.0
            do {
                try await app.db.transaction { database in
                    let start = ContinuousClock.now
                    try await MetricFactsWriter(database: database, codes: app.ascwdsCodes, newID: { UUID() }).record(
                        returnID: returnID, asOf: asOf, organisationID: stored.organisationID)
                    throw RollBack(milliseconds: (ContinuousClock.now - start).milliseconds)
                }
            } catch let rollBack as RollBack {
                writer = rollBack.milliseconds
            }
            return Timing(
                coldLoad: coldLoad, importReturn: importReturn, catchUp: catchUp, catchUpHeld: catchUpHeld,
                firstFigures: firstFigures, writer: writer, workplaces: result.changes.workplacesCreated,
                staff: result.changes.staffCreated, englandWorkplaces: figures.workplaces)
        }
    }
}

extension Duration {
    /// The duration in milliseconds, as a `Double`.
    var milliseconds: Double { seconds * 1e3 }
}
