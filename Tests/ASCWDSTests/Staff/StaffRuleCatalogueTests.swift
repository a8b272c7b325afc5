import ASCWDS
import Testing

@Suite("Staff rule catalogue")
struct StaffRuleCatalogueTests {
    static let allCases =
        StaffPersonalCases.failing + StaffEmploymentCases.failing + StaffContractCases.failing
        + StaffQualificationCases.failing

    @Test("every rule of the row validator has at least one failing case")
    func everyRuleTested() {
        let tested = Set(Self.allCases.flatMap(\.rules))
        let untested = StaffRule.all.map(\.id).filter { !tested.contains($0) }
        #expect(untested == [])
        #expect(Set(StaffRule.all.map(\.id)).count == StaffRule.all.count, "rule ids are unique")
    }

    @Test("every finding in the tables carries its rule's catalogued code and severity")
    func codesMatchCatalogue() {
        let rules = Dictionary(uniqueKeysWithValues: StaffRule.all.map { ($0.id, $0) })
        for expected in Self.allCases.flatMap(\.expected) {
            let parts = expected.split(separator: " ").map(String.init)
            guard let rule = rules[parts[0]] else { continue }
            #expect(parts[2] == rule.severity.rawValue, "\(expected)")
            if !parts[0].hasPrefix("ST-QUALACH") {
                #expect(parts[1] == (rule.code.map(String.init) ?? "-"), "\(expected)")
            }
        }
    }

    @Test("rule ids follow ST-<COLUMN>-<SLUG>")
    func ruleIDs() {
        for rule in StaffRule.all {
            #expect(rule.id.hasPrefix("ST-") && rule.id == rule.id.uppercased(), "\(rule)")
        }
    }

    @Test("qualification codes: 5010/5015/5020 for pair 1 up to 5050/5055/5060 for pair 3, none after")
    func qualificationCodes() {
        #expect(StaffRule.qualificationCodes(pair: 1)! == (5010, 5015, 5020))
        #expect(StaffRule.qualificationCodes(pair: 2)! == (5030, 5035, 5040))
        #expect(StaffRule.qualificationCodes(pair: 3)! == (5050, 5055, 5060))
        #expect(StaffRule.qualificationCodes(pair: 4) == nil)
    }

    @Test("ASC-WDS's reduction keeps one finding per code: AMHP and YEAROFENTRY share 3380 (10.7)")
    func sharedCode() throws {
        let result = try StaffFixture.validate(["YEAROFENTRY": "2010", "AMHP": "1"])
        #expect(result.findings.map(\.rule) == ["ST-YEAROFENTRY-UK-BORN", "ST-AMHP-NOT-APPLICABLE"])
        #expect(ASCWDSReduction.reduce(result.findings).map(\.rule) == ["ST-YEAROFENTRY-UK-BORN"])
    }
}
