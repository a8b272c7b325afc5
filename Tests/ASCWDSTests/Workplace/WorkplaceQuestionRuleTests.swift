import ASCWDS
import Testing

/// Rules of spec 4.2 for training, the Care Workforce Pathway, pay, pensions, sleep-ins and travel
/// time: all warnings that drop the value.
@Suite("Workplace rows: pathway, pay and pensions")
struct WorkplaceQuestionRuleTests {
    static let dayCentre = WorkplaceFixture.dayCentre

    static func warning(
        _ changes: [String: String], _ rule: String, _ code: Int?, _ column: String
    )
        -> WorkplaceRuleCase
    {
        WorkplaceRuleCase(changes: changes, rule: rule, code: code, severity: .warning, column: column)
    }

    static let fails: [WorkplaceRuleCase] = [
        warning(["REPEATTRAINING": "5"], "WP-REPEATTRAINING-INCORRECT", 2420, "REPEATTRAINING"),
        warning(["CWPAWARE": "7"], "WP-CWPAWARE-INCORRECT", 2480, "CWPAWARE"),
        warning(["CWPUSE": "3", "CWPUSEDESC": ""], "WP-CWPUSE-INCORRECT", 2490, "CWPUSE"),
        warning(["CWPUSE": "1;4;10;11"], "WP-CWPUSE-REASON-UNKNOWN", 2490, "CWPUSE"),
        warning(["CWPUSE": "2;4", "CWPUSEDESC": ""], "WP-CWPUSE-REASONS-IGNORED", nil, "CWPUSE"),
        warning(["CWPUSEDESC": WorkplaceFixture.text(121)], "WP-CWPUSEDESC-TOO-LONG", 2500, "CWPUSEDESC"),
        warning(["CWPUSE": "1;4"], "WP-CWPUSEDESC-NOT-NEEDED", 2500, "CWPUSEDESC"),
        warning(["SICKPAY": "yes"], "WP-SICKPAY-INCORRECT", 2450, "SICKPAY"),
        warning(["PENSION": "2", "ACTUALCONT": ""], "WP-PENSION-INCORRECT", 2460, "PENSION"),
        warning(["PENSION": "0"], "WP-ACTUALCONT-NOT-NEEDED", 2541, "ACTUALCONT"),
        warning(["ACTUALCONT": "3"], "WP-ACTUALCONT-RANGE", 2540, "ACTUALCONT"),
        warning(["ACTUALCONT": "100.01"], "WP-ACTUALCONT-RANGE", 2540, "ACTUALCONT"),
        warning(["ACTUALCONT": "5%"], "WP-ACTUALCONT-RANGE", 2540, "ACTUALCONT"),
        warning(["OPTOUTPEN": "0"], "WP-OPTOUTPEN-INCORRECT", 2550, "OPTOUTPEN"),
        warning(["HOLIDAY": "unknown"], "WP-HOLIDAY-INCORRECT", 2470, "HOLIDAY"),
        warning(["HOLIDAY": "28.5"], "WP-HOLIDAY-INCORRECT", 2470, "HOLIDAY"),
        warning(["SLEEPINS": "3", "SLEEPINPAY": ""], "WP-SLEEPINS-INCORRECT", 2560, "SLEEPINS"),
        warning(WorkplaceFixture.on(dayCentre, ["SLEEPINS": "2"]), "WP-SLEEPINS-MAINSERVICE", 2561, "SLEEPINS"),
        warning(["SLEEPINS": "2"], "WP-SLEEPINPAY-NOT-NEEDED", 2572, "SLEEPINPAY"),
        warning(["SLEEPINPAY": "3"], "WP-SLEEPINPAY-INCORRECT", 2570, "SLEEPINPAY"),
        warning(["TRAVELTIME": "7", "TTDIFFRATE": ""], "WP-TRAVELTIME-INCORRECT", 2580, "TRAVELTIME"),
        warning(WorkplaceFixture.on(dayCentre, ["TRAVELTIME": "1"]), "WP-TRAVELTIME-MAINSERVICE", 2581, "TRAVELTIME"),
        warning(["TRAVELTIME": "1"], "WP-TTDIFFRATE-NOT-NEEDED", 2592, "TTDIFFRATE"),
        warning(["TTDIFFRATE": "2.49"], "WP-TTDIFFRATE-RANGE", 2590, "TTDIFFRATE"),
        warning(["TTDIFFRATE": "200.01"], "WP-TTDIFFRATE-RANGE", 2590, "TTDIFFRATE"),
        warning(["TTDIFFRATE": "£10.50"], "WP-TTDIFFRATE-RANGE", 2590, "TTDIFFRATE"),
    ]

