import ASCWDS
import Testing

/// References, STATUS, and the personal and origin columns (spec 5.2, 5.6, 10.4).
enum StaffPersonalCases {
    static let long = StaffFixture.text(length: 50)
    static let notBritish = ["NATIONALITY": "566", "COUNTRYOFBIRTH": "566"]

    static let failing: [StaffRuleCase] = [
        .init(["LOCALESTID": ""], "ST-LOCALESTID-MISSING 1010 error LOCALESTID"),
        .init(["LOCALESTID": long], "ST-LOCALESTID-TOO-LONG 1010 error LOCALESTID"),
        .init(["UNIQUEWORKERID": ""], "ST-UNIQUEWORKERID-MISSING 1020 error UNIQUEWORKERID"),
        .init(["UNIQUEWORKERID": long], "ST-UNIQUEWORKERID-TOO-LONG 1020 error UNIQUEWORKERID"),
        .init(["CHGUNIQUEWRKID": long], "ST-CHGUNIQUEWRKID-TOO-LONG 1030 error CHGUNIQUEWRKID", rename: true),
        .init(["DISPLAYID": ""], "ST-DISPLAYID-MISSING 1050 error DISPLAYID"),
        .init(["DISPLAYID": long], "ST-DISPLAYID-TOO-LONG 1050 error DISPLAYID"),
        .init(["STATUS": ""], "ST-STATUS-INVALID 1040 error STATUS"),
        .init(["STATUS": "MODIFY"], "ST-STATUS-INVALID 1040 error STATUS"),
        .init(["NINUMBER": "12345678A"], "ST-NINUMBER-FORMAT 1060 error NINUMBER"),
        .init(["NINUMBER": "QQ12345C"], "ST-NINUMBER-FORMAT 1060 error NINUMBER"),
        .init(["NINUMBER": "Q Q123456C"], "ST-NINUMBER-FORMAT 1060 error NINUMBER"),
        .init(["NINUMBER": "QQ123456CD"], "ST-NINUMBER-FORMAT 1060 error NINUMBER"),
        .init(["POSTCODE": ""], "ST-POSTCODE-MISSING 3070 warning POSTCODE"),
        .init(["POSTCODE": "LS11AA"], "ST-POSTCODE-FORMAT 1070 error POSTCODE"),
        .init(["POSTCODE": "LS1  1AA"], "ST-POSTCODE-FORMAT 1070 error POSTCODE"),
        .init(["POSTCODE": "LS1 1A"], "ST-POSTCODE-FORMAT 1070 error POSTCODE"),
        .init(["POSTCODE": "123 1AA"], "ST-POSTCODE-FORMAT 1070 error POSTCODE"),
        .init(["DOB": ""], "ST-DOB-MISSING 3080 warning DOB"),
        .init(["DOB": "31/02/1985"], "ST-DOB-FORMAT 3080 warning DOB"),
        .init(["DOB": "12/05/92"], "ST-DOB-FORMAT 3080 warning DOB"),
        // An out-of-range DOB is dropped but, as in ASC-WDS, still compared with STARTDATE.
        .init(
            ["DOB": "17/07/2011", "STARTINSECT": "999"], "ST-DOB-AGE 3080 warning DOB",
            "ST-STARTDATE-BEFORE-AGE-14 3190 warning STARTDATE"),
        .init(["DOB": "16/07/1925"], "ST-DOB-AGE 3080 warning DOB"),
        .init(["GENDER": "5"], "ST-GENDER-UNKNOWN 1090 error GENDER"),
        .init(["GENDER": "F"], "ST-GENDER-UNKNOWN 1090 error GENDER"),
        .init(["ETHNICITY": "30"], "ST-ETHNICITY-UNKNOWN 1100 error ETHNICITY"),
        .init(["ETHNICITY": "White"], "ST-ETHNICITY-UNKNOWN 1100 error ETHNICITY"),
        .init(["NATIONALITY": "1"], "ST-NATIONALITY-UNKNOWN 1110 error NATIONALITY"),
        .init(["NATIONALITY": "826abc"], "ST-NATIONALITY-UNKNOWN 1110 error NATIONALITY"),
        .init(["BRITISHCITIZENSHIP": "1"], "ST-BRITISHCITIZENSHIP-BRITISH 3120 warning BRITISHCITIZENSHIP"),
        .init(
            ["NATIONALITY": "566", "BRITISHCITIZENSHIP": "3"],
            "ST-BRITISHCITIZENSHIP-INVALID 1120 error BRITISHCITIZENSHIP"),
        .init(["COUNTRYOFBIRTH": "1"], "ST-COUNTRYOFBIRTH-UNKNOWN 1130 error COUNTRYOFBIRTH"),
        .init(notBritish.merging(["YEAROFENTRY": "04"]) { $1 }, "ST-YEAROFENTRY-FORMAT 1380 error YEAROFENTRY"),
        .init(
            notBritish.merging(["YEAROFENTRY": "2026"]) { $1 }, "ST-YEAROFENTRY-FUTURE 1380 error YEAROFENTRY",
            "ST-STARTDATE-BEFORE-ENTRY 3190 warning STARTDATE"),
        .init(
            notBritish.merging(["YEAROFENTRY": "1991"]) { $1 },
            "ST-YEAROFENTRY-BEFORE-BIRTH 1380 error YEAROFENTRY/DOB"),
        .init(
            ["COUNTRYOFBIRTH": "", "YEAROFENTRY": "2010"],
            "ST-YEAROFENTRY-NO-COUNTRY 3380 warning YEAROFENTRY/COUNTRYOFBIRTH"),
        .init(["YEAROFENTRY": "2010"], "ST-YEAROFENTRY-UK-BORN 3380 warning YEAROFENTRY/COUNTRYOFBIRTH"),
        .init(["HANDCVISA": "1"], "ST-HANDCVISA-NOT-APPLICABLE 5570 warning HANDCVISA"),
        .init(
            ["NATIONALITY": "566", "BRITISHCITIZENSHIP": "1", "HANDCVISA": "2"],
            "ST-HANDCVISA-NOT-APPLICABLE 5570 warning HANDCVISA"),
        .init(
            ["NATIONALITY": "998", "BRITISHCITIZENSHIP": "999", "HANDCVISA": "2"],
            "ST-HANDCVISA-NOT-APPLICABLE 5570 warning HANDCVISA"),
        .init(["NATIONALITY": "566", "HANDCVISA": "5"], "ST-HANDCVISA-INVALID 5570 warning HANDCVISA"),
        .init(["INOUTUK": "1"], "ST-INOUTUK-NOT-APPLICABLE 5580 warning INOUTUK"),
        .init(
            ["NATIONALITY": "566", "HANDCVISA": "2", "INOUTUK": "1"], "ST-INOUTUK-NOT-APPLICABLE 5580 warning INOUTUK"),
        .init(["NATIONALITY": "566", "HANDCVISA": "1", "INOUTUK": "3"], "ST-INOUTUK-INVALID 5580 warning INOUTUK"),
    ]

