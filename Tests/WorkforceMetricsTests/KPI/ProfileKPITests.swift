import CarepathCore
import Testing
import WorkforceMetrics

@Suite("Workforce profile: age, gender, ethnicity, nationality, disability")
struct ProfileKPITests {
    // At 31 March 2025, with birthdays taken as 1 July: ages 23, 24, 25, 54 and 55.
    private let ages = [2001, 2000, 1999, 1970, 1969, nil].map {
        WorkerFacts(workplaceID: "A", employmentStatus: 4, yearOfBirth: $0)
    }

    @Test func meanAgeAndAgeBandsOverKnownYearsOfBirth() {
        let mean = measure(.meanAge, ages)
        #expect(mean.value == 181.0 / 5)
        #expect(mean.excludedUnknown == 1)
        #expect(measure(.agedUnder25, ages).value == 0.4)
        #expect(measure(.aged55AndOver, ages).value == 0.2)
    }

    @Test func ageDependsOnWhetherTheCountDateIsPastMidYear() {
        let born2000 = [WorkerFacts(workplaceID: "A", yearOfBirth: 2000)]
        let march = KPICalculator.measure(.meanAge, workers: born2000, workplaces: [], at: day("2025-03-31"))
        let september = KPICalculator.measure(.meanAge, workers: born2000, workplaces: [], at: day("2025-09-30"))
        #expect(march.value == 24)
        #expect(september.value == 25)
    }

    @Test func femaleShareExcludesDontKnow() {
        let workers = [2, 2, 1, 4, 3, nil].map { WorkerFacts(workplaceID: "A", gender: $0) }
        let female = measure(.female, workers)
        #expect(female.value == 0.5)
        #expect(female.denominator == 4)
        #expect(female.excludedUnknown == 2)
    }

    @Test func minorityEthnicShareUsesTheEthnicityGroups() {
        let workers = [31, 34, 39, 44, 98, 99, nil].map { WorkerFacts(workplaceID: "A", ethnicity: $0) }
        let share = measure(.blackAndMinorityEthnic, workers)
        #expect(share.value == 0.6)
        #expect(share.excludedUnknown == 2)
    }

    @Test func ethnicGroupsMatchTheCodeList() {
        #expect(EthnicGroup(ethnicityCode: 33) == .white)
        #expect(EthnicGroup(ethnicityCode: 38) == .mixed)
        #expect(EthnicGroup(ethnicityCode: 42) == .asian)
        #expect(EthnicGroup(ethnicityCode: 46) == .black)
        #expect(EthnicGroup(ethnicityCode: 47) == .other)
        #expect(EthnicGroup(ethnicityCode: 99) == nil)
        #expect(EthnicGroup.white.rawValue == "White")
        #expect((31...47).allSatisfy { EthnicGroup(ethnicityCode: $0) != nil })
    }

    @Test func nationalitySharesSplitKnownValuesIntoThree() {
        // British ×2, Germany and Poland (EU), India and 999 "other" (non-EU), don't know, blank.
        let workers = [826, 826, 276, 616, 356, 999, 998, nil].map { WorkerFacts(workplaceID: "A", nationality: $0) }
        let british = measure(.nationalityBritish, workers)
        let eu = measure(.nationalityEU, workers)
        let nonEU = measure(.nationalityNonEU, workers)
        #expect(british.value == 2.0 / 6)
        #expect(eu.value == 2.0 / 6)
        #expect(nonEU.value == 2.0 / 6)
        #expect(british.numerator + eu.numerator + nonEU.numerator == british.denominator)
        #expect(british.excludedUnknown == 2)
    }

    @Test func theEUListHasTheTwentySevenMemberStates() {
        #expect(NationalityGroup.europeanUnionCodes.count == 27)
        #expect(NationalityGroup(nationalityCode: 372) == .europeanUnion)
        #expect(NationalityGroup(nationalityCode: 826) == .british)
        #expect(NationalityGroup(nationalityCode: 578) == .nonEuropeanUnion)
        #expect(NationalityGroup(nationalityCode: 998) == nil)
    }

    @Test func disabledShareExcludesUndisclosedAndDontKnow() {
        let workers = [1, 0, 0, 2, 3].map { WorkerFacts(workplaceID: "A", disabled: $0) }
        let disabled = measure(.disabled, workers)
        #expect(disabled.value == 1.0 / 3)
        #expect(disabled.excludedUnknown == 2)
    }
}
