import Testing

@testable import ASCWDS

@Suite("Renames and transfers")
struct TransferRulesTests {
    static let staffColumns =
        ["LOCALESTID", "UNIQUEWORKERID", "CHGUNIQUEWRKID", "TRANSFERSTAFFRECORD"]
        + HeaderLayout.staffAfterReferences
        + (1...3).flatMap { [HeaderLayout.qualificationColumns($0).code, HeaderLayout.qualificationColumns($0).notes] }

    static func check(_ rows: [[String: String]], account: AccountContext = Sunrise.account) throws -> [Finding] {
        let (workplaces, _) = Sunrise.workplaceRules(try Sunrise.rows("workplace-valid.csv"))
        return Sunrise.staffRules(try Sunrise.file(staffColumns, rows), workplaces: workplaces, account: account)
    }

    @Test("the spec 12.3 example: a move to a NEW workplace and a rename pass")
    func example() throws {
        var account = Sunrise.account
        account.staff[StaffKey(workplace: "SUNRISE-CH1", worker: "EMP0131")] = .init()
        let findings = try Self.check(
            [
                [
                    "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0102", "TRANSFERSTAFFRECORD": "SUNRISE-DC1",
                    "STATUS": "UPDATE",
                ],
                [
                    "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0131", "CHGUNIQUEWRKID": "RN-0131",
                    "STATUS": "UPDATE",
                ],
                ["LOCALESTID": "SUNRISE-HO", "UNIQUEWORKERID": "EMP0001", "STATUS": "UNCHECKED"],
            ], account: account)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test("moving a worker that does not exist (1400) or to an unknown workplace (1401)")
    func unknowns() throws {
        let findings = try Self.check([
            [
                "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0102", "TRANSFERSTAFFRECORD": "SUNRISE-QQ",
                "STATUS": "UPDATE",
            ],
            [
                "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0999", "TRANSFERSTAFFRECORD": "SUNRISE-DC1",
                "STATUS": "UPDATE",
            ],
        ])
        #expect(findings.map(\.code).contains(1401))
        #expect(findings.map(\.code).contains(1400))
    }

    @Test("clashes at the destination: a worker already there (1402), two movers with one reference (1403)")
    func clashes() throws {
        var account = Sunrise.account
        account.staff[StaffKey(workplace: "SUNRISE-HO", worker: "EMP0102")] = .init()
        account.staff[StaffKey(workplace: "SUNRISE-DAY1", worker: "EMP0102")] = .init()
        let findings = try Self.check(
            [
                [
                    "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0102", "TRANSFERSTAFFRECORD": "SUNRISE-DC1",
                    "STATUS": "UPDATE",
                ],
                [
                    "LOCALESTID": "SUNRISE-HO", "UNIQUEWORKERID": "EMP0102", "TRANSFERSTAFFRECORD": "SUNRISE-DC1",
                    "STATUS": "UPDATE",
                ],
                [
                    "LOCALESTID": "SUNRISE-DAY1", "UNIQUEWORKERID": "EMP0102", "TRANSFERSTAFFRECORD": "SUNRISE-HO",
                    "STATUS": "UPDATE",
                ],
            ], account: account)
        #expect(findings.filter { $0.code == 1403 }.map(\.line) == [2, 3])
        #expect(findings.filter { $0.code == 1402 }.map(\.line) == [4])
    }

    @Test("a new reference that clashes with another row's reference or new reference is 998")
    func renameClash() throws {
        var account = Sunrise.account
        account.staff[StaffKey(workplace: "SUNRISE-CH1", worker: "EMP0131")] = .init()
        let findings = try Self.check(
            [
                [
                    "LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0102", "CHGUNIQUEWRKID": "EMP0131",
                    "STATUS": "UPDATE",
                ],
                ["LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0131", "STATUS": "UNCHECKED"],
            ], account: account)
        #expect(findings.map { "\($0.line) \($0.code ?? 0) \($0.column)" } == ["2 998 CHGUNIQUEWRKID"])
    }

    @Test("a NEW or UPDATE staff row under a workplace being deleted is an error unless it moves out (spec 10.25)")
    func underDeletedWorkplace() throws {
        let columns = ["LOCALESTID", "STATUS"] + HeaderLayout.workplace.dropFirst(2)
        let workplaceRows = try Sunrise.file(
            Array(columns),
            [
                ["LOCALESTID": "SUNRISE-HO", "STATUS": "UNCHECKED"], ["LOCALESTID": "SUNRISE-CH1", "STATUS": "DELETE"],
            ])
        let (workplaces, _) = Sunrise.workplaceRules(workplaceRows)
        let staff = try Sunrise.file(
            Self.staffColumns,
            [
                ["LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0102", "STATUS": "UPDATE"],
                ["LOCALESTID": "SUNRISE-CH1", "UNIQUEWORKERID": "EMP0102X", "STATUS": "DELETE"],
            ])
        let findings = Sunrise.staffRules(staff, workplaces: workplaces)
        #expect(findings.filter { $0.rule == "ST-WORKPLACE-DELETED" }.map(\.line) == [2])
    }
}
