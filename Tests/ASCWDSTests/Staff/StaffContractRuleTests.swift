import ASCWDS
import Testing

/// Contract, hours, days sick, pay and job role (spec 5.2, 5.7, 10.3).
enum StaffContractCases {
    static let annual = ["SALARYINT": "1", "HOURLYRATE": ""]
    static let bank = ["EMPLSTATUS": "3", "CONTHOURS": ""]

    static func with(_ base: [String: String], _ changes: [String: String]) -> [String: String] {
        base.merging(changes) { $1 }
    }

    static let failing: [StaffRuleCase] = [
        .init(["EMPLSTATUS": ""], "ST-EMPLSTATUS-MISSING 1220 error EMPLSTATUS"),
        .init(["EMPLSTATUS": "0"], "ST-EMPLSTATUS-MISSING 1220 error EMPLSTATUS"),
        .init(["EMPLSTATUS": "perm"], "ST-EMPLSTATUS-MISSING 1220 error EMPLSTATUS"),
        .init(["EMPLSTATUS": "5"], "ST-EMPLSTATUS-UNKNOWN 1220 error EMPLSTATUS"),
        .init(["ZEROHRCONT": ""], "ST-ZEROHRCONT-UNANSWERED 3230 warning ZEROHRCONT"),
        .init(["ZEROHRCONT": "3"], "ST-ZEROHRCONT-INVALID 1230 error ZEROHRCONT"),
        .init(
            ["ZEROHRCONT": "1", "CONTHOURS": "20"], "ST-ZEROHRCONT-WITH-HOURS 1230 error CONTHOURS/ZEROHRCONT",
            "ST-CONTHOURS-ZERO-HOURS 3300 warning CONTHOURS"),
        // ASC-WDS reads CONTHOURS with parseFloat here, so "20abc" is 20 hours and still an error.
        .init(
            ["ZEROHRCONT": "1", "CONTHOURS": "20abc"], "ST-ZEROHRCONT-WITH-HOURS 1230 error CONTHOURS/ZEROHRCONT",
            "ST-CONTHOURS-ZERO-HOURS 3300 warning CONTHOURS"),
        .init(["ZEROHRCONT": "999"], "ST-ZEROHRCONT-WITH-HOURS 1230 error CONTHOURS/ZEROHRCONT"),
        .init(["ZEROHRCONT": "999", "CONTHOURS": "999"], "ST-ZEROHRCONT-WITH-HOURS 1230 error CONTHOURS/ZEROHRCONT"),
        .init(["CONTHOURS": "0"], "ST-ZEROHRCONT-NO-WITH-ZERO-HOURS 3230 warning CONTHOURS/ZEROHRCONT"),
        .init(["DAYSSICK": "2.05"], "ST-DAYSSICK-INVALID 1240 warning DAYSSICK"),
        .init(["DAYSSICK": "1.25"], "ST-DAYSSICK-INVALID 1240 warning DAYSSICK"),
        .init(["DAYSSICK": "366.5"], "ST-DAYSSICK-INVALID 1240 warning DAYSSICK"),
        .init(["DAYSSICK": "-1"], "ST-DAYSSICK-INVALID 1240 warning DAYSSICK"),
        .init(["DAYSSICK": "two"], "ST-DAYSSICK-INVALID 1240 warning DAYSSICK"),
        .init(["SALARYINT": "2"], "ST-SALARYINT-INVALID 1250 error SALARYINT"),
        .init(["SALARYINT": "hourly"], "ST-SALARYINT-INVALID 1250 error SALARYINT"),
        .init(with(annual, ["SALARY": "250"]), "ST-SALARY-RANGE 1260 error SALARY"),
        .init(with(annual, ["SALARY": "200001"]), "ST-SALARY-RANGE 1260 error SALARY"),
        .init(with(annual, ["SALARY": "250001", "MAINJOBROLE": "1"]), "ST-SALARY-RANGE 1260 error SALARY"),
        .init(with(annual, ["SALARY": "£20,000"]), "ST-SALARY-RANGE 1260 error SALARY"),
        .init(with(annual, ["SALARY": "20000.50"]), "ST-SALARY-RANGE 1260 error SALARY"),
        .init(["SALARYINT": "999", "HOURLYRATE": "", "SALARY": "20000"], "ST-SALARY-IGNORED 3260 warning SALARY"),
        .init(
            ["SALARYINT": "", "HOURLYRATE": "", "SALARY": "20000"],
            "ST-SALARY-INTERVAL-MISMATCH 1251 error SALARYINT/SALARY"),
        .init(["SALARY": "20000"], "ST-SALARY-INTERVAL-MISMATCH 1251 error SALARYINT/SALARY"),
        .init(["HOURLYRATE": "12.345"], "ST-HOURLYRATE-FORMAT 1270 error HOURLYRATE"),
        .init(["HOURLYRATE": "£12"], "ST-HOURLYRATE-FORMAT 1270 error HOURLYRATE"),
        .init(["HOURLYRATE": "12."], "ST-HOURLYRATE-FORMAT 1270 error HOURLYRATE"),
        .init(["SALARYINT": "999"], "ST-HOURLYRATE-IGNORED 3270 warning HOURLYRATE"),
        .init(["SALARYINT": ""], "ST-HOURLYRATE-INTERVAL-MISMATCH 1252 error SALARYINT/HOURLYRATE"),
        .init(["SALARYINT": "1"], "ST-HOURLYRATE-INTERVAL-MISMATCH 1252 error SALARYINT/HOURLYRATE"),
        // No mismatch error on top of an invalid SALARYINT.
        .init(["SALARYINT": "2", "SALARY": "20000"], "ST-SALARYINT-INVALID 1250 error SALARYINT"),
        .init(["MAINJOBROLE": ""], "ST-MAINJOBROLE-MISSING 1280 error MAINJOBROLE"),
        .init(["MAINJOBROLE": "care"], "ST-MAINJOBROLE-MISSING 1280 error MAINJOBROLE"),
        .init(["MAINJOBROLE": "12"], "ST-MAINJOBROLE-UNKNOWN 1280 error MAINJOBROLE"),
        .init(["MAINJOBROLE": "23"], "ST-MAINJRDESC-MISSING 1290 error MAINJRDESC"),
        .init(["MAINJOBROLE": "27"], "ST-MAINJRDESC-MISSING 1290 error MAINJRDESC"),
        .init(
            ["MAINJOBROLE": "23", "MAINJRDESC": StaffFixture.text(length: 120)],
            "ST-MAINJRDESC-TOO-LONG 1290 error MAINJRDESC"),
        .init(["MAINJRDESC": StaffFixture.text(length: 120)], "ST-MAINJRDESC-TOO-LONG 1290 error MAINJRDESC"),
        .init(["MAINJRDESC": "Driver"], "ST-MAINJRDESC-IGNORED 3290 warning MAINJRDESC"),
        .init(["ZEROHRCONT": "1", "CONTHOURS": "0"], "ST-CONTHOURS-ZERO-HOURS 3300 warning CONTHOURS"),
        .init(["EMPLSTATUS": "4"], "ST-CONTHOURS-CONTRACT 3300 warning CONTHOURS"),
        .init(
            ["EMPLSTATUS": "7", "CONTHOURS": "0"], "ST-ZEROHRCONT-NO-WITH-ZERO-HOURS 3230 warning CONTHOURS/ZEROHRCONT",
            "ST-CONTHOURS-CONTRACT 3300 warning CONTHOURS"),
        .init(["CONTHOURS": "37.25"], "ST-CONTHOURS-INVALID 3300 warning CONTHOURS"),
        .init(["CONTHOURS": "37.50"], "ST-CONTHOURS-INVALID 3300 warning CONTHOURS"),
        .init(["CONTHOURS": "-1"], "ST-CONTHOURS-INVALID 3300 warning CONTHOURS"),
        .init(["CONTHOURS": "76"], "ST-CONTHOURS-RANGE 3300 warning CONTHOURS"),
        .init(["AVGHOURS": "20"], "ST-AVGHOURS-CONTRACT 3310 warning AVGHOURS"),
        .init(["ZEROHRCONT": "999", "CONTHOURS": "", "AVGHOURS": "20"], "ST-AVGHOURS-CONTRACT 3310 warning AVGHOURS"),
        .init(with(bank, ["AVGHOURS": "20.25"]), "ST-AVGHOURS-INVALID 3310 warning AVGHOURS"),
        .init(with(bank, ["AVGHOURS": "75.5"]), "ST-AVGHOURS-RANGE 3310 warning AVGHOURS"),
        .init(["MAINJOBROLE": "16"], "ST-NMCREG-MISSING 3340 warning NMCREG"),
        .init(["MAINJOBROLE": "16", "NMCREG": "adult"], "ST-NMCREG-MISSING 3340 warning NMCREG"),
        .init(["MAINJOBROLE": "16", "NMCREG": "6"], "ST-NMCREG-INVALID 3340 warning NMCREG"),
        .init(["MAINJOBROLE": "16", "NMCREG": "0"], "ST-NMCREG-INVALID 3340 warning NMCREG"),
        .init(["NMCREG": "1"], "ST-NMCREG-NOT-APPLICABLE 3340 warning NMCREG"),
        .init(["MAINJOBROLE": "6"], "ST-AMHP-MISSING 3380 warning AMHP"),
        .init(["MAINJOBROLE": "6", "AMHP": "3"], "ST-AMHP-INVALID 3380 warning AMHP"),
        .init(["AMHP": "1"], "ST-AMHP-NOT-APPLICABLE 3380 warning AMHP"),
        .init(["CWPCATEGORY": "8"], "ST-CWPCATEGORY-INVALID 5650 warning CWPCATEGORY"),
        .init(["CWPCATEGORY": "leader"], "ST-CWPCATEGORY-INVALID 5650 warning CWPCATEGORY"),
    ]

