import ASCWDS
import Testing

/// Rules of spec 4.2 and 4.3 for services, capacity, utilisation, service users and DHA.
@Suite("Workplace rows: services, capacity, service users and DHA")
struct WorkplaceServiceRuleTests {
    /// Two services, domiciliary care (8) and short breaks (14, no capacity or utilisation question).
    static let twoServices = ["ALLSERVICES": "8;14", "CAPACITY": ";", "UTILISATION": "85;", "SERVICEDESC": ";"]
    /// Domestic services (10): cannot do delegated healthcare activities; not CQC-regulated.
    static let domestic = [
        "REGTYPE": "0", "PROVNUM": "", "LOCATIONID": "", "MAINSERVICE": "10", "ALLSERVICES": "10",
        "UTILISATION": "20", "DHA": "", "DHAACTIVITIES": "", "SLEEPINS": "", "SLEEPINPAY": "", "TRAVELTIME": "",
        "TTDIFFRATE": "",
    ]

    static func on2(_ changes: [String: String]) -> [String: String] {
        WorkplaceFixture.on(twoServices, changes)
    }

    static let fails: [WorkplaceRuleCase] = [
        .init(changes: ["ALLSERVICES": ""], rule: "WP-ALLSERVICES-BLANK", code: 1120, column: "ALLSERVICES"),
        .init(
            changes: ["ALLSERVICES": "14", "UTILISATION": ""], rule: "WP-ALLSERVICES-MAINSERVICE-MISSING",
            code: 1120, column: "ALLSERVICES"),
        .init(
            changes: ["ALLSERVICES": "8;0;14", "CAPACITY": ";;", "UTILISATION": "85;;", "SERVICEDESC": ";;"],
            rule: "WP-ALLSERVICES-NONE-WITH-OTHERS", code: 1121, column: "ALLSERVICES"),
        .init(changes: ["ALLSERVICES": "8;;14"], rule: "WP-ALLSERVICES-NOT-A-CODE", code: 1120, column: "ALLSERVICES"),
        .init(changes: on2(["ALLSERVICES": "8;99"]), rule: "WP-ALLSERVICES-UNKNOWN", code: 1120, column: "ALLSERVICES"),
        .init(
            changes: on2(["ALLSERVICES": "8; 14"]), rule: "WP-ALLSERVICES-SPACES", code: nil, severity: .warning,
            column: "ALLSERVICES"),
        .init(
            changes: on2(["SERVICEDESC": "a;b;c"]), rule: "WP-SERVICEDESC-COUNT", code: 1120,
            column: "ALLSERVICES/SERVICEDESC"),
        .init(
            changes: on2(["ALLSERVICES": "8;12", "SERVICEDESC": ";" + WorkplaceFixture.text(121)]),
            rule: "WP-SERVICEDESC-TOO-LONG", code: 1120, column: "SERVICEDESC"),
        .init(changes: on2(["CAPACITY": ""]), rule: "WP-CAPACITY-COUNT", code: 1140, column: "ALLSERVICES/CAPACITY"),
        .init(
            changes: on2(["UTILISATION": "85"]), rule: "WP-UTILISATION-COUNT", code: 1140,
            column: "ALLSERVICES/UTILISATION"),
        .init(changes: ["CAPACITY": "abc"], rule: "WP-CAPACITY-VALUE", code: 1140, column: "CAPACITY"),
        .init(
            changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["CAPACITY": "9999"]), rule: "WP-CAPACITY-VALUE",
            code: 1140, column: "CAPACITY"),
        .init(changes: ["UTILISATION": "-1"], rule: "WP-UTILISATION-VALUE", code: 1140, column: "UTILISATION"),
        .init(changes: ["UTILISATION": "8.5"], rule: "WP-UTILISATION-VALUE", code: 1140, column: "UTILISATION"),
        .init(changes: ["CAPACITY": "120"], rule: "WP-CAPACITY-NOT-ASKED", code: 1140, column: "CAPACITY"),
        .init(changes: ["CAPACITY": "0"], rule: "WP-CAPACITY-NOT-ASKED", code: 1140, column: "CAPACITY"),
        .init(
            changes: on2(["UTILISATION": "85;3"]), rule: "WP-UTILISATION-NOT-ASKED", code: 1140, severity: .warning,
            column: "UTILISATION"),
        .init(
            changes: ["ALLSERVICES": "0;8"], rule: "WP-UTILISATION-NONE-FIRST", code: 1140, severity: .warning,
            column: "ALLSERVICES/UTILISATION"),
        .init(
            changes: WorkplaceFixture.on(
                WorkplaceFixture.dayCentre,
                ["ALLSERVICES": "6;7", "CAPACITY": "25; 5", "UTILISATION": "18;4", "SERVICEDESC": ";"]),
            rule: "WP-CAPACITY-SPACES", code: nil, severity: .warning, column: "CAPACITY"),
        .init(
            changes: on2(["UTILISATION": " 85 ;"]), rule: "WP-UTILISATION-SPACES", code: nil, severity: .warning,
            column: "UTILISATION"),
        .init(
            changes: ["SERVICEUSERS": "1;x"], rule: "WP-SERVICEUSERS-NOT-A-CODE", code: 2130, severity: .warning,
            column: "SERVICEUSERS"),
        .init(
            changes: ["SERVICEUSERS": "1;5", "OTHERUSERDESC": ""], rule: "WP-SERVICEUSERS-COUNT", code: 1130,
            column: "SERVICEUSERS/OTHERUSERDESC"),
        .init(
            changes: ["OTHERUSERDESC": ";"], rule: "WP-OTHERUSERDESC-MISSING", code: 2130, severity: .warning,
            column: "OTHERUSERDESC"),
        .init(
            changes: ["OTHERUSERDESC": ";" + WorkplaceFixture.text(121)], rule: "WP-OTHERUSERDESC-TOO-LONG",
            code: 1130, column: "OTHERUSERDESC"),
        .init(
            changes: ["SERVICEUSERS": "1;99", "OTHERUSERDESC": ";"], rule: "WP-SERVICEUSERS-UNKNOWN", code: 1130,
            severity: .warning, column: "SERVICEUSERS"),
        .init(
            changes: ["SERVICEUSERS": "1; 5", "OTHERUSERDESC": ";"], rule: "WP-SERVICEUSERS-SPACES", code: nil,
            severity: .warning, column: "SERVICEUSERS"),
        .init(
            changes: ["DHA": "3", "DHAACTIVITIES": ""], rule: "WP-DHA-INCORRECT", code: 2510, severity: .warning,
            column: "DHA"),
        .init(
            changes: WorkplaceFixture.on(domestic, ["DHA": "2"]), rule: "WP-DHA-MAINSERVICE", code: 2520,
            severity: .warning, column: "DHA"),
        .init(
            changes: ["DHA": "2", "DHAACTIVITIES": "1"], rule: "WP-DHAACTIVITIES-NOT-NEEDED", code: 2530,
            severity: .warning, column: "DHAACTIVITIES"),
        .init(
            changes: ["DHAACTIVITIES": "1;9"], rule: "WP-DHAACTIVITIES-SOME-UNKNOWN", code: 2530, severity: .warning,
            column: "DHAACTIVITIES"),
        .init(
            changes: ["DHAACTIVITIES": "9;x"], rule: "WP-DHAACTIVITIES-ALL-UNKNOWN", code: 2530, severity: .warning,
            column: "DHAACTIVITIES"),
    ]

    static let passes: [WorkplacePassCase] = [
        .init(why: "two services with empty positional items", changes: twoServices),
        .init(
            why: "1;14 with 40; 36; and ; (spec 12.1)",
            changes: [
                "MAINSERVICE": "1", "ALLSERVICES": "1;14", "CAPACITY": "40;", "UTILISATION": "36;",
                "SERVICEDESC": ";", "TRAVELTIME": "", "TTDIFFRATE": "",
            ]),
        .init(
            why: "8;0 with a slot for the 0", changes: ["CAPACITY": ";", "UTILISATION": "85;0", "SERVICEDESC": ";"]),
        .init(why: "0;8 without a utilisation", changes: ["ALLSERVICES": "0;8", "UTILISATION": ""]),
        .init(
            why: "0;6 capacity is mapped to service 6, as ASC-WDS does",
            changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["ALLSERVICES": "0;6", "UTILISATION": ""])),
        .init(
            why: "one service with a trailing separator",
            changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["CAPACITY": "25;", "UTILISATION": "18;"])),
        .init(
            why: "one service accepts any SERVICEDESC text",
            changes: WorkplaceFixture.on(WorkplaceFixture.headOffice, ["SERVICEDESC": "Office; admin and payroll"])),
        .init(why: "SERVICEDESC for a service that is not 'other' is ignored", changes: ["SERVICEDESC": "Home care"]),
        .init(
            why: "capacities up to 9998", changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["CAPACITY": "9998"])
        ),
        .init(why: "no service users", changes: ["SERVICEUSERS": "", "OTHERUSERDESC": ""]),
        .init(why: "one 'other' service-user group", changes: ["SERVICEUSERS": "21", "OTHERUSERDESC": "Visitors"]),
        .init(why: "DHA don't know", changes: ["DHA": "999", "DHAACTIVITIES": ""]),
        .init(why: "DHA yes, activities not known", changes: ["DHAACTIVITIES": "999"]),
        .init(why: "999 activities without DHA 1 are ignored silently", changes: ["DHA": "2", "DHAACTIVITIES": "999"]),
        .init(why: "repeated activity codes", changes: ["DHAACTIVITIES": "1;1;8"]),
        .init(why: "DHA blank for a service that cannot do DHA", changes: domestic),
    ]

    @Test("each broken rule gives exactly its finding", arguments: fails)
    func failing(_ rule: WorkplaceRuleCase) throws {
        try WorkplaceFixture.expectOnlyFinding(rule)
    }

    @Test("rows that keep within the rules give no finding", arguments: passes)
    func passing(_ rule: WorkplacePassCase) throws {
        try WorkplaceFixture.expectNoFinding(rule)
    }
}
