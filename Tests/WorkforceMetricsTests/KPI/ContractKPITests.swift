import Testing
import WorkforceMetrics

@Suite("Sickness, zero-hours contracts and qualifications")
struct ContractKPITests {
    private let sickness = [
        WorkerFacts(workplaceID: "A", employmentStatus: 1, daysSick: 4),
        WorkerFacts(workplaceID: "A", employmentStatus: 1, daysSick: 2.5),
        WorkerFacts(workplaceID: "B", employmentStatus: 2, daysSick: 0),
        WorkerFacts(workplaceID: "B", employmentStatus: 1, daysSick: nil),
        WorkerFacts(workplaceID: "B", employmentStatus: 4, daysSick: 10),
        WorkerFacts(workplaceID: "B", employmentStatus: 3, daysSick: 3),
    ]

    @Test func sicknessMeanIsOverDirectlyEmployedWorkersWithAKnownValue() {
        let mean = measure(.sicknessDays, sickness)
        #expect(mean.value == 6.5 / 3)
        #expect(mean.numerator == 6.5)
        #expect(mean.denominator == 3)
        #expect(mean.excludedUnknown == 1)
        #expect(mean.largestWorkplaceShare == 2.0 / 3)
    }

    @Test func totalSicknessDaysIsTheSumOverTheSameWorkers() {
        let total = measure(.sicknessTotalDays, sickness)
        #expect(total.value == 6.5)
        #expect(total.workers == 3)
        #expect(measure(.sicknessTotalDays, []).value == nil)
    }

    @Test func zeroHoursShareIsOverEveryContractAndExcludesDontKnow() {
        let workers = [
            WorkerFacts(workplaceID: "A", employmentStatus: 1, zeroHoursContract: 1),
            WorkerFacts(workplaceID: "A", employmentStatus: 4, zeroHoursContract: 1),
            WorkerFacts(workplaceID: "A", employmentStatus: 1, zeroHoursContract: 2),
            WorkerFacts(workplaceID: "B", employmentStatus: 3, zeroHoursContract: 2),
            WorkerFacts(workplaceID: "B", employmentStatus: 1, zeroHoursContract: 999),
            WorkerFacts(workplaceID: "B", employmentStatus: 1, zeroHoursContract: nil),
        ]
        let zeroHours = measure(.zeroHours, workers)
        #expect(zeroHours.value == 0.5)
        #expect(zeroHours.workers == 4)
        #expect(zeroHours.workplaces == 2)
        #expect(zeroHours.largestWorkplaceShare == 0.75)
        #expect(zeroHours.excludedUnknown == 2)
    }

    @Test func qualifiedFollowsTheASCWDSNumeratorAndDenominator() {
        func carer(_ role: Int, _ answer: Int?, level: Int? = nil, status: Int = 1) -> WorkerFacts {
            WorkerFacts(
                workplaceID: "A", mainJobRole: role, employmentStatus: status, socialCareQualification: answer,
                socialCareQualificationLevel: level)
        }
        let workers = [
            carer(8, 1, level: 2), carer(7, 1, level: 3), carer(8, 1, level: 8, status: 4),
            carer(38, 1, level: 1), carer(9, 1, level: 0), carer(23, 2),
            // Unknown: don't know, not answered, yes with level 999, yes without a level.
            carer(10, 999), carer(11, nil), carer(8, 1, level: 999), carer(8, 1),
            // Not care-providing: a registered nurse and a cook.
            carer(16, 1, level: 6), carer(26, 2),
        ]
        let qualified = measure(.qualified, workers)
        #expect(qualified.value == 0.5)
        #expect(qualified.numerator == 3)
        #expect(qualified.denominator == 6)
        #expect(qualified.excludedUnknown == 4)
    }
}
