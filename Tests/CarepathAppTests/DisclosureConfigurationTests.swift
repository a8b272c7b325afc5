import CarepathCore
import Foundation
import Testing
import WorkforceMetrics

@testable import CarepathApp

@Suite("Disclosure configuration")
struct DisclosureConfigurationTests {
    @Test("with nothing set, the published defaults apply and nothing is looser")
    func defaults() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.disclosure == DisclosureControl())
        #expect(config.looserDisclosureSettings.isEmpty)
        #expect(config.disclosureSummary.contains("counts 1–7 suppressed"))
    }

    @Test("a data-protection officer can tighten every threshold")
    func tightened() throws {
        let config = try AppConfig.fromEnvironment([
            "CAREPATH_SDC_SMALL_COUNT_MAX": "10", "CAREPATH_SDC_COUNT_ROUNDING_BASE": "10",
            "CAREPATH_SDC_MIN_WORKERS": "20", "CAREPATH_SDC_MIN_WORKPLACES": "5",
            "CAREPATH_SDC_DOMINANCE_MAX_SHARE": "0.4", "CAREPATH_SDC_ESTIMATE_ROUNDING": "50<1000,500",
            "CAREPATH_KPI_MIN_COVERAGE": "0.9",
        ])
        let thresholds = config.disclosure.thresholds
        #expect(thresholds.smallCountMax == 10)
        #expect(thresholds.minimumWorkers == 20)
        #expect(thresholds.minimumWorkplaces == 5)
        #expect(thresholds.dominanceMaxShare == 0.4)
        #expect(thresholds.estimateRounding.round(740) == 750)
        #expect(thresholds.estimateRounding.round(1_260) == 1_500)
        #expect(config.disclosure.minimumCoverage == 0.9)
        #expect(config.looserDisclosureSettings.isEmpty)
    }

    @Test("a looser setting is accepted but named for the start-up warning")
    func looser() throws {
        let config = try AppConfig.fromEnvironment([
            "CAREPATH_SDC_MIN_WORKERS": "3", "CAREPATH_SDC_DOMINANCE_MAX_SHARE": "0.9",
        ])
        #expect(config.looserDisclosureSettings == ["CAREPATH_SDC_MIN_WORKERS", "CAREPATH_SDC_DOMINANCE_MAX_SHARE"])
    }

    @Test("bad values are reported together, each naming its variable")
    func invalid() {
        do {
            _ = try AppConfig.fromEnvironment([
                "CAREPATH_SDC_MIN_WORKERS": "ten", "CAREPATH_SDC_DOMINANCE_MAX_SHARE": "1.5",
                "CAREPATH_SDC_ESTIMATE_ROUNDING": "10<lots,100",
            ])
            Issue.record("the values should be refused")
        } catch {
            #expect(
                error.problems.map(\.source) == [
                    "CAREPATH_SDC_MIN_WORKERS", "CAREPATH_SDC_DOMINANCE_MAX_SHARE", "CAREPATH_SDC_ESTIMATE_ROUNDING",
                ])
        }
    }
}