    static let passing: [StaffPassCase] = [
        .init("pool/bank contract with average hours", with(bank, ["AVGHOURS": "20"])),
        .init("other contract with average hours don't know", ["EMPLSTATUS": "7", "CONTHOURS": "", "AVGHOURS": "999"]),
        .init("zero-hours worker with average hours", ["ZEROHRCONT": "1", "CONTHOURS": "", "AVGHOURS": "12.5"]),
        .init("zero-hours don't know with 0 contracted hours", ["ZEROHRCONT": "999", "CONTHOURS": "0"]),
        .init("neither hours nor zero-hours answer", ["ZEROHRCONT": "", "CONTHOURS": ""]),
        .init("contracted hours at the limit", ["CONTHOURS": "75"]),
        .init("contracted hours written with .0", ["CONTHOURS": "37.0"]),
        .init("contracted hours don't know", ["CONTHOURS": "999"]),
        .init("days sick written 2.50 (10.3)", ["DAYSSICK": "2.50"]),
        .init("days sick at the limit", ["DAYSSICK": "366"]),
        .init("days sick don't know", ["DAYSSICK": "999"]),
        .init("half a day sick", ["DAYSSICK": "0.5"]),
        .init("lowest annual salary", with(annual, ["SALARY": "500"])),
        .init("highest annual salary", with(annual, ["SALARY": "200000"])),
        .init("senior management may earn up to 250000", with(annual, ["SALARY": "250000", "MAINJOBROLE": "1"])),
        .init("annual interval without a salary", annual),
        .init("pay don't know with both pay columns blank", ["SALARYINT": "999", "HOURLYRATE": ""]),
        .init("hourly rate with one decimal", ["HOURLYRATE": "12.6"]),
        .init("hourly rate without decimals", ["HOURLYRATE": "12"]),
        .init("other job role with a description", ["MAINJOBROLE": "23", "MAINJRDESC": "Driver"]),
        .init(
            "description of 119 characters",
            ["MAINJOBROLE": "27", "MAINJRDESC": StaffFixture.text(length: 119)]),
        .init("registered nurse with a leading zero", ["MAINJOBROLE": "16", "NMCREG": "01"]),
        .init("social worker, AMHP don't know", ["MAINJOBROLE": "6", "AMHP": "999"]),
        .init("pathway category none of the above", ["CWPCATEGORY": "998"]),
    ]
}

@Suite("Staff rows: contract, pay and job role")
struct StaffContractRuleTests {
    @Test("each broken cell gives exactly its findings", arguments: StaffContractCases.failing)
    func failing(_ rule: StaffRuleCase) throws {
        try rule.run()
    }

    @Test("accepted forms give no finding", arguments: StaffContractCases.passing)
    func passing(_ rule: StaffPassCase) throws {
        try rule.run()
    }
}
