import ASCWDS
import Testing

/// Row-level edge cases of spec sections 2, 4.3, 9 and 10, each with Carepath's behaviour.
@Suite("Workplace rows: edge cases")
struct WorkplaceEdgeCaseTests {
    /// Main services whose REGTYPE differs from their CQC registration (10.9): they must be uploaded
    /// with REGTYPE 0 while ASC-WDS's validator leaves them out of its list.
    static let specialistCollege = [
        "REGTYPE": "0", "PROVNUM": "", "LOCATIONID": "", "MAINSERVICE": "60", "ALLSERVICES": "60",
        "UTILISATION": "", "DHA": "", "DHAACTIVITIES": "", "SLEEPINS": "", "SLEEPINPAY": "", "TRAVELTIME": "",
        "TTDIFFRATE": "",
    ]
    static let liveInCare = WorkplaceFixture.on(
        specialistCollege, ["MAINSERVICE": "73", "ALLSERVICES": "73;0", "UTILISATION": "6", "DHA": "2"])

    static let cases: [WorkplaceRulesCase] = [
        .init(
            why: "8; 13 does not contain MAINSERVICE 13 (the item is \" 13\")",
            changes: [
                "MAINSERVICE": "13", "ALLSERVICES": "8; 13", "REGTYPE": "0", "PROVNUM": "", "LOCATIONID": "",
                "CAPACITY": ";", "UTILISATION": "85;", "SERVICEDESC": ";", "DHA": "", "DHAACTIVITIES": "",
                "SLEEPINS": "", "SLEEPINPAY": "", "TRAVELTIME": "", "TTDIFFRATE": "",
            ],
            rules: ["WP-ALLSERVICES-MAINSERVICE-MISSING", "WP-ALLSERVICES-SPACES"]),
        .init(
            why: "8; 14 with the main service first is read, with a notice",
            changes: WorkplaceServiceRuleTests.on2(["ALLSERVICES": "8; 14"]), rules: ["WP-ALLSERVICES-SPACES"]),
        .init(
            why: "0;8 with a utilisation: a warning, not ASC-WDS's error (10.15)", changes: ["ALLSERVICES": "0;8"],
            rules: ["WP-UTILISATION-NONE-FIRST"]),
        .init(why: "Specialist college services with REGTYPE 0", changes: specialistCollege, rules: []),
        .init(
            why: "Specialist college services with REGTYPE 2",
            changes: WorkplaceFixture.on(specialistCollege, ["REGTYPE": "2", "PROVNUM": "1-101234567"]),
            rules: ["WP-REGTYPE-MAINSERVICE-MISMATCH"]),
        .init(why: "Live-in care with REGTYPE 0", changes: liveInCare, rules: []),
        .init(
            why: "Live-in care with REGTYPE 2", changes: WorkplaceFixture.on(liveInCare, ["REGTYPE": "2"]),
            rules: ["WP-REGTYPE-MAINSERVICE-MISMATCH"]),
        .init(
            why: "capacity 0 for a service without a capacity question (10.10)", changes: ["CAPACITY": "0"],
            rules: ["WP-CAPACITY-NOT-ASKED"]),
        .init(why: "MAIN;0 means no other services", changes: ["ALLSERVICES": "8;0"], rules: []),
        .init(
            why: "a bare 0 from an ASC-WDS export is read as MAIN;0 (section 9)", changes: ["ALLSERVICES": "0"],
            rules: ["WP-ALLSERVICES-BARE-ZERO"]),
        .init(
            why: "a bare 0 with a broken MAINSERVICE cannot be rewritten",
            changes: ["MAINSERVICE": "x", "ALLSERVICES": "0"],
            rules: ["WP-MAINSERVICE-NOT-A-CODE", "WP-ALLSERVICES-NONE-WITH-OTHERS"]),
        .init(
            why: "an unknown main service is also unknown in ALLSERVICES",
            changes: ["MAINSERVICE": "9", "ALLSERVICES": "9;0"],
            rules: ["WP-MAINSERVICE-UNKNOWN", "WP-ALLSERVICES-UNKNOWN"]),
        .init(
            why: "validation goes on after a blank STATUS", changes: ["STATUS": "", "ESTTYPE": "4"],
            rules: ["WP-STATUS-BLANK", "WP-ESTTYPE-UNKNOWN"]),
        .init(
            why: "LOCALESTID, ESTNAME and STATUS are checked in ASC-WDS's order",
            changes: ["LOCALESTID": "", "ESTNAME": "", "STATUS": ""],
            rules: ["WP-LOCALESTID-BLANK", "WP-ESTNAME-BLANK", "WP-STATUS-BLANK"]),
        .init(
            why: "a lenient-number form is not a number (10.3)", changes: ["TOTALPERMTEMP": "10abc"],
            rules: ["WP-TOTALPERMTEMP-RANGE"]),
        .init(
            why: "every finding of a column is kept, not one per code (10.2)",
            changes: ["CAPACITY": "120", "UTILISATION": "abc"],
            rules: ["WP-UTILISATION-VALUE", "WP-CAPACITY-NOT-ASKED"]),
        .init(
            why: "two unknown job roles give two findings", changes: ["ALLJOBROLES": "22;41"],
            rules: ["WP-ALLJOBROLES-UNKNOWN", "WP-ALLJOBROLES-UNKNOWN"]),
    ]