    static let passing: [StaffPassCase] = [
        .init(
            "49-character references (10.4)",
            [
                "LOCALESTID": StaffFixture.text(length: 49),
                "UNIQUEWORKERID": StaffFixture.text(length: 49), "DISPLAYID": StaffFixture.text(length: 49),
            ]),
        .init("STATUS is case-insensitive", ["STATUS": "new"]),
        .init("NI number with spaces between the digits", ["NINUMBER": "QQ 12 34 56 C"]),
        .init("NI number in lower case, without a final letter", ["NINUMBER": "qq123456"]),
        .init("home postcode in lower case", ["POSTCODE": "ls6 3aa"]),
        .init("home postcodes of every outward shape", ["POSTCODE": "EC1A 1BB"]),
        .init("DOB with one-digit day and month", ["DOB": "1/2/1980"]),
        .init("aged exactly 14 today", ["DOB": "16/07/2011", "STARTDATE": "16/07/2025", "STARTINSECT": "2025"]),
        .init("aged 99, the day before the 100th birthday", ["DOB": "17/07/1925", "STARTINSECT": "1990"]),
        .init("gender other", ["GENDER": "4"]),
        .init("ethnicity don't know", ["ETHNICITY": "99"]),
        .init("nationality don't know", ["NATIONALITY": "998"]),
        .init("citizenship of a non-British national", ["NATIONALITY": "566", "BRITISHCITIZENSHIP": "1"]),
        .init("year of entry equal to the birth year", ["COUNTRYOFBIRTH": "566", "YEAROFENTRY": "1992"]),
        .init("country of birth don't know with a year", ["COUNTRYOFBIRTH": "998", "YEAROFENTRY": "2010"]),
        .init("visa for a non-British national", ["NATIONALITY": "566", "HANDCVISA": "1", "INOUTUK": "1"]),
        .init(
            "visa for unknown nationality without citizenship",
            ["NATIONALITY": "998", "BRITISHCITIZENSHIP": "2", "HANDCVISA": "999"]),
    ]
}

@Suite("Staff rows: references and personal columns")
struct StaffPersonalRuleTests {
    @Test("each broken cell gives exactly its findings", arguments: StaffPersonalCases.failing)
    func failing(_ rule: StaffRuleCase) throws {
        try rule.run()
    }

    @Test("accepted forms give no finding", arguments: StaffPersonalCases.passing)
    func passing(_ rule: StaffPassCase) throws {
        try rule.run()
    }

    @Test("an invalid STATUS still has every column checked; DELETE/UNCHECKED/NOCHANGE only the references")
    func statusGate() throws {
        let broken = ["EMPLSTATUS": "", "SALARY": "250"]
        let invalid = try StaffFixture.validate(broken.merging(["STATUS": "MODIFY"]) { $1 })
        #expect(invalid.findings.map(\.rule).contains("ST-EMPLSTATUS-MISSING"))
        for status in ["DELETE", "UNCHECKED", "nochange"] {
            let result = try StaffFixture.validate(broken.merging(["STATUS": status]) { $1 })
            #expect(result.findings.isEmpty, "\(status)")
            #expect(result.record?.status.rawValue == status.uppercased())
            #expect(result.record?.mainJobRole == nil, "nothing but identity is read from a \(status) row")
        }
        let deleteWithoutName = try StaffFixture.validate(["STATUS": "DELETE", "DISPLAYID": ""])
        #expect(deleteWithoutName.findings.map(\.rule) == ["ST-DISPLAYID-MISSING"])
    }

    @Test("NI numbers and dates of birth are withheld from findings")
    func personalDataWithheld() throws {
        let ni = try StaffFixture.validate(["NINUMBER": "AB12345"]).findings
        let dob = try StaffFixture.validate(["DOB": "31/02/1985"]).findings
        for finding in ni + dob {
            #expect(finding.value?.contains("AB") != true && finding.value?.contains("1985") != true)
            #expect(!finding.message.contains("AB12345") && !finding.message.contains("31/02/1985"))
        }
    }
}
