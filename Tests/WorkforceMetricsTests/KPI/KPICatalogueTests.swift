import Testing
import WorkforceMetrics

@Suite("The KPI catalogue")
struct KPICatalogueTests {
    @Test func rawValuesAreDistinctURLSegments() {
        let rawValues = KPI.allCases.map(\.rawValue)
        #expect(Set(rawValues).count == KPI.allCases.count)
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        #expect(rawValues.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) })
        #expect(KPI(rawValue: "turnover") == .turnover)
    }

    @Test func labelsAreDistinctAndSectionsNameTheCatalogue() {
        #expect(Set(KPI.allCases.map(\.label)).count == KPI.allCases.count)
        #expect(KPI.allCases.allSatisfy { $0.specSection.hasPrefix("3 KPI-") })
    }

    @Test func unitsFollowWhatIsMeasured() {
        #expect(KPI.turnover.unit == .rate)
        #expect(KPI.sicknessDays.unit == .days)
        #expect(KPI.meanAge.unit == .years)
        #expect(KPI.careWorkerHourlyPay.unit == .poundsPerHour)
        #expect(KPI.registeredManagerAnnualPay.unit == .poundsPerYear)
        #expect(KPIUnit.poundsPerHour.rawValue == "pounds-per-hour")
    }

    @Test func populationsFollowTheSpec() {
        #expect(KPI.turnover.countsDirectlyEmployedOnly && KPI.turnover.usesDeclaredTotals)
        #expect(KPI.careWorkerHourlyPay.countsDirectlyEmployedOnly)
        #expect(!KPI.zeroHours.countsDirectlyEmployedOnly)
        #expect(!KPI.female.countsDirectlyEmployedOnly)
    }

    @Test(arguments: KPI.allCases)
    func anEmptyGroupHasNoValue(_ kpi: KPI) {
        let measurement = measure(kpi, [], [])
        #expect(measurement.value == nil)
        #expect(measurement.denominator == 0)
        #expect(measurement.workers == 0)
        #expect(measurement.workplaces == 0)
        #expect(measurement.largestWorkplaceShare == 0)
    }

    @Test func measureAllGivesEveryKPIAsMeasuredAlone() {
        let workers = [
            WorkerFacts(workplaceID: "A", mainJobRole: 8, employmentStatus: 1, daysSick: 2, pay: .hourly(12)),
            WorkerFacts(workplaceID: "B", mainJobRole: 8, employmentStatus: 2, daysSick: 4, pay: .hourly(13)),
        ]
        let workplaces = [WorkplaceFacts(workplaceID: "A", leavers: 1), WorkplaceFacts(workplaceID: "B", leavers: 0)]
        let all = KPICalculator.measureAll(workers: workers, workplaces: workplaces, at: countDate)
        #expect(all.count == KPI.allCases.count)
        #expect(all[.turnover]?.value == 0.5)
        #expect(all[.sicknessDays]?.value == 3)
        #expect(all[.careWorkerHourlyPay]?.value == 12.5)
    }
}
