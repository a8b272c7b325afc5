import ASCWDS
import Testing

/// Certificates, recruitment, start dates and the other employment answers (spec 5.2).
enum StaffEmploymentCases {
    static let failing: [StaffRuleCase] = [
        .init(["DISABLED": "4"], "ST-DISABLED-INVALID 1150 error DISABLED"),
        .init(["CARECERT": "0"], "ST-CARECERT-INVALID 1160 error CARECERT"),
        .init(["L2CARECERT": "4"], "ST-L2CARECERT-INVALID 5590 warning L2CARECERT"),
        .init(["L2CARECERT": "yes"], "ST-L2CARECERT-INVALID 5590 warning L2CARECERT"),
        .init(["L2CARECERT": "2;2025"], "ST-L2CARECERT-YEAR-WITH-STARTED 5600 warning L2CARECERT"),
        .init(["L2CARECERT": "3;2025"], "ST-L2CARECERT-YEAR-WITH-NO 5610 warning L2CARECERT"),
        .init(["L2CARECERT": "1;abc"], "ST-L2CARECERT-YEAR-INVALID 5640 warning L2CARECERT"),
        .init(["L2CARECERT": "1;2023"], "ST-L2CARECERT-YEAR-BEFORE-2024 5620 warning L2CARECERT"),
        .init(["L2CARECERT": "1;2026"], "ST-L2CARECERT-YEAR-FUTURE 5630 warning L2CARECERT"),
        .init(["RECSOURCE": "3"], "ST-RECSOURCE-UNKNOWN 1180 error RECSOURCE"),
        .init(["RECSOURCE": "x"], "ST-RECSOURCE-UNKNOWN 1180 error RECSOURCE"),
        .init(["STARTDATE": ""], "ST-STARTDATE-MISSING 2000 warning STARTDATE"),
        .init(["STARTDATE": "1/9/2023"], "ST-STARTDATE-FORMAT 3190 warning STARTDATE"),
        .init(["STARTDATE": "32/09/2023"], "ST-STARTDATE-FORMAT 3190 warning STARTDATE"),
        .init(["STARTDATE": "2023-09-01"], "ST-STARTDATE-FORMAT 3190 warning STARTDATE"),
        .init(["STARTDATE": "17/07/2025"], "ST-STARTDATE-FUTURE 3190 warning STARTDATE"),
        .init(["STARTDATE": "11/05/2006", "STARTINSECT": "2006"], "ST-STARTDATE-BEFORE-AGE-14 3190 warning STARTDATE"),
        .init(
            ["COUNTRYOFBIRTH": "566", "NATIONALITY": "566", "YEAROFENTRY": "2024"],
            "ST-STARTDATE-BEFORE-ENTRY 3190 warning STARTDATE"),
        // The ignored year of entry still counts for STARTDATE, as in ASC-WDS.
        .init(
            ["YEAROFENTRY": "2024"], "ST-YEAROFENTRY-UK-BORN 3380 warning YEAROFENTRY/COUNTRYOFBIRTH",
            "ST-STARTDATE-BEFORE-ENTRY 3190 warning STARTDATE"),
        // 10.5: ASC-WDS checks only the pattern; Carepath cannot store the date and says so.
        .init(["STARTDATE": "00/00/2020"], "ST-STARTDATE-NOT-A-DATE - information STARTDATE"),
        .init(["STARTDATE": "31/02/2020"], "ST-STARTDATE-NOT-A-DATE - information STARTDATE"),
        .init(["STARTINSECT": ""], "ST-STARTINSECT-MISSING 3200 warning STARTINSECT"),
        .init(["STARTINSECT": "16"], "ST-STARTINSECT-FORMAT 3200 warning STARTINSECT"),
        .init(["STARTINSECT": "2016abc"], "ST-STARTINSECT-FORMAT 3200 warning STARTINSECT"),
        .init(["STARTINSECT": "2024"], "ST-STARTINSECT-AFTER-STARTDATE 3200 warning STARTINSECT"),
        .init(["STARTINSECT": "2005"], "ST-STARTINSECT-BEFORE-AGE-14 3200 warning STARTINSECT"),
        .init(["DHA": "3"], "ST-DHA-INVALID 5660 warning DHA"),
        .init(["APPRENTICE": "0"], "ST-APPRENTICE-INVALID 3210 warning APPRENTICE"),
        // 10.5: the impossible DOB takes no part in the later checks, so only its own warning.
        .init(
            ["DOB": "31/02/1985", "STARTDATE": "01/09/1990", "STARTINSECT": "1990"], "ST-DOB-FORMAT 3080 warning DOB"),
    ]

    static let passing: [StaffPassCase] = [
        .init("disability undisclosed", ["DISABLED": "2"]),
        .init("Level 2 certificate completed, without a year", ["L2CARECERT": "1"]),
        .init("Level 2 certificate completed in 2024", ["L2CARECERT": "1;2024"]),
        .init("Level 2 certificate completed this year", ["L2CARECERT": "1;2025"]),
        .init("Level 2 certificate started", ["L2CARECERT": "2"]),
        .init("recruitment source don't know", ["RECSOURCE": "16"]),
        .init("start date today", ["STARTDATE": "16/07/2025", "STARTINSECT": "2025"]),
        .init("start date on the 14th birthday", ["STARTDATE": "12/05/2006", "STARTINSECT": "2006"]),
        .init(
            "start date on 1 January of the year of entry",
            [
                "NATIONALITY": "566", "COUNTRYOFBIRTH": "566", "YEAROFENTRY": "2023", "STARTDATE": "01/01/2023",
            ]),
        .init("started in the sector don't know", ["STARTINSECT": "999"]),
        .init("started in the sector in the start year", ["STARTINSECT": "2023"]),
        .init("delegated healthcare activities don't know", ["DHA": "999"]),
        .init("apprentice yes", ["APPRENTICE": "1"]),
    ]
}

@Suite("Staff rows: employment answers")
struct StaffEmploymentRuleTests {
    @Test("each broken cell gives exactly its findings", arguments: StaffEmploymentCases.failing)
    func failing(_ rule: StaffRuleCase) throws {
        try rule.run()
    }

    @Test("accepted forms give no finding", arguments: StaffEmploymentCases.passing)
    func passing(_ rule: StaffPassCase) throws {
        try rule.run()
    }

    @Test("a rejected start date is not compared with STARTINSECT")
    func rejectedStartDate() throws {
        let result = try StaffFixture.validate(["STARTDATE": "01/08/2025", "STARTINSECT": "2025"])
        #expect(result.findings.map(\.rule) == ["ST-STARTDATE-FUTURE"])
    }
}
