import Testing
import WorkforceMetrics

@Suite("Pay normalisation (section 4)")
struct PayNormalisationTests {
    @Test func anAnnualSalaryOnTwentyContractedHoursBecomesAnHourlyRate() {
        let worker = WorkerFacts(workplaceID: "A", pay: .annual(20_000), contractedHours: 20)
        // 20,000 ÷ (20 × 52.14).
        #expect(isClose(worker.hourlyPay, 19.179_133_103_183_7, tolerance: 1e-12))
        #expect(worker.annualFullTimeEquivalentPay == 37_000)
    }

    @Test func weeklyHoursFallBackFromContractedToAverageToFullTime() {
        #expect(PayNormalisation.weeklyHours(contracted: 20, average: 30) == 20)
        #expect(PayNormalisation.weeklyHours(contracted: 0, average: 16) == 16)
        #expect(PayNormalisation.weeklyHours(contracted: nil, average: 0) == 37)
        #expect(PayNormalisation.weeklyHours(contracted: nil, average: nil) == 37)
        let noHours = WorkerFacts(workplaceID: "A", pay: .annual(24_000))
        #expect(isClose(noHours.hourlyPay, 24_000 / (37 * 52.14)))
        #expect(noHours.annualFullTimeEquivalentPay == 24_000)
    }

    @Test func anHourlyRateBecomesAnAnnualFullTimeEquivalent() {
        let worker = WorkerFacts(workplaceID: "A", pay: .hourly(12), contractedHours: 16)
        // 12 × 37 × 52.14, whatever the hours worked.
        #expect(isClose(worker.annualFullTimeEquivalentPay, 23_150.16, tolerance: 1e-6))
        #expect(worker.hourlyPay == 12)
    }

    @Test func valuesOutsideTheValidationRangesAreDropped() {
        #expect(PayNormalisation.hourlyRate(.hourly(2.49), weeklyHours: 37) == nil)
        #expect(PayNormalisation.hourlyRate(.hourly(200.01), weeklyHours: 37) == nil)
        #expect(PayNormalisation.annualFullTimeEquivalent(.annual(499), weeklyHours: 37) == nil)
        #expect(PayNormalisation.annualFullTimeEquivalent(.annual(250_001), weeklyHours: 37) == nil)
        #expect(PayNormalisation.hourlyRate(.hourly(2.5), weeklyHours: 37) == 2.5)
        #expect(PayNormalisation.hourlyRate(.hourly(200), weeklyHours: 37) == 200)
        #expect(PayNormalisation.annualFullTimeEquivalent(.annual(500), weeklyHours: 37) == 500)
        #expect(PayNormalisation.annualFullTimeEquivalent(.annual(250_000), weeklyHours: 37) == 250_000)
    }
}
