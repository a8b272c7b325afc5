import CarepathCore
import Fluent
import Foundation
import Planning
import Vapor

/// Demo mode's planning data: the synthetic population file and a few named scenarios, so the
/// planning pages have something to compare.
enum DemoPlanning {
    /// The shipped synthetic population projection; it is labelled synthetic wherever it is shown.
    static var populationFile: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Population/synthetic-snpp-east-of-england.csv")
    }

    static let label = PopulationStore.Label(release: "Synthetic demo", variant: "synthetic", isSynthetic: true)

    /// The areas that get demo scenarios: the region and Norfolk.
    static let scenarioAreas = ["E12000006", "E10000020"].compactMap(AreaCode.init(rawValue:))

    /// Named scenarios after the strategies' questions (workforce-planning.md 3.1).
    static var scenarios: [(name: String, levers: ScenarioLevers)] {
        var values = ScenarioLevers()
        values.valuesBasedRecruitmentShare = 1
        var pay = ScenarioLevers()
        pay.payAboveLivingWageShare = 0.5
        var international = ScenarioLevers()
        international.internationalShare = 0.1
        var apprentices = ScenarioLevers()
        apprentices.extraApprenticesPerYear = 200
        apprentices.zeroHoursMovedShare = 0.2
        return [
            ("Values-based recruitment", values), ("Half of care staff paid £1.50 above the NLW", pay),
            ("International recruitment halved", international),
            ("More apprentices, fewer zero-hours contracts", apprentices),
        ]
    }

    /// Imports the synthetic population and saves the demo scenarios, unless population data exists.
    static func loadIfEmpty(_ app: Application) async throws {
        guard try await PopulationReleaseEntity.query(on: app.db).count() == 0 else { return }
        _ = try await PopulationStore(database: app.db).importFile(at: populationFile, label: label)
        let store = ScenarioStore(database: app.db)
        for area in scenarioAreas {
            for scenario in scenarios {
                _ = try await store.save(name: scenario.name, levers: scenario.levers, in: area)
            }
        }
        app.logger.notice(
            "Demo planning data loaded: the synthetic population projection and \(scenarios.count) scenarios per area.")
    }
}
