import CarepathCore
import Testing

@testable import ASCWDS

@Suite("Cells")
struct CellsTests {
    @Test(
        "whole numbers must be whole: 8abc and 12.9 are not numbers",
        arguments: [
            ("8", 8), ("0", 0), ("999", 999), ("-5", -5), ("8abc", nil), ("12.9", nil), ("", nil), ("£20,000", nil),
            (" 8", nil), ("+8", nil), ("-", nil),
        ] as [(String, Int?)])
    func wholeNumbers(text: String, value: Int?) {
        #expect(Cells.wholeNumber(text) == value)
    }

    @Test(
        "decimals are digits with an optional point",
        arguments: [
            ("2.5", 2.5), ("2.50", 2.5), ("11.44", 11.44), ("37", 37), (".5", nil), ("5.", nil), ("1.2.3", nil),
            ("1e3", nil), ("-1", nil),
        ] as [(String, Double?)])
    func decimals(text: String, value: Double?) {
        #expect(Cells.decimal(text) == value)
    }

    @Test("dates: strict needs two-digit day and month; neither accepts impossible days")
    func dates() {
        #expect(Cells.date("05/07/1990", strict: true) == CalendarDate(year: 1990, month: 7, day: 5))
        #expect(Cells.date("1/5/2025", strict: true) == nil)
        #expect(Cells.date("1/5/2025", strict: false) == CalendarDate(year: 2025, month: 5, day: 1))
        #expect(Cells.date("31/02/1985", strict: false) == nil)
        #expect(Cells.date("00/00/2020", strict: true) == nil)
        #expect(Cells.date("05/07/90", strict: false) == nil)
        #expect(Cells.date("05-07-1990", strict: false) == nil)
    }

    @Test("references lose all whitespace; lists keep inner spaces")
    func referencesAndLists() {
        #expect(Cells.reference(" SUNRISE - HO\t") == "SUNRISE-HO")
        #expect(Cells.list("8; 13") == ["8", " 13"])
        #expect(Cells.list("40;") == ["40", ""])
        #expect(Cells.trimmed("  a b  ") == "a b")
    }
}

@Suite("Code lists")
struct CodeListsTests {
    @Test("every list in ascwds-codes loads, with the sizes spec section 11 gives")
    func sizes() throws {
        let lists = try SpecFiles.codeLists()
        #expect(lists[.mainServices].codes.count == 36)
        #expect(lists[.serviceUsers].codes.count == 23)
        #expect(lists[.jobRoles].codes.count == 37)
        #expect(lists[.ethnicity].codes.count == 19)
        #expect(lists[.qualifications].codes.count == 145)
        #expect(lists[.trainingCategories].codes.count == 48)
        #expect(lists[.trainingProviders].codes.count == 89)
        #expect(!lists[.trainingCategories].contains(3))
        #expect(lists[.mainServices].attribute("pay_and_pensions_group", of: 8) == "1")
        #expect(lists[.jobRoles].attribute("label", of: 4) == "Registered manager")
        #expect(
            lists.enumeration(file: "all", column: "STATUS") == ["NEW", "UPDATE", "DELETE", "UNCHECKED", "NOCHANGE"])
    }

    @Test("a missing or malformed list is named")
    func errors() throws {
        var files: [String: [UInt8]] = [:]
        for name in CodeLists.fileNames { files[name] = try SpecFiles.bytes("ascwds-codes/\(name)") }
        var missing = files
        missing["job-roles.csv"] = nil
        #expect(throws: CodeListError(list: "job-roles.csv", line: 0, problem: "the code list is missing")) {
            try CodeLists(files: missing)
        }
        var repeated = files
        repeated["ethnicity.csv"] = Array("code,label\n31,A\n31,B\n".utf8)
        #expect(throws: CodeListError(list: "ethnicity.csv", line: 3, problem: "repeats code 31")) {
            try CodeLists(files: repeated)
        }
    }
}

@Suite("Findings report")
struct FindingsReportTests {
    static func finding(
        _ file: UploadFileKind, _ line: Int, _ code: Int?, _ severity: Finding.Severity = .error
    ) -> Finding {
        Finding(
            file: file, line: line, localEstablishmentID: "WP, 1", uniqueWorkerID: file == .workplace ? nil : "EMP\"1",
            column: "SALARY", severity: severity, code: code, rule: "ST-SALARY-RANGE", value: "250",
            message: "SALARY must be between 500 and 200000")
    }

    @Test("one line per finding, sorted, with the issue's columns and RFC 4180 quoting")
    func csv() {
        let report = FindingsReport.csv([Self.finding(.staff, 8, 1260, .warning), Self.finding(.workplace, 3, 1020)])
        #expect(
            report == """
                file,line,localestid,uniqueworkerid,column,severity,code,rule,message\r
                workplace,3,"WP, 1",,SALARY,error,1020,ST-SALARY-RANGE,SALARY must be between 500 and 200000\r
                staff,8,"WP, 1","EMP""1",SALARY,warning,1260,ST-SALARY-RANGE,SALARY must be between 500 and 200000\r

                """)
    }

    @Test("ASC-WDS's reduction keeps the first finding per code per row, except in the Training file")
    func reduction() {
        let findings = [
            Self.finding(.staff, 5, 1060), Self.finding(.staff, 5, 1060), Self.finding(.staff, 5, 1070),
            Self.finding(.staff, 6, 1060), Self.finding(.staff, 5, nil), Self.finding(.training, 4, 1080),
            Self.finding(.training, 4, 1080),
        ]
        let reduced = ASCWDSReduction.reduce(findings)
        #expect(reduced.count == 6)
        #expect(reduced.filter { $0.file == .training }.count == 2)
    }
}
