import Testing
import WorkforceMetrics

/// The published figures of workforce-metrics.md 9, rebuilt as groups of records and declared
/// totals and measured through ``KPICalculator``.
@Suite("Section 9 validation arithmetic")
struct ValidationArithmeticTests {
    /// `count` directly employed records spread evenly over workplaces of `perWorkplace`, each
    /// declaring `leavers` and `vacancies`.
    private func group(
        workplaces count: Int, perWorkplace: Int, leavers: Double? = nil, vacancies: Double? = nil
    ) -> (workers: [WorkerFacts], workplaces: [WorkplaceFacts]) {
        var workers: [WorkerFacts] = []
        var workplaces: [WorkplaceFacts] = []
        for index in 0..<count {
            let id = "W\(index)"
            workers += records(perWorkplace, WorkerFacts(workplaceID: id, employmentStatus: 1))
            workplaces.append(WorkplaceFacts(workplaceID: id, leavers: leavers, vacancies: vacancies))
        }
        return (workers, workplaces)
    }

    @Test func leicestershireLeaversAreTurnoverTimesStaff() {
        // 12,000 direct-care workers, 4,644 leavers: 38.7 %, published as 4,650 (nearest 50).
        let directCare = group(workplaces: 12, perWorkplace: 1_000, leavers: 387)
        let turnover = measure(.turnover, directCare.workers, directCare.workplaces)
        #expect(isClose(turnover.value, 0.387))
        let leavers = turnover.value! * turnover.denominator
        #expect(isClose(leavers, 4_644, tolerance: 1e-6))
        #expect((leavers / 50).rounded() * 50 == 4_650)
        #expect(turnover.largestWorkplaceShare == 1.0 / 12)
    }

    @Test func leicestershireManagersAndProfessionals() {
        // Managers: 1,200 × 9.2 % = 110 leavers; professionals: 500 × 18.6 % = 93.
        let managers = group(workplaces: 12, perWorkplace: 100, leavers: 110.0 / 12)
        #expect(percentToOneDecimal(measure(.turnover, managers.workers, managers.workplaces).value) == 9.2)
        let professionals = group(workplaces: 5, perWorkplace: 100, leavers: 93.0 / 5)
        #expect(isClose(measure(.turnover, professionals.workers, professionals.workplaces).value, 0.186))
    }

    @Test func northWestTurnoverAndVacancyRestOnTheDirectlyEmployedBase() {
        // 43,000 leavers at 25.9 % imply ≈ 166,000 directly employed staff.
        let forTurnover = group(workplaces: 166, perWorkplace: 1_000, leavers: 43_000.0 / 166)
        let turnover = measure(.turnover, forTurnover.workers, forTurnover.workplaces)
        #expect(percentToOneDecimal(turnover.value) == 25.9)
        #expect(turnover.denominator == 166_000)
        // 9,500 vacancies at 5.7 % imply ≈ 166,000 posts, that is directly employed staff plus
        // vacancies (V ÷ (DE + V)), so about 157,000 staff.
        let forVacancy = group(workplaces: 157, perWorkplace: 1_000, vacancies: 9_500.0 / 157)
        let vacancy = measure(.vacancy, forVacancy.workers, forVacancy.workplaces)
        #expect(percentToOneDecimal(vacancy.value) == 5.7)
        #expect(isClose(vacancy.denominator, 166_500, tolerance: 1e-6))
    }

    @Test func norfolkTotalSicknessIsMeanTimesWorkers() {
        // 88,000 days at 3.8 days a worker ≈ 23,000 workers.
        let workers =
            records(19_000, WorkerFacts(workplaceID: "A", employmentStatus: 1, daysSick: 4))
            + records(4_000, WorkerFacts(workplaceID: "B", employmentStatus: 1, daysSick: 3))
        let mean = measure(.sicknessDays, workers)
        let total = measure(.sicknessTotalDays, workers)
        #expect(total.value == 88_000)
        #expect(((mean.value ?? 0) * 10).rounded() / 10 == 3.8)
        #expect(isClose((mean.value ?? 0) * Double(mean.workers), total.value ?? 0, tolerance: 1e-6))
        #expect(mean.workers == 23_000)
    }

    @Test func netExitsFromTheWithinSectorShareOfStarters() {
        // 2021/22: 63 % of starters came from within the sector; 400,000 × (1 − 0.63) ≈ 150,000.
        let starter = WorkerFacts(workplaceID: "A", employmentStatus: 1, mainRoleStartDate: day("2024-10-01"))
        var fromWithin = starter
        fromWithin.recruitmentSource = 2
        var fromOutside = starter
        fromOutside.recruitmentSource = 5
        let share = measure(.recruitedWithinSector, records(63, fromWithin) + records(37, fromOutside))
        #expect(share.value == 0.63)
        let netExits = 400_000 * (1 - share.value!)
        #expect((netExits / 10_000).rounded() * 10_000 == 150_000)
    }
}
