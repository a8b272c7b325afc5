import Testing
import WorkforceMetrics

@Suite("Median pay by role")
struct PayKPITests {
    private func paid(
        _ role: Int, _ pay: WorkerFacts.Pay?, hours: Double? = nil, status: Int = 1, at workplace: String = "A"
    ) -> WorkerFacts {
        WorkerFacts(
            workplaceID: workplace, mainJobRole: role, employmentStatus: status, pay: pay, contractedHours: hours)
    }

    private var careWorkers: [WorkerFacts] {
        [
            paid(8, .hourly(11.44)), paid(8, .hourly(12)), paid(8, .hourly(12.5), at: "B"),
            // Unknown: below the £2.50 floor, no pay.
            paid(8, .hourly(2)), paid(8, nil),
            // Outside: agency care worker, a senior care worker.
            paid(8, .hourly(20), status: 4), paid(7, .hourly(13)),
        ]
    }

    @Test func medianOfAnOddCountIsTheMiddleValueNotTheMean() {
        let median = measure(.careWorkerHourlyPay, careWorkers)
        #expect(median.value == 12)
        #expect(median.numerator == 3)
        #expect(median.denominator == 3)
        #expect(median.excludedUnknown == 2)
        #expect(median.workplaces == 2)
        #expect(median.largestWorkplaceShare == 2.0 / 3)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        // The annual salary on 20 hours is £19.18 an hour and joins the top of the list.
        let median = measure(.careWorkerHourlyPay, careWorkers + [paid(8, .annual(20_000), hours: 20)])
        #expect(median.value == 12.25)
        #expect(median.denominator == 4)
    }

    @Test func seniorCareWorkersAreTheirOwnGroup() {
        #expect(measure(.seniorCareWorkerHourlyPay, careWorkers).value == 13)
    }

    @Test func nursePayIsTheMedianAnnualFullTimeEquivalent() {
        let nurses = [
            paid(16, .annual(40_000), hours: 37.5),  // 39,466.67 for 37 hours
            paid(16, .annual(36_000), hours: 30),  // 44,400
            paid(16, .hourly(22)),  // 22 × 37 × 52.14 = 42,441.96
            paid(16, .annual(260_000)),  // above the £250,000 ceiling
        ]
        let median = measure(.registeredNurseAnnualPay, nurses)
        #expect(isClose(median.value, 42_441.96, tolerance: 1e-6))
        #expect(median.denominator == 3)
        #expect(median.excludedUnknown == 1)
    }

    @Test func managerPayWithoutHoursStaysAsRecorded() {
        let managers = [
            paid(4, .annual(45_000)), paid(4, .annual(55_000), at: "B"), paid(4, .annual(90_000), status: 3),
        ]
        let median = measure(.registeredManagerAnnualPay, managers)
        #expect(median.value == 50_000)
        #expect(median.workplaces == 2)
    }

    @Test func noUsablePayGivesNoMedian() {
        let median = measure(.careWorkerHourlyPay, [paid(8, nil), paid(8, .hourly(250))])
        #expect(median.value == nil)
        #expect(median.denominator == 0)
        #expect(median.excludedUnknown == 2)
    }
}
