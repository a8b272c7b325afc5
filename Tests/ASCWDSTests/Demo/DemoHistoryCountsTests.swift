import ASCWDS
import CarepathCore
import Testing

@testable import ASCWDS

/// Declared STARTERS and LEAVERS against what the history itself shows.
@Suite("Demo history: declared against measured starters and leavers")
struct DemoHistoryCountsTests {
    static func check(_ history: DemoHistory) throws {
        let misreporting = Set(history.summary.misreportedLeavers)
        var fullYearChecks = 0
        for index in history.returns.indices {
            for row in history.returns[index].workplaces {
                let reference = row.localEstablishmentID
                let measured = history.measured(reference, at: index)
                let declaredLeavers = DemoHistory.declared(row, "LEAVERS")
                // Starters are in the files from the first return on, so they always match, by role.
                #expect(DemoHistory.declared(row, "STARTERS") == measured.starters, "\(reference) return \(index)")
                let declaredTotal = declaredLeavers.values.reduce(0, +)
                let measuredTotal = measured.leavers.values.reduce(0, +)
                if misreporting.contains(reference) {
                    guard history.coversYear(index) else { continue }
                    // Wrong by a large margin: DQ-EVENTS-VS-DECLARED (difference > max(2, 10%)) finds it.
                    #expect(abs(declaredTotal - measuredTotal) > max(2, measuredTotal / 10), "\(reference)")
                } else if history.coversYear(index) {
                    #expect(declaredLeavers == measured.leavers, "\(reference) return \(index)")
                    fullYearChecks += 1
                } else {
                    // The year before the first return is not in the files: declared includes it.
                    for (role, count) in measured.leavers {
                        #expect(declaredLeavers[role, default: 0] >= count, "\(reference) return \(index) role \(role)")
                    }
                }
            }
        }
        #expect(fullYearChecks > 0)
    }

    @Test("quarterly: starters always, and leavers over a whole year, are exactly what the files show")
    func quarterly() throws {
        try Self.check(try DemoHistoryFixture.quarterly.get())
    }

    @Test("monthly: starters always, and leavers over a whole year, are exactly what the files show")
    func monthly() throws {
        try Self.check(try DemoHistoryFixture.monthly.get())
    }

    @Test("about 5% of workplaces misreport leavers, and only those declare leavers that are not measured")
    func misreportingShare() throws {
        let generator = try DemoFixture.generator(DemoHistoryFixture.parameters(workplaces: 400))
        let summary = generator.generateHistory(seed: 9, returnDates: [DemoFixture.asOf]) { _, _, _ in }
        let share = Double(summary.misreportedLeavers.count) / 400
        #expect((0.02...0.08).contains(share), "share \(share)")
        let history = try DemoHistoryFixture.quarterly.get()
        let last = history.returns.count - 1
        let wrong = history.returns[last].workplaces.filter { row in
            DemoHistory.declared(row, "LEAVERS") != history.measured(row.localEstablishmentID, at: last).leavers
        }
        #expect(!wrong.isEmpty)
        #expect(Set(wrong.map(\.localEstablishmentID)) == Set(history.summary.misreportedLeavers))
    }

    @Test("leavers over the year follow each workplace's council turnover rate")
    func turnover() throws {
        let history = try DemoHistoryFixture.quarterly.get()
        let last = history.returns.count - 1
        let parameters = DemoHistoryFixture.parameters(workplaces: 60)
        let councils = Dictionary(uniqueKeysWithValues: DemoFixture.eastOfEngland.map { ($0.postcode, $0.cassrCode) })
        // The KPI's turnover: leavers over the permanent and temporary staff, the only ones who leave.
        let employed = history.returns[last].directlyEmployed
        let staff = Dictionary(grouping: employed, by: \.localEstablishmentID)
        var expected = 0.0
        var leavers = 0
        for row in history.returns[last].workplaces {
            let rate = parameters.figures(forCouncil: councils[row["POSTCODE"]]!).turnoverRate
            expected += rate * Double(staff[row.localEstablishmentID]?.count ?? 0)
            leavers += history.measured(row.localEstablishmentID, at: last).leavers.values.reduce(0, +)
        }
        let total = Double(employed.count)
        let measured = Double(leavers) / total
        #expect(abs(measured - expected / total) < 0.03, "measured \(measured) against \(expected / total)")
    }
}
