import Testing
import WorkforceMetrics

@Suite("Recruitment source, time in role and experience")
struct CareerKPITests {
    private func starter(_ start: String?, source: Int?, status: Int = 1) -> WorkerFacts {
        WorkerFacts(
            workplaceID: "A", employmentStatus: status, mainRoleStartDate: start.map(day), recruitmentSource: source)
    }

    // Starters of 1 April 2024 – 31 March 2025 with sources 1, 2, 8, 5, 2 and two unknowns.
    private var starters: [WorkerFacts] {
        [
            starter("2024-06-01", source: 1),
            starter("2024-09-15", source: 2),
            starter("2025-01-10", source: 8),
            starter("2024-04-01", source: 5),
            starter("2025-03-31", source: 2),
            starter("2024-12-01", source: 16),
            starter("2024-11-01", source: nil),
            // Not starters: before the period, on the day before it, agency, no start date.
            starter("2023-01-01", source: 1),
            starter("2024-03-31", source: 1),
            starter("2024-10-01", source: 1, status: 4),
            starter(nil, source: 1),
        ]
    }

    @Test func recruitedWithinSectorCountsSources1And2OverKnownSources() {
        let within = measure(.recruitedWithinSector, starters)
        #expect(within.value == 0.6)
        #expect(within.numerator == 3)
        #expect(within.denominator == 5)
        #expect(within.excludedUnknown == 2)
    }

    @Test func internalPromotionIsASeparateShareOfTheSameStarters() {
        let promoted = measure(.recruitedInternally, starters)
        #expect(promoted.value == 0.2)
        #expect(promoted.denominator == 5)
    }

    @Test func timeInRoleExcludesMissingStartDatesAndReportsThem() {
        let workers = [
            starter("2020-05-01", source: nil),
            starter("2024-03-31", source: nil),
            starter("2024-04-01", source: nil),
            starter("2025-02-01", source: nil),
            starter(nil, source: nil),
            starter(nil, source: nil),
            starter("2010-01-01", source: nil, status: 4),
        ]
        let timeInRole = measure(.timeInRole, workers)
        // 12 months or more: 2020 and exactly a year before the count date.
        #expect(timeInRole.value == 0.5)
        #expect(timeInRole.workers == 4)
        #expect(timeInRole.excludedUnknown == 2)
        #expect(timeInRole.coverage == 4.0 / 6)
        #expect(KPI.timeInRole.isCoverageGated)
    }

    @Test func timeInRoleWithNoStartDatesHasNoValue() {
        let timeInRole = measure(.timeInRole, [starter(nil, source: nil), starter(nil, source: nil)])
        #expect(timeInRole.value == nil)
        #expect(timeInRole.excludedUnknown == 2)
    }

    @Test func experienceIsCountYearMinusStartYearOverEveryContract() {
        let workers = [
            WorkerFacts(workplaceID: "A", employmentStatus: 1, yearStartedInSector: 2015),
            WorkerFacts(workplaceID: "A", employmentStatus: 1, yearStartedInSector: 2023),
            WorkerFacts(workplaceID: "B", employmentStatus: 2, yearStartedInSector: 2022),
            WorkerFacts(workplaceID: "B", employmentStatus: 4, yearStartedInSector: 2005),
            WorkerFacts(workplaceID: "B", employmentStatus: 1, yearStartedInSector: nil),
            // After the count year: cannot be right at the count date.
            WorkerFacts(workplaceID: "B", employmentStatus: 1, yearStartedInSector: 2026),
        ]
        let years = measure(.experienceYears, workers)
        // (10 + 2 + 3 + 20) ÷ 4.
        #expect(years.value == 8.75)
        #expect(years.numerator == 35)
        #expect(years.excludedUnknown == 2)
        #expect(years.workplaces == 2)
        #expect(years.largestWorkplaceShare == 0.5)
        let threeYears = measure(.experienceThreeYears, workers)
        #expect(threeYears.value == 0.75)
    }
}
