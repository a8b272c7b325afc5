import ASCWDS
import Testing

/// QUALACHnn, SCQUAL and NONSCQUAL (spec 5.2, 5.8, 10.8).
enum StaffQualificationCases {
    static let failing: [StaffRuleCase] = [
        .init(["QUALACH01": "abc;2019"], "ST-QUALACH-CODE-INVALID 5010 error QUALACH01"),
        .init(["QUALACH01": "9999;2019"], "ST-QUALACH-CODE-UNKNOWN 5010 error QUALACH01"),
        .init(["QUALACH01": "307"], "ST-QUALACH-YEAR-MISSING 5015 warning QUALACH01"),
        .init(["QUALACH01": "307;"], "ST-QUALACH-YEAR-MISSING 5015 warning QUALACH01"),
        .init(["QUALACH01": "307;1890"], "ST-QUALACH-YEAR-RANGE 5015 error QUALACH01"),
        .init(["QUALACH01": "307;1924"], "ST-QUALACH-YEAR-RANGE 5015 error QUALACH01"),
        .init(["QUALACH01": "307;2026"], "ST-QUALACH-YEAR-RANGE 5015 error QUALACH01"),
        .init(["QUALACH01": "307;19x"], "ST-QUALACH-YEAR-INVALID 5015 error QUALACH01"),
        .init(["QUALACH01": "307;02019"], "ST-QUALACH-YEAR-INVALID 5015 error QUALACH01"),
        .init(
            ["QUALACH01": "nvq"], "ST-QUALACH-CODE-INVALID 5010 error QUALACH01",
            "ST-QUALACH-YEAR-MISSING 5015 warning QUALACH01"),
        .init(
            ["QUALACH01": "307;2019", "QUALACH01NOTES": StaffFixture.text(length: 121)],
            "ST-QUALACHNOTES-TOO-LONG 5020 warning QUALACH01NOTES"),
        .init(["QUALACH02": "9999;2019"], "ST-QUALACH-CODE-UNKNOWN 5030 error QUALACH02"),
        .init(["QUALACH02": "307;1890"], "ST-QUALACH-YEAR-RANGE 5035 error QUALACH02"),
        .init(
            ["QUALACH02": "307;2019", "QUALACH02NOTES": StaffFixture.text(length: 121)],
            "ST-QUALACHNOTES-TOO-LONG 5040 warning QUALACH02NOTES"),
        .init(["QUALACH03": "9999;2019"], "ST-QUALACH-CODE-UNKNOWN 5050 error QUALACH03"),
        .init(["QUALACH03": "307"], "ST-QUALACH-YEAR-MISSING 5055 warning QUALACH03"),
        .init(
            ["QUALACH03": "307;2019", "QUALACH03NOTES": StaffFixture.text(length: 121)],
            "ST-QUALACHNOTES-TOO-LONG 5060 warning QUALACH03NOTES"),
        // 10.8: ASC-WDS drops findings from QUALACH04 on; Carepath reports them without a code.
        .init(["QUALACH04": "9999;2019"], "ST-QUALACH-CODE-UNKNOWN - error QUALACH04", pairs: 4),
        .init(["QUALACH04": "307"], "ST-QUALACH-YEAR-MISSING - warning QUALACH04", pairs: 4),
        .init(["QUALACH12": "307;1890"], "ST-QUALACH-YEAR-RANGE - error QUALACH12", pairs: 12),
        .init(
            ["QUALACH04": "307;2019", "QUALACH04NOTES": StaffFixture.text(length: 121)],
            "ST-QUALACHNOTES-TOO-LONG - warning QUALACH04NOTES", pairs: 4),
        .init(["SCQUAL": ""], "ST-SCQUAL-MISSING 3360 warning SCQUAL"),
        .init(["SCQUAL": "3"], "ST-SCQUAL-INVALID 1360 error SCQUAL"),
        .init(["SCQUAL": "yes;3"], "ST-SCQUAL-INVALID 1360 error SCQUAL"),
        .init(["SCQUAL": "1"], "ST-SCQUAL-LEVEL-MISSING 1360 error SCQUAL"),
        .init(["SCQUAL": "1;"], "ST-SCQUAL-LEVEL-MISSING 1360 error SCQUAL"),
        .init(
            ["SCQUAL": "1", "MAINJOBROLE": "15"], "ST-SCQUAL-LEVEL-MISSING 1360 error SCQUAL",
            "ST-SCQUAL-LEVEL-REGULATED-ROLE 3360 warning SCQUAL"),
        .init(["SCQUAL": "1;9"], "ST-SCQUAL-LEVEL-UNKNOWN 1360 warning SCQUAL"),
        .init(["NONSCQUAL": "3"], "ST-NONSCQUAL-INVALID 1370 error NONSCQUAL"),
        .init(["NONSCQUAL": "1;9"], "ST-NONSCQUAL-LEVEL-UNKNOWN 1370 warning NONSCQUAL"),
        .init(["NONSCQUAL": "1;x"], "ST-NONSCQUAL-LEVEL-UNKNOWN 1370 warning NONSCQUAL"),
    ]

