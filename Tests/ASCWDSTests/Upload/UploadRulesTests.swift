import Testing

@testable import ASCWDS

/// The stored state the example files assume (spec 12): Sunrise Care Group, a parent whose head
/// office is its primary workplace, with a nursing home and a day centre already on record.
enum Sunrise {
    static let account = AccountContext(
        workplaces: [
            "SUNRISE-HO": .init(reference: "SUNRISE-HO", name: "Sunrise Care Group Head Office"),
            "SUNRISE-CH1": .init(reference: "SUNRISE-CH1", name: "Meadowbank Nursing Home", locationID: "1-101"),
            "SUNRISE-DAY1": .init(reference: "SUNRISE-DAY1", name: "Riverside Day Centre"),
        ],
        staff: [
            StaffKey(workplace: "SUNRISE-HO", worker: "EMP0001"): .init(mainJobRole: 1),
            StaffKey(workplace: "SUNRISE-CH1", worker: "EMP0102"): .init(mainJobRole: 4),
            StaffKey(workplace: "SUNRISE-DAY1", worker: "EMP0301"): .init(mainJobRole: 25),
        ],
        isParent: true, primaryWorkplaceKey: "SUNRISE-HO")

    static func rows(_ path: String) throws -> [UploadRow] {
        try SpecFiles.rows(SpecFiles.bytes("ascwds-examples/\(path)")).rows
    }

    static func workplaceRules(
        _ rows: [UploadRow], account: AccountContext = account
    ) -> (WorkplaceFileRules, [Finding]) {
        var rules = WorkplaceFileRules(account: account)
        var findings = rows.flatMap { rules.check($0) }
        findings += rules.finish()
        return (rules, findings)
    }

    static func staffRules(
        _ rows: [UploadRow], workplaces: WorkplaceFileRules, account: AccountContext = account
    ) -> [Finding] {
        var rules = StaffFileRules(account: account, workplaces: workplaces.surviving)
        return rows.flatMap { rules.check($0) } + rules.finish()
    }

    /// A small file built from a header and rows of `column=value` pairs (other cells blank).
    static func file(_ columns: [String], _ rows: [[String: String]]) throws -> [UploadRow] {
        let lines =
            [columns.joined(separator: ",")] + rows.map { row in columns.map { row[$0] ?? "" }.joined(separator: ",") }
        return try SpecFiles.rows(SpecFiles.utf8(lines.joined(separator: "\n") + "\n")).rows
    }
}

@Suite("Upload rules across rows and files")
struct UploadRulesTests {
    @Test("the valid example set passes the account, uniqueness and STATUS rules")
    func validSet() throws {
        let (workplaces, workplaceFindings) = Sunrise.workplaceRules(try Sunrise.rows("workplace-valid.csv"))
        #expect(workplaceFindings.isEmpty, "\(workplaceFindings)")
        #expect(workplaces.surviving.count == 4)
        let staffFindings = Sunrise.staffRules(try Sunrise.rows("staff-valid.csv"), workplaces: workplaces)
        #expect(staffFindings.isEmpty, "\(staffFindings)")
    }

    @Test("workplace-invalid.csv: the later duplicate gets 998 and UPDATE of an unknown workplace 1020")
    func invalidWorkplaces() throws {
        let (workplaces, findings) = Sunrise.workplaceRules(try Sunrise.rows("workplace-invalid.csv"))
        #expect(findings.map { "\($0.line) \($0.code ?? 0) \($0.severity)" } == ["13 998 error", "18 1020 error"])
        #expect(workplaces.surviving["BAD-10"]?.line == 12)
    }

