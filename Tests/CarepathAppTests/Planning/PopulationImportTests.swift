import CarepathCore
import Fluent
import Foundation
import Planning
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Population import")
struct PopulationImportTests {
    private var synthetic: String {
        get throws { try String(contentsOf: DemoPlanning.populationFile, encoding: .utf8) }
    }

    @Test("the synthetic file imports, reads back per area, and a second import of the release replaces the first")
    func importAndReplace() async throws {
        try await withTestApp { app in
            let store = PopulationStore(database: app.db)
            let first = try await store.importFile(at: DemoPlanning.populationFile, label: DemoPlanning.label)
            #expect(first.release.areaCount == 12)
            #expect(first.release.years == 2024...2045)
            #expect(!first.replacedEarlierImport)
            let (release, norfolk) = try #require(try await store.series(for: AreaCode("E10000020")))
            #expect(release.isSynthetic)
            let aged65Plus = try #require(norfolk.total(year: 2030, ages: 65...90))
            #expect(aged65Plus > 100_000 && aged65Plus < 400_000)

            let second = try await store.importFile(at: DemoPlanning.populationFile, label: DemoPlanning.label)
            #expect(second.replacedEarlierImport)
            #expect(try await PopulationReleaseEntity.query(on: app.db).count() == 1)
            #expect(try await PopulationValuesEntity.query(on: app.db).count() == 12 * 22)
        }
    }

    @Test(
        "a bad file is refused with its line and column, and nothing is stored",
        arguments: [
            ("negative", PopulationFileError.Rule.negativeValue), ("unknown-area", .unknownArea),
            ("missing-year", .missingYear),
        ])
    func badFile(kind: String, rule: PopulationFileError.Rule) async throws {
        try await withTestApp { app in
            var lines = try synthetic.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            switch kind {
            case "negative":
                var cells = lines[5].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                cells[6] = "-12"
                lines[5] = cells.joined(separator: ",")
            case "unknown-area":
                lines[5] = lines[5].replacingOccurrences(of: "E06000055", with: "E06000999")
            default:
                lines = lines.map { line in
                    var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    if cells.count > 8 { cells.remove(at: 8) }
                    return cells.joined(separator: ",")
                }
            }
            let url = try PlanningFixture.file(lines.joined(separator: "\n"), named: "bad.csv")
            do {
                _ = try await PopulationStore(database: app.db).importFile(at: url, label: DemoPlanning.label)
                Issue.record("the \(kind) file should be refused")
            } catch let error as PopulationFileError {
                #expect(error.rule == rule)
                #expect(error.description.hasPrefix("bad.csv"))
            }
            #expect(try await PopulationReleaseEntity.query(on: app.db).count() == 0)
            #expect(try await PopulationValuesEntity.query(on: app.db).count() == 0)
        }
    }

    @Test("the command's summary names the release and says when it is synthetic")
    func summaryText() {
        let entity = PopulationReleaseEntity()
        entity.id = UUID()
        entity.release = "2022-based"
        entity.variant = "principal"
        entity.sourceFile = "2022 SNPP Population persons.csv"
        entity.isSynthetic = false
        entity.firstYear = 2022
        entity.lastYear = 2047
        entity.areaCount = 350
        let summary = PopulationImportSummary(
            release: PopulationRelease(entity), ignoredRows: 3, aggregatedCounties: [], replacedEarlierImport: true)
        let text = PopulationText.imported(summary)
        #expect(
            text.hasPrefix(
                "Imported ONS 2022-based sub-national population projections, principal variant: 2022–2047, 350 areas"))
        #expect(text.contains("replaces the earlier import"))
        #expect(text.contains("3 rows for geographies"))
    }
}
