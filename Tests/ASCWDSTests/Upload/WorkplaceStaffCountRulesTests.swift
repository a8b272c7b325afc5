import Testing

@testable import ASCWDS

@Suite("Workplace figures against staff rows (spec 4.5)")
struct WorkplaceStaffCountRulesTests {
    static func workplace(
        total: Int? = 3, starters: Int? = 1, leavers: Int? = 1, vacancies: Int? = 1, rmVacancy: Bool = false,
        regulated: Bool = true
    ) -> WorkplaceStaffCountRules.Workplace {
        .init(
            line: 4, reference: "WP 1", totalStaff: total, starters: starters, leavers: leavers, vacancies: vacancies,
            hasRegisteredManagerVacancy: rmVacancy, needsRegisteredManager: regulated)
    }

    static func rules(staff: Int, managers: Int = 1) -> WorkplaceStaffCountRules {
        var rules = WorkplaceStaffCountRules()
        for index in 0..<staff { rules.countStaff(atWorkplace: "WP1", isRegisteredManager: index < managers) }
        return rules
    }

    @Test("matching figures raise nothing")
    func consistent() {
        #expect(Self.rules(staff: 3).check(Self.workplace()).isEmpty)
    }

    @Test("TOTALPERMTEMP different from the staff count is 2200, and the range checks are skipped")
    func totalMismatch() {
        let findings = Self.rules(staff: 2).check(Self.workplace(starters: 9, leavers: 9, vacancies: 9))
        #expect(findings.map(\.code) == [2200])
        #expect(findings.first?.line == 4)
        #expect(findings.first?.localEstablishmentID == "WP 1")
    }

    @Test("starters above, leavers or vacancies at or above the staff count: 2310, 2320, 2300")
    func ranges() {
        #expect(Self.rules(staff: 3).check(Self.workplace(starters: 4, leavers: 2, vacancies: 2)).map(\.code) == [2310])
        #expect(Self.rules(staff: 3).check(Self.workplace(starters: 3, leavers: 3, vacancies: 2)).map(\.code) == [2320])
        #expect(Self.rules(staff: 3).check(Self.workplace(starters: 0, leavers: 0, vacancies: 3)).map(\.code) == [2300])
        #expect(Self.rules(staff: 3).check(Self.workplace(starters: nil, leavers: nil, vacancies: nil)).isEmpty)
    }

    @Test("a regulated workplace needs a registered manager row or a registered-manager vacancy (2301)")
    func registeredManager() {
        #expect(Self.rules(staff: 3, managers: 0).check(Self.workplace()).map(\.code) == [2301])
        #expect(Self.rules(staff: 3, managers: 0).check(Self.workplace(rmVacancy: true)).isEmpty)
        #expect(Self.rules(staff: 3, managers: 0).check(Self.workplace(regulated: false)).isEmpty)
        #expect(
            Self.rules(staff: 0).check(Self.workplace(total: 0, starters: 0, leavers: 0, vacancies: 0)).map(\.code) == [
                2320, 2300, 2301,
            ])
    }
}
