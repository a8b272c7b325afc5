import Testing
import WorkforceMetrics

@Suite("Turnover, starters and vacancy rates from declared totals")
struct DeclaredTotalsTests {
    // A: 5 permanent, 1 temporary, 2 agency, 1 bank (6 DE). B: 4 permanent. C: 2 permanent.
    let workers =
        records(5, WorkerFacts(workplaceID: "A", employmentStatus: 1))
        + [WorkerFacts(workplaceID: "A", employmentStatus: 2)]
        + records(2, WorkerFacts(workplaceID: "A", employmentStatus: 4))
        + [WorkerFacts(workplaceID: "A", employmentStatus: 3)]
        + records(4, WorkerFacts(workplaceID: "B", employmentStatus: 1))
        + records(2, WorkerFacts(workplaceID: "C", employmentStatus: 1))
    let workplaces = [
        WorkplaceFacts(workplaceID: "A", starters: 4, leavers: 3, vacancies: 1, declaredTotalStaff: 10),
        WorkplaceFacts(workplaceID: "B", starters: 0, leavers: 1, vacancies: nil, declaredTotalStaff: 4),
        WorkplaceFacts(workplaceID: "C", starters: 2, leavers: nil, vacancies: 2),
    ]

    @Test func turnoverIsDeclaredLeaversOverDirectlyEmployedRecordsOfWorkplacesThatKnow() {
        let turnover = measure(.turnover, workers, workplaces)
        // (3 + 1) ÷ (6 + 4); C's leavers are unknown, so its 2 records are excluded.
        #expect(turnover.value == 0.4)
        #expect(turnover.numerator == 4)
        #expect(turnover.denominator == 10)
        #expect(turnover.workers == 10)
        #expect(turnover.workplaces == 2)
        #expect(turnover.largestWorkplaceShare == 0.6)
        #expect(turnover.excludedUnknown == 2)
    }

    @Test func startersRateCountsADeclaredZero() {
        let starters = measure(.starters, workers, workplaces)
        // (4 + 0 + 2) ÷ (6 + 4 + 2).
        #expect(starters.value == 0.5)
        #expect(starters.workers == 12)
        #expect(starters.workplaces == 3)
        #expect(starters.largestWorkplaceShare == 0.5)
        #expect(starters.excludedUnknown == 0)
    }

    @Test func vacancyRateIsVacanciesOverDirectlyEmployedPlusVacancies() {
        let vacancy = measure(.vacancy, workers, workplaces)
        // (1 + 2) ÷ ((6 + 1) + (2 + 2)); B's vacancies are unknown.
        #expect(vacancy.value == 3.0 / 11)
        #expect(vacancy.denominator == 11)
        #expect(vacancy.workers == 8)
        #expect(vacancy.largestWorkplaceShare == 7.0 / 11)
        #expect(vacancy.excludedUnknown == 4)
    }

    @Test func agencyAndBankStaffAreOutsideTheBase() {
        let staff =
            records(2, WorkerFacts(workplaceID: "A", employmentStatus: 1))
            + records(8, WorkerFacts(workplaceID: "A", employmentStatus: 4))
            + [WorkerFacts(workplaceID: "A", employmentStatus: 3), WorkerFacts(workplaceID: "A", employmentStatus: 7)]
        let turnover = measure(.turnover, staff, [WorkplaceFacts(workplaceID: "A", leavers: 1)])
        #expect(turnover.value == 0.5)
        #expect(turnover.workers == 2)
        #expect(turnover.excludedUnknown == 0)
    }

    @Test func aMismatchBetweenDeclaredStaffAndRecordsStillGivesAFigure() {
        // ASC-WDS would refuse this (mismatch-workers); Carepath computes from the 23 records.
        let staff = records(23, WorkerFacts(workplaceID: "A", employmentStatus: 1))
        let home = WorkplaceFacts(workplaceID: "A", leavers: 5, declaredTotalStaff: 25)
        let turnover = measure(.turnover, staff, [home])
        #expect(turnover.value == 5.0 / 23)
        #expect(turnover.workers == 23)
    }

    @Test func recordsOfWorkplacesWithoutDeclaredFactsAreUnknown() {
        let staff =
            records(3, WorkerFacts(workplaceID: "A", employmentStatus: 1))
            + records(2, WorkerFacts(workplaceID: "unlisted", employmentStatus: 1))
        let turnover = measure(.turnover, staff, [WorkplaceFacts(workplaceID: "A", leavers: 1)])
        #expect(turnover.value == 1.0 / 3)
        #expect(turnover.excludedUnknown == 2)
        #expect(turnover.coverage == 0.6)
    }

    @Test func aWorkplaceListedTwiceCountsOnce() {
        let staff = records(4, WorkerFacts(workplaceID: "A", employmentStatus: 1))
        let listed = [WorkplaceFacts(workplaceID: "A", leavers: 2), WorkplaceFacts(workplaceID: "A", leavers: 2)]
        let turnover = measure(.turnover, staff, listed)
        #expect(turnover.value == 0.5)
        #expect(turnover.workplaces == 1)
    }

    @Test func noDirectlyEmployedRecordsGiveNoTurnoverButVacanciesStillHaveABase() {
        let agency = records(3, WorkerFacts(workplaceID: "A", employmentStatus: 4))
        let home = WorkplaceFacts(workplaceID: "A", leavers: 2, vacancies: 2)
        let turnover = measure(.turnover, agency, [home])
        #expect(turnover.value == nil)
        #expect(turnover.numerator == 2)
        #expect(turnover.denominator == 0)
        #expect(turnover.workplaces == 0)
        #expect(turnover.largestWorkplaceShare == 0)
        // Every post is vacant: 2 ÷ (0 + 2).
        let vacancy = measure(.vacancy, agency, [home])
        #expect(vacancy.value == 1)
        #expect(vacancy.workplaces == 1)
        #expect(vacancy.workers == 0)
    }

    @Test func unknownFiguresEverywhereGiveNoValue() {
        let staff = records(4, WorkerFacts(workplaceID: "A", employmentStatus: 1))
        let starters = measure(.starters, staff, [WorkplaceFacts(workplaceID: "A")])
        #expect(starters.value == nil)
        #expect(starters.excludedUnknown == 4)
        #expect(starters.coverage == 0)
    }
}