    /// Rules that drop two values at once.
    static let pairs: [WorkplaceRulesCase] = [
        .init(
            why: "sleep-ins for a day centre",
            changes: WorkplaceFixture.on(dayCentre, ["SLEEPINS": "1", "SLEEPINPAY": "1"]),
            rules: ["WP-SLEEPINS-MAINSERVICE", "WP-SLEEPINPAY-MAINSERVICE"]),
        .init(
            why: "travel time with a rate for a day centre",
            changes: WorkplaceFixture.on(dayCentre, ["TRAVELTIME": "3", "TTDIFFRATE": "10"]),
            rules: ["WP-TRAVELTIME-MAINSERVICE", "WP-TTDIFFRATE-MAINSERVICE"]),
        .init(
            why: "an unknown CWPUSE drops its description too", changes: ["CWPUSE": "yes"],
            rules: ["WP-CWPUSE-INCORRECT", "WP-CWPUSEDESC-NOT-NEEDED"]),
        .init(
            why: "an unknown TRAVELTIME drops its rate too", changes: ["TRAVELTIME": "x"],
            rules: ["WP-TRAVELTIME-INCORRECT", "WP-TTDIFFRATE-NOT-NEEDED"]),
    ]

    static let passes: [WorkplacePassCase] = [
        .init(
            why: "every question left blank",
            changes: [
                "REPEATTRAINING": "", "CWPAWARE": "", "CWPUSE": "", "CWPUSEDESC": "", "SICKPAY": "", "PENSION": "",
                "ACTUALCONT": "", "OPTOUTPEN": "", "HOLIDAY": "", "SLEEPINS": "", "SLEEPINPAY": "", "TRAVELTIME": "",
                "TTDIFFRATE": "",
            ]),
        .init(why: "CWPUSE no or don't know", changes: ["CWPUSE": "999", "CWPUSEDESC": ""]),
        .init(why: "CWPUSE yes without reasons", changes: ["CWPUSE": "1", "CWPUSEDESC": ""]),
        .init(why: "CWPUSEDESC of 120 characters", changes: ["CWPUSEDESC": WorkplaceFixture.text(120)]),
        .init(why: "unknown in any case", changes: ["SICKPAY": "UNKNOWN", "PENSION": "Unknown", "ACTUALCONT": ""]),
        .init(why: "contribution just above 3%", changes: ["ACTUALCONT": "3.01"]),
        .init(why: "contribution of 100%", changes: ["ACTUALCONT": "100"]),
        .init(why: "contribution with three decimals is rounded", changes: ["ACTUALCONT": "4.567"]),
        .init(why: "no holiday days", changes: ["HOLIDAY": "0"]),
        .init(why: "sleep-ins don't know without pay", changes: ["SLEEPINS": "999", "SLEEPINPAY": ""]),
        .init(why: "travel-time rate at the bottom of the range", changes: ["TTDIFFRATE": "2.50"]),
        .init(why: "travel-time rate at the top of the range", changes: ["TTDIFFRATE": "200.00"]),
        .init(why: "travel time without a rate", changes: ["TRAVELTIME": "5", "TTDIFFRATE": ""]),
    ]

    @Test("each broken rule gives exactly its warning and the row is still stored", arguments: fails)
    func failing(_ rule: WorkplaceRuleCase) throws {
        let result = try WorkplaceFixture.validate(rule.changes)
        let finding = try #require(result.findings.count == 1 ? result.findings.first : nil, "\(result.findings)")
        #expect(finding.rule == rule.rule)
        #expect(finding.code == rule.code)
        #expect(finding.severity == .warning)
        #expect(finding.column == rule.column)
        #expect(result.record != nil)
    }

    @Test("rules that drop two values give both warnings", arguments: pairs)
    func twoValues(_ rule: WorkplaceRulesCase) throws {
        let result = try WorkplaceFixture.validate(rule.changes)
        #expect(result.findings.map(\.rule) == rule.rules)
        #expect(result.record != nil)
    }

    @Test("rows that keep within the rules give no finding", arguments: passes)
    func passing(_ rule: WorkplacePassCase) throws {
        try WorkplaceFixture.expectNoFinding(rule)
    }
}