    @Test("each edge case gives exactly these findings, in order", arguments: cases)
    func edgeCase(_ rule: WorkplaceRulesCase) throws {
        let result = try WorkplaceFixture.validate(rule.changes)
        #expect(result.findings.map(\.rule) == rule.rules, "\(result.findings)")
        #expect((result.record == nil) == result.findings.contains { $0.severity == .error })
    }

    @Test("a bare 0 stores the main service with no other services")
    func bareZero() throws {
        let result = try WorkplaceFixture.validate(["ALLSERVICES": "0"])
        #expect(result.findings.first?.severity == .information)
        #expect(result.record?.services == [WorkplaceRecord.Service(code: 8, utilisation: 85)])
        #expect(result.record?.noOtherServices == true)
    }

    @Test("0;8 drops the utilisation; ASC-WDS gives the same code as an error")
    func noneFirst() throws {
        let result = try WorkplaceFixture.validate(["ALLSERVICES": "0;8"])
        #expect(result.findings.map(\.code) == [1140])
        #expect(result.record?.services == [WorkplaceRecord.Service(code: 8)])
    }

    @Test("a lower-case postcode is normalised before it is stored (10.6)")
    func postcode() throws {
        #expect(try WorkplaceFixture.validate(["POSTCODE": "bd14ab"]).record?.postcode?.normalised == "BD1 4AB")
    }

    @Test("the reduction keeps the first finding per code, as ASC-WDS does")
    func reduction() throws {
        let findings = try WorkplaceFixture.validate(["CAPACITY": "x", "UTILISATION": "y", "SICKPAY": "z"]).findings
        #expect(findings.map(\.rule) == ["WP-CAPACITY-VALUE", "WP-UTILISATION-VALUE", "WP-SICKPAY-INCORRECT"])
        #expect(ASCWDSReduction.reduce(findings).map(\.rule) == ["WP-CAPACITY-VALUE", "WP-SICKPAY-INCORRECT"])
    }

    @Test("a short row gives only the column-count error")
    func shortRow() throws {
        let cells = Array(try WorkplaceFixture.row().cells.dropLast())
        let result = try WorkplaceFixture.validator().validate(try WorkplaceFixture.row(cells: cells))
        #expect(result.findings.map(\.rule) == ["WP-COLUMN-COUNT"])
        #expect(result.findings.first?.severity == .error && result.record == nil)
    }

    @Test("empty cells after the last column are a warning and the row is still read")
    func emptyExtraCells() throws {
        let cells = try WorkplaceFixture.row().cells + ["", ""]
        let result = try WorkplaceFixture.validator().validate(try WorkplaceFixture.row(cells: cells))
        #expect(result.findings.map(\.rule) == ["WP-COLUMN-COUNT"])
        #expect(result.findings.first?.severity == .warning && result.record != nil)
    }

    @Test("non-empty cells after the last column are an error")
    func shiftedRow() throws {
        let cells = try WorkplaceFixture.row().cells + ["x"]
        let result = try WorkplaceFixture.validator().validate(try WorkplaceFixture.row(cells: cells))
        #expect(result.findings.map(\.severity) == [.error] && result.record == nil)
    }

    @Test("findings carry the file, line, reference and offending value")
    func findingShape() throws {
        let finding = try #require(
            try WorkplaceFixture.validator().validate(
                try WorkplaceFixture.row(["ESTTYPE": "4"], line: 7)
            ).findings.first)
        #expect(finding.file == .workplace && finding.line == 7)
        #expect(finding.localEstablishmentID == "SUNRISE-DC2" && finding.uniqueWorkerID == nil)
        #expect(finding.value == "4")
        #expect(finding.message.contains("ESTTYPE 4"))
    }
}