    @Test("staff-invalid.csv: 997 for the unknown workplace, 998 for the later duplicate")
    func invalidStaff() throws {
        let (workplaces, _) = Sunrise.workplaceRules(try Sunrise.rows("workplace-valid.csv"))
        let findings = Sunrise.staffRules(try Sunrise.rows("staff-invalid.csv"), workplaces: workplaces)
        #expect(
            findings.map { "\($0.line) \($0.code ?? 0) \($0.column)" } == ["2 997 LOCALESTID", "4 998 UNIQUEWORKERID"])
    }

    @Test(
        "account rules: one row for a non-parent (950), primary present (955) and not deleted (956), data owner (997)")
    func accountRules() throws {
        let columns = ["LOCALESTID", "STATUS"] + HeaderLayout.workplace.dropFirst(2)
        var single = Sunrise.account
        single.isParent = false
        let two = try Sunrise.file(
            Array(columns),
            [
                ["LOCALESTID": "SUNRISE-HO", "STATUS": "UNCHECKED"],
                ["LOCALESTID": "SUNRISE-CH1", "STATUS": "UNCHECKED"],
            ])
        #expect(Sunrise.workplaceRules(two, account: single).1.map(\.code) == [950])

        let noPrimary = try Sunrise.file(Array(columns), [["LOCALESTID": "SUNRISE-CH1", "STATUS": "UNCHECKED"]])
        let missing = Sunrise.workplaceRules(noPrimary).1
        #expect(missing.map(\.code) == [955])
        #expect(missing.first?.line == 1)
        #expect(missing.first?.localEstablishmentID == "SUNRISE-HO")

        let deleted = try Sunrise.file(
            Array(columns),
            [["LOCALESTID": "SUNRISE-CH1", "STATUS": "UNCHECKED"], ["LOCALESTID": "SUNRISE-HO", "STATUS": "DELETE"]])
        let deleting = Sunrise.workplaceRules(deleted).1
        #expect(deleting.map(\.code) == [956])
        #expect(deleting.first?.line == 3)

        var notOwner = Sunrise.account
        notOwner.workplaces["SUNRISE-DAY1"]?.isDataOwned = false
        let rows = try Sunrise.file(
            Array(columns),
            [
                ["LOCALESTID": "SUNRISE-HO", "STATUS": "UNCHECKED"],
                ["LOCALESTID": "SUNRISE-DAY1", "STATUS": "UNCHECKED"],
            ])
        #expect(Sunrise.workplaceRules(rows, account: notOwner).1.map { "\($0.line) \($0.code ?? 0)" } == ["3 997"])
    }

    @Test("a first return creates records from UPDATE, UNCHECKED and NOCHANGE rows, with a notice each")
    func firstReturn() throws {
        let (workplaces, findings) = Sunrise.workplaceRules(
            try Sunrise.rows("workplace-valid.csv"), account: AccountContext())
        #expect(findings.allSatisfy { $0.severity == .information })
        #expect(findings.map(\.line) == [2, 3, 5])
        #expect(workplaces.primaryKey == "SUNRISE-HO")
        let staff = Sunrise.staffRules(
            try Sunrise.rows("staff-valid.csv"), workplaces: workplaces, account: AccountContext())
        #expect(staff.allSatisfy { $0.severity == .information })
        #expect(staff.map(\.line) == [2, 3, 6])
    }

    @Test("the second return applies every existence rule: NEW must not exist, the rest must")
    func existence() throws {
        let columns = ["LOCALESTID", "STATUS"] + HeaderLayout.workplace.dropFirst(2)
        let rows = try Sunrise.file(
            Array(columns),
            [
                ["LOCALESTID": "SUNRISE-HO", "STATUS": "UNCHECKED"], ["LOCALESTID": "SUNRISE-CH1", "STATUS": "new"],
                ["LOCALESTID": "SUNRISE-ZZ", "STATUS": "DELETE"], ["LOCALESTID": "SUNRISE-YY", "STATUS": "NOCHANGE"],
            ])
        let findings = Sunrise.workplaceRules(rows).1
        #expect(findings.map(\.rule) == ["WP-STATUS-NEW-EXISTS", "WP-STATUS-NOT-FOUND", "WP-STATUS-NOT-FOUND"])
        #expect(findings.map(\.line) == [3, 4, 5])
    }
}
