import ASCWDS
import Testing

/// Rules of spec 4.2 and 4.4: total staff, job roles, starters, leavers, vacancies and reasons.
@Suite("Workplace rows: staff, job roles and leavers")
struct WorkplaceStaffingRuleTests {
    /// No job roles, so the measures may only be blank, 0 or 999.
    static let noJobRoles = [
        "ALLJOBROLES": "", "STARTERS": "", "LEAVERS": "", "VACANCIES": "", "REASONS": "", "REASONNOS": "",
    ]

    static let fails: [WorkplaceRuleCase] = [
        .init(changes: ["TOTALPERMTEMP": ""], rule: "WP-TOTALPERMTEMP-BLANK", code: 1200, column: "TOTALPERMTEMP"),
        .init(changes: ["TOTALPERMTEMP": "1000"], rule: "WP-TOTALPERMTEMP-RANGE", code: 1200, column: "TOTALPERMTEMP"),
        .init(changes: ["TOTALPERMTEMP": "4.5"], rule: "WP-TOTALPERMTEMP-RANGE", code: 1200, column: "TOTALPERMTEMP"),
        .init(changes: ["TOTALPERMTEMP": "-1"], rule: "WP-TOTALPERMTEMP-RANGE", code: 1200, column: "TOTALPERMTEMP"),
        .init(changes: ["TOTALPERMTEMP": "0"], rule: "WP-TOTALPERMTEMP-ZERO", code: 1200, column: "TOTALPERMTEMP"),
        .init(changes: ["ALLJOBROLES": ""], rule: "WP-ALLJOBROLES-REQUIRED", code: 1280, column: "ALLJOBROLES"),
        .init(
            changes: WorkplaceFixture.on(noJobRoles, ["VACANCIES": "0;2"]), rule: "WP-ALLJOBROLES-REQUIRED",
            code: 1280, column: "ALLJOBROLES"),
        .init(changes: ["ALLJOBROLES": "4;x"], rule: "WP-ALLJOBROLES-NOT-A-CODE", code: 1280, column: "ALLJOBROLES"),
        .init(changes: ["ALLJOBROLES": "4;22"], rule: "WP-ALLJOBROLES-UNKNOWN", code: 1280, column: "ALLJOBROLES"),
        .init(
            changes: ["ALLJOBROLES": "4; 8"], rule: "WP-ALLJOBROLES-SPACES", code: nil, severity: .warning,
            column: "ALLJOBROLES"),
        .init(
            changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["VACANCIES": "1;1"]),
            rule: "WP-VACANCIES-REGISTERED-MANAGER", code: 2180, severity: .warning, column: "ALLJOBROLES/VACANCIES"),
        .init(changes: ["VACANCIES": "1"], rule: "WP-VACANCIES-COUNT", code: 1300, column: "ALLJOBROLES/VACANCIES"),
        .init(changes: ["STARTERS": "1;0;0"], rule: "WP-STARTERS-COUNT", code: 1310, column: "ALLJOBROLES/STARTERS"),
        .init(changes: ["LEAVERS": "1"], rule: "WP-LEAVERS-COUNT", code: 1320, column: "ALLJOBROLES/LEAVERS"),
        .init(changes: ["VACANCIES": "0;abc"], rule: "WP-VACANCIES-VALUE", code: 1300, column: "VACANCIES"),
        .init(changes: ["STARTERS": "1;"], rule: "WP-STARTERS-VALUE", code: 1310, column: "STARTERS"),
        .init(changes: ["LEAVERS": "0;1000"], rule: "WP-LEAVERS-VALUE", code: 1320, column: "LEAVERS"),
        .init(changes: ["VACANCIES": "0;1.5"], rule: "WP-VACANCIES-VALUE", code: 1300, column: "VACANCIES"),
        .init(
            changes: WorkplaceFixture.on(noJobRoles, ["STARTERS": "abc"]), rule: "WP-STARTERS-IGNORED", code: nil,
            severity: .warning, column: "STARTERS"),
        .init(
            changes: WorkplaceFixture.on(noJobRoles, ["VACANCIES": "999;0"]), rule: "WP-VACANCIES-IGNORED",
            code: nil, severity: .warning, column: "VACANCIES"),
        .init(
            changes: ["REASONS": "1;x", "REASONNOS": "1;0"], rule: "WP-REASONS-NOT-A-CODE", code: 1360,
            column: "REASONS"),
        .init(changes: ["REASONNOS": "a"], rule: "WP-REASONNOS-VALUE", code: 1360, column: "REASONNOS"),
        .init(changes: ["REASONNOS": "-1"], rule: "WP-REASONNOS-VALUE", code: 1360, column: "REASONNOS"),
        .init(
            changes: ["REASONS": "1;2", "REASONNOS": "1"], rule: "WP-REASONS-COUNT", code: 1360,
            column: "REASONS/REASONNOS"),
        .init(changes: ["REASONNOS": "2"], rule: "WP-REASONNOS-TOTAL", code: 1360, column: "REASONNOS/LEAVERS"),
        .init(
            changes: ["LEAVERS": "0;0"], rule: "WP-REASONS-IGNORED", code: nil, severity: .warning,
            column: "REASONS/REASONNOS"),
        .init(
            changes: ["REASONS": ""], rule: "WP-REASONS-IGNORED", code: nil, severity: .warning,
            column: "REASONS/REASONNOS"),
    ]

    /// Carepath-only notices for rules shared by several columns.
    static let notices: [WorkplaceRuleCase] = [
        .init(
            changes: WorkplaceFixture.on(noJobRoles, ["LEAVERS": "none"]), rule: "WP-LEAVERS-IGNORED", code: nil,
            severity: .warning, column: "LEAVERS"),
        .init(
            changes: ["STARTERS": "1; 2"], rule: "WP-STARTERS-SPACES", code: nil, severity: .warning,
            column: "STARTERS"),
        .init(
            changes: ["LEAVERS": "0;2", "REASONS": "1; 3", "REASONNOS": "1;1"], rule: "WP-REASONS-SPACES", code: nil,
            severity: .warning, column: "REASONS"),
    ]

    static let passes: [WorkplacePassCase] = [
        .init(
            why: "head office with no staff",
            changes: WorkplaceFixture.on(WorkplaceFixture.headOffice, ["TOTALPERMTEMP": "0"])),
        .init(why: "999 staff", changes: ["TOTALPERMTEMP": "999"]),
        .init(why: "no job roles and no measures", changes: noJobRoles),
        .init(
            why: "no job roles with none and don't know",
            changes: WorkplaceFixture.on(noJobRoles, ["STARTERS": "0", "LEAVERS": "999", "VACANCIES": "0;0"])),
        .init(
            why: "don't know for a measure with job roles",
            changes: ["STARTERS": "999", "LEAVERS": "999", "VACANCIES": "999", "REASONS": "", "REASONNOS": ""]),
        .init(why: "counts up to 999", changes: ["STARTERS": "999;999"]),
        .init(why: "registered-manager vacancy at a CQC-regulated workplace", changes: ["VACANCIES": "1;1"]),
        .init(
            why: "reasons adding up to the leavers", changes: ["LEAVERS": "1;2", "REASONS": "1;3", "REASONNOS": "1;2"]),
        .init(why: "reasons with a zero count", changes: ["REASONS": "1;3", "REASONNOS": "1;0"]),
        .init(why: "no reasons although there are leavers", changes: ["REASONS": "", "REASONNOS": ""]),
    ]

    @Test("each broken rule gives exactly its finding", arguments: fails + notices)
    func failing(_ rule: WorkplaceRuleCase) throws {
        try WorkplaceFixture.expectOnlyFinding(rule)
    }

    @Test("rows that keep within the rules give no finding", arguments: passes)
    func passing(_ rule: WorkplacePassCase) throws {
        try WorkplaceFixture.expectNoFinding(rule)
    }
}
