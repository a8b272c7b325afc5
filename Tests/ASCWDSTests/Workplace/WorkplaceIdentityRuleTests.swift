import ASCWDS
import Testing

/// Rules of spec 4.2 from LOCALESTID to LOCATIONID: each case breaks one rule of the valid base row.
@Suite("Workplace rows: reference, status, address, employer and regulation")
struct WorkplaceIdentityRuleTests {
    static let fails: [WorkplaceRuleCase] = [
        .init(changes: ["LOCALESTID": ""], rule: "WP-LOCALESTID-BLANK", code: 1010, column: "LOCALESTID"),
        .init(
            changes: ["LOCALESTID": WorkplaceFixture.text(50)], rule: "WP-LOCALESTID-TOO-LONG", code: 1010,
            column: "LOCALESTID"),
        .init(changes: ["ESTNAME": ""], rule: "WP-ESTNAME-BLANK", code: 1030, column: "ESTNAME"),
        .init(
            changes: ["ESTNAME": WorkplaceFixture.text(121)], rule: "WP-ESTNAME-TOO-LONG", code: 1030,
            column: "ESTNAME"),
        .init(changes: ["STATUS": ""], rule: "WP-STATUS-BLANK", code: 1020, column: "STATUS"),
        .init(changes: ["STATUS": "MODIFY"], rule: "WP-STATUS-UNKNOWN", code: 1020, column: "STATUS"),
        .init(changes: ["ADDRESS1": ""], rule: "WP-ADDRESS1-BLANK", code: 1040, column: "ADDRESS1"),
        .init(
            changes: ["ADDRESS1": WorkplaceFixture.text(41)], rule: "WP-ADDRESS1-TOO-LONG", code: 1040,
            column: "ADDRESS1"),
        .init(
            changes: ["ADDRESS2": WorkplaceFixture.text(41)], rule: "WP-ADDRESS2-TOO-LONG", code: 1045,
            column: "ADDRESS2"),
        .init(
            changes: ["ADDRESS3": WorkplaceFixture.text(41)], rule: "WP-ADDRESS3-TOO-LONG", code: 1050,
            column: "ADDRESS3"),
        .init(
            changes: ["POSTTOWN": WorkplaceFixture.text(41)], rule: "WP-POSTTOWN-TOO-LONG", code: 1055,
            column: "POSTTOWN"),
        .init(changes: ["POSTCODE": ""], rule: "WP-POSTCODE-BLANK", code: 1060, column: "POSTCODE"),
        .init(changes: ["POSTCODE": "LS1 1AA LDS"], rule: "WP-POSTCODE-TOO-LONG", code: 1060, column: "POSTCODE"),
        .init(changes: ["POSTCODE": "NOT A PC"], rule: "WP-POSTCODE-FORMAT", code: 1060, column: "POSTCODE"),
        .init(changes: ["POSTCODE": "LS1"], rule: "WP-POSTCODE-FORMAT", code: 1060, column: "POSTCODE"),
        .init(changes: ["ESTTYPE": ""], rule: "WP-ESTTYPE-BLANK", code: 1070, column: "ESTTYPE"),
        .init(changes: ["ESTTYPE": "9"], rule: "WP-ESTTYPE-INCORRECT", code: 1070, column: "ESTTYPE"),
        .init(changes: ["ESTTYPE": "6abc"], rule: "WP-ESTTYPE-INCORRECT", code: 1070, column: "ESTTYPE"),
        .init(changes: ["ESTTYPE": "4"], rule: "WP-ESTTYPE-UNKNOWN", code: 1070, column: "ESTTYPE"),
        .init(
            changes: ["ESTTYPE": "8"], rule: "WP-OTHERTYPE-MISSING", code: 2070, severity: .warning,
            column: "OTHERTYPE"),
        .init(
            changes: ["ESTTYPE": "8", "OTHERTYPE": WorkplaceFixture.text(241)], rule: "WP-OTHERTYPE-TOO-LONG",
            code: 1070, column: "OTHERTYPE"),
        .init(
            changes: ["OTHERTYPE": "Social enterprise"], rule: "WP-OTHERTYPE-NOT-NEEDED", code: 2070,
            severity: .warning, column: "OTHERTYPE"),
        .init(changes: ["PERMCQC": "2"], rule: "WP-PERMCQC-INCORRECT", code: 1080, column: "PERMCQC"),
        .init(changes: ["PERMLA": "yes"], rule: "WP-PERMLA-INCORRECT", code: 1090, column: "PERMLA"),
        .init(changes: ["MAINSERVICE": ""], rule: "WP-MAINSERVICE-BLANK", code: 1000, column: "MAINSERVICE"),
        .init(changes: ["MAINSERVICE": "8abc"], rule: "WP-MAINSERVICE-NOT-A-CODE", code: 1000, column: "MAINSERVICE"),
        .init(changes: ["REGTYPE": ""], rule: "WP-REGTYPE-BLANK", code: 1100, column: "REGTYPE"),
        .init(changes: ["REGTYPE": "1"], rule: "WP-REGTYPE-INCORRECT", code: 1100, column: "REGTYPE"),
        .init(
            changes: ["REGTYPE": "0"], rule: "WP-REGTYPE-MAINSERVICE-MISMATCH", code: 1100,
            column: "REGTYPE/MAINSERVICE"),
        .init(
            changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["REGTYPE": "2"]),
            rule: "WP-REGTYPE-MAINSERVICE-MISMATCH", code: 1100, column: "REGTYPE/MAINSERVICE"),
        .init(changes: ["PROVNUM": ""], rule: "WP-PROVNUM-BLANK", code: 1105, column: "PROVNUM"),
        .init(changes: ["PROVNUM": "12345"], rule: "WP-PROVNUM-FORMAT", code: 1105, column: "PROVNUM"),
        .init(changes: ["PROVNUM": "1-1012345678901"], rule: "WP-PROVNUM-FORMAT", code: 1105, column: "PROVNUM"),
        .init(
            changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["PROVNUM": "1-101234567"]),
            rule: "WP-PROVNUM-NOT-NEEDED", code: 2105, severity: .warning, column: "PROVNUM"),
        .init(changes: ["LOCATIONID": ""], rule: "WP-LOCATIONID-BLANK", code: 1110, column: "LOCATIONID"),
        .init(changes: ["LOCATIONID": "1-1234567"], rule: "WP-LOCATIONID-FORMAT", code: 1110, column: "LOCATIONID"),
        .init(
            changes: WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["LOCATIONID": "1-123456780"]),
            rule: "WP-LOCATIONID-NOT-NEEDED", code: 2110, severity: .warning, column: "LOCATIONID"),
        .init(
            changes: WorkplaceFixture.on(WorkplaceFixture.headOffice, ["LOCATIONID": "HO"]),
            rule: "WP-LOCATIONID-FORMAT-IGNORED", code: nil, severity: .warning, column: "LOCATIONID"),
    ]

    static let passes: [WorkplacePassCase] = [
        .init(why: "LOCALESTID of 49 characters", changes: ["LOCALESTID": WorkplaceFixture.text(49)]),
        .init(why: "ESTNAME of 120 characters", changes: ["ESTNAME": WorkplaceFixture.text(120)]),
        .init(why: "STATUS in lower case", changes: ["STATUS": "update"]),
        .init(
            why: "address lines of 40 characters",
            changes: [
                "ADDRESS1": WorkplaceFixture.text(40), "ADDRESS2": WorkplaceFixture.text(40),
                "ADDRESS3": WorkplaceFixture.text(40), "POSTTOWN": WorkplaceFixture.text(40),
            ]),
        .init(why: "postcode in lower case without a space", changes: ["POSTCODE": "ls11aa"]),
        .init(why: "postcode with punctuation ASC-WDS strips", changes: ["POSTCODE": "LS1-1AA"]),
        .init(why: "postcode of 10 characters", changes: ["POSTCODE": " LS1  1AA "]),
        .init(
            why: "ESTTYPE 8 with OTHERTYPE of 240 characters",
            changes: ["ESTTYPE": "8", "OTHERTYPE": WorkplaceFixture.text(240)]),
        .init(why: "permissions left blank", changes: ["PERMCQC": "", "PERMLA": ""]),
        .init(why: "PROVNUM with 12 digits", changes: ["PROVNUM": "1-101234567890"]),
        .init(why: "LOCATIONID with 8 digits", changes: ["LOCATIONID": "1-12345678"]),
        .init(why: "regulated head office without a location", changes: WorkplaceFixture.headOffice),
        .init(
            why: "head office may be REGTYPE 0",
            changes: WorkplaceFixture.on(WorkplaceFixture.headOffice, ["REGTYPE": "0", "PROVNUM": ""])),
        .init(
            why: "regulated head office with a location ID",
            changes: WorkplaceFixture.on(WorkplaceFixture.headOffice, ["LOCATIONID": "1-123456780"])),
        .init(why: "non-regulated day centre", changes: WorkplaceFixture.dayCentre),
    ]

    @Test("each broken rule gives exactly its finding", arguments: fails)
    func failing(_ rule: WorkplaceRuleCase) throws {
        let result = try WorkplaceFixture.validate(rule.changes)
        let finding = try #require(result.findings.count == 1 ? result.findings.first : nil, "\(result.findings)")
        #expect(finding.rule == rule.rule)
        #expect(finding.code == rule.code)
        #expect(finding.severity == rule.severity)
        #expect(finding.column == rule.column)
        #expect(finding.file == .workplace && finding.line == 2)
        #expect(finding.message.contains(rule.column.split(separator: "/")[0]))
        #expect((result.record == nil) == (rule.severity == .error))
    }

    @Test("rows that keep within the rules give no finding", arguments: passes)
    func passing(_ rule: WorkplacePassCase) throws {
        try WorkplaceFixture.expectNoFinding(rule)
    }
}
