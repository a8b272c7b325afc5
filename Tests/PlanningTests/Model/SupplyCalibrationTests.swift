import CarepathCore
import Planning
import Testing

/// Local data is used where the sample is big enough, defaults otherwise, and every parameter says which.
struct SupplyCalibrationTests {
    private func base(leavers: RateCounts?, staff: Double = 100) -> WorkforceBase {
        var base = WorkforceBase(asOfYear: 2026, stockByBand: [20, 20, 20, 20, 10, 5, 5].map { $0 * staff / 100 })
        base.declaredLeavers = leavers
        base.directCareStock = staff * 0.7
        base.workplaceCount = 4
        return base
    }

    private func assumption(_ key: String, in calibrated: CalibratedWorkforce) throws -> Assumption {
        try #require(calibrated.assumptions.first { $0.key == key })
    }

    @Test func measuredTurnoverIsTheStockWeightedMean() throws {
        let calibrated = SupplyCalibration.calibrate(
            base(leavers: RateCounts(numerator: 30, denominator: 100)), group: nil)
        #expect(abs(calibrated.supply.meanTurnover - 0.30) < 1e-9)
        let turnover = try assumption("turnover", in: calibrated)
        #expect(turnover.origin == .localData)
        #expect(turnover.source.contains("30 of 100"))
        #expect(calibrated.supply.turnover[0] > calibrated.supply.turnover[6])
        #expect(abs(calibrated.supply.directCareShare - 0.7) < 1e-9)
    }

    @Test func tooFewRecordsFallBackToTheRoleGroupDefault() throws {
        let calibrated = SupplyCalibration.calibrate(
            base(leavers: RateCounts(numerator: 3, denominator: 9), staff: 9), group: .directCare)
        #expect(abs(calibrated.supply.meanTurnover - 0.361) < 1e-9)
        #expect(try assumption("turnover", in: calibrated).origin == .default)
        #expect(try assumption("withinSectorShare", in: calibrated).value == 0.65)
        #expect(abs(calibrated.supply.entrantRate - 0.374 * 0.35) < 1e-12)
    }

    @Test func retirementNeverExceedsTurnover() {
        let calibrated = SupplyCalibration.calibrate(
            base(leavers: RateCounts(numerator: 1, denominator: 100)), group: nil)
        for (retirement, turnover) in zip(calibrated.supply.retirement, calibrated.supply.turnover) {
            #expect(retirement <= turnover)
        }
    }

    @Test func unknownAgesAreSpreadInProportion() {
        var workforce = base(leavers: nil)
        workforce.stockOfUnknownAge = 50
        let calibrated = SupplyCalibration.calibrate(workforce, group: nil)
        #expect(abs(calibrated.supply.stock.reduce(0, +) - 150) < 1e-9)
        #expect(abs(calibrated.supply.stock[0] - 30) < 1e-9)
    }

    @Test func declaredVacanciesSetTheBaseVacancyRate() throws {
        var workforce = base(leavers: nil)
        workforce.declaredVacancies = RateCounts(numerator: 10, denominator: 90)
        let calibrated = SupplyCalibration.calibrate(workforce, group: nil)
        // 10 / (90 + 10) = 10% vacant, applied to the 100 recorded posts: 100 × 0.1 / 0.9.
        #expect(abs(calibrated.baseVacancies - 100.0 / 9) < 1e-9)
        #expect(try assumption("vacancies", in: calibrated).origin == .localData)
    }

    @Test func defaultVacancyRateWhenNoneDeclared() {
        let calibrated = SupplyCalibration.calibrate(base(leavers: nil), group: nil)
        #expect(abs(calibrated.baseVacancies - 100 * 0.083 / 0.917) < 1e-9)
    }

    @Test func entrantAgeProfileFromRecentStarters() throws {
        var workforce = base(leavers: nil)
        workforce.recentStartersByBand = [6, 4, 0, 0, 0, 0, 0]
        let calibrated = SupplyCalibration.calibrate(workforce, group: nil)
        #expect(calibrated.supply.entrantAgeShare == [0.6, 0.4, 0, 0, 0, 0, 0])
        #expect(try assumption("entrantAgeShare", in: calibrated).origin == .localData)
    }
}