    static let passing: [StaffPassCase] = [
        .init(
            "a qualification with year and notes of 120 characters",
            [
                "QUALACH01": "307;2019", "QUALACH01NOTES": StaffFixture.text(length: 120),
            ]),
        .init("qualification years 100 years ago and this year", ["QUALACH01": "307;1925", "QUALACH02": "132;2025"]),
        .init("notes without a qualification are not read", ["QUALACH03NOTES": StaffFixture.text(length: 200)]),
        .init("social care qualification at level 3", ["SCQUAL": "1;3"]),
        .init("social care qualification at entry level", ["SCQUAL": "1;0"]),
        .init("social care qualification level don't know", ["SCQUAL": "1;999"]),
        .init("social care qualification don't know", ["SCQUAL": "999"]),
        .init("non-social-care qualification, level not known", ["NONSCQUAL": "1"]),
        .init("non-social-care qualification at level 6", ["NONSCQUAL": "1;6"]),
        .init("non-social-care qualification don't know", ["NONSCQUAL": "999"]),
    ]
}

@Suite("Staff rows: qualifications")
struct StaffQualificationRuleTests {
    @Test("each broken cell gives exactly its findings", arguments: StaffQualificationCases.failing)
    func failing(_ rule: StaffRuleCase) throws {
        try rule.run()
    }

    @Test("accepted forms give no finding", arguments: StaffQualificationCases.passing)
    func passing(_ rule: StaffPassCase) throws {
        try rule.run()
    }

    @Test("qualifications keep column order, year and notes; unknown ones are not stored")
    func recordQualifications() throws {
        let header = try StaffFixture.header(pairs: 5)
        let result = try StaffFixture.validate(
            [
                "QUALACH01": "307;2019", "QUALACH01NOTES": "Levy funded", "QUALACH02": "132",
                "QUALACH05": "153;2013", "QUALACH05NOTES": StaffFixture.text(length: 121),
            ], header: header)
        #expect(result.findings.map(\.rule) == ["ST-QUALACH-YEAR-MISSING", "ST-QUALACHNOTES-TOO-LONG"])
        #expect(
            result.record?.qualifications == [
                AchievedQualification(pair: 1, code: 307, year: 2019, notes: "Levy funded"),
                AchievedQualification(pair: 2, code: 132),
                AchievedQualification(pair: 5, code: 153, year: 2013),
            ])
    }

    @Test("highest qualification answers are typed; an unknown level is dropped, the yes kept")
    func highestQualifications() throws {
        let record = try #require(try StaffFixture.validate(["SCQUAL": "1;9", "NONSCQUAL": "1"]).record)
        #expect(record.socialCareQualification == HighestQualification(answer: 1, level: nil))
        #expect(record.otherQualification == HighestQualification(answer: 1, level: 999))
    }
}
