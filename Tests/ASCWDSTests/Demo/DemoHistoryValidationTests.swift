import ASCWDS
import CarepathCore
import Testing

/// Each return of a history is an upload ASC-WDS and Carepath accept: on its own, and as the next
/// return of an organisation that completed the one before.
@Suite("Demo history: every return validates")
struct DemoHistoryValidationTests {
    /// Workplace count warnings the generator is built to avoid: 2200 staff count, 2300/2310/2320
    /// vacancies, starters and leavers within the staff count, 2301 registered manager.
    static let countWarnings: Set<Int> = [2200, 2300, 2301, 2310, 2320]

    static func check(_ history: DemoHistory) throws {
        for index in history.returns.indices {
            let upload = history.returns[index]
            var accounts = [("on its own", AccountContext())]
            if index > 0 {
                accounts.append(
                    ("after the return before", DemoHistoryFixture.account(after: history.returns[index - 1])))
            }
            for (name, account) in accounts {
                let report = try DemoHistoryFixture.validate(upload, on: history.dates[index], account: account)
                let errors = report.findings.filter { $0.severity == .error }
                #expect(errors.isEmpty, "return \(index) \(name): \(errors.prefix(5).map(\.description))")
                let counts = report.findings.filter { $0.code.map(Self.countWarnings.contains) ?? false }
                #expect(counts.isEmpty, "return \(index) \(name): \(counts.prefix(5).map(\.description))")
                #expect(report.rowCounts[.staff] == upload.staff.count)
            }
        }
    }

    @Test("quarterly returns: no errors, and no staff-count warnings, on their own or after the one before")
    func quarterly() throws {
        try Self.check(try DemoHistoryFixture.quarterly.get())
    }

    @Test("monthly returns: no errors, and no staff-count warnings, on their own or after the one before")
    func monthly() throws {
        try Self.check(try DemoHistoryFixture.monthly.get())
    }

    @Test("a return after the one before has the STATUS it needs: a NEW record there would be an error")
    func statusesAgainstStoredState() throws {
        let history = try DemoHistoryFixture.quarterly.get()
        let account = DemoHistoryFixture.account(after: history.returns[0])
        // The first return again, all NEW, clashes with what it created: 1020 and 1040 on every row.
        let report = try DemoHistoryFixture.validate(history.returns[0], on: history.dates[1], account: account)
        #expect(report.findings.filter { $0.code == 1020 }.count == history.returns[0].workplaces.count)
        #expect(report.findings.filter { $0.code == 1040 }.count == history.returns[0].staff.count)
    }
}
