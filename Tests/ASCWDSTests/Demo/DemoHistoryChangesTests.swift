import ASCWDS
import CarepathCore
import Testing

@testable import ASCWDS

/// What changes for the people who stay, the training that follows them, and determinism.
@Suite("Demo history: sickness, pay and training over time; seeds")
struct DemoHistoryChangesTests {
    @Test("DAYSSICK changes now and then; pay rises on 1 April and only then")
    func sicknessAndPay() throws {
        let history = try DemoHistoryFixture.quarterly.get()
        let rise = DemoHistoryFixture.parameters(workplaces: 1).annualPayRise
        var sicknessChanged = 0
        var stayers = 0
        for index in 1..<history.returns.count {
            let april = DemoUploadGenerator.aprils(after: history.dates[index - 1], upTo: history.dates[index])
            var raised = 0
            for row in history.returns[index].staff where row["STATUS"] == "UPDATE" {
                let before = try #require(history.staffByKey[index - 1][history.key(row)])
                stayers += 1
                if row["DAYSSICK"] != before["DAYSSICK"] { sicknessChanged += 1 }
                #expect(row["SALARYINT"] == before["SALARYINT"])
                if let pence = Cells.decimal(row["HOURLYRATE"]), let old = Cells.decimal(before["HOURLYRATE"]) {
                    let expected = april == 1 ? (old * 100 * (1 + rise)).rounded() : old * 100
                    #expect(abs(pence * 100 - expected) < 0.01, "\(row["HOURLYRATE"]) after \(before["HOURLYRATE"])")
                    if pence > old { raised += 1 }
                }
                if let salary = DemoFixture.number(row["SALARY"]), let old = DemoFixture.number(before["SALARY"]) {
                    #expect(april == 1 ? salary > old && salary % 50 == 0 : salary == old)
                }
            }
            #expect((april == 1) == (raised > 0), "return \(index)")
        }
        let share = Double(sicknessChanged) / Double(stayers)
        #expect((0.4...0.9).contains(share), "DAYSSICK changed for \(share) of stayers between quarterly returns")
    }

    @Test("training rows follow each return's staff; expiring training is renewed")
    func training() throws {
        let history = try DemoHistoryFixture.quarterly.get()
        var renewed = 0
        for index in history.returns.indices {
            let date = history.dates[index]
            let keys = history.staffByKey[index]
            for row in history.returns[index].training {
                #expect(keys[history.key(row)] != nil, "training of someone not in return \(index)")
                #expect(try #require(DemoFixture.date(row["DATECOMPLETED"])) <= date)
                if let months = DemoFixture.number(row["VALIDITY"]), let expiry = DemoFixture.date(row["EXPIRYDATE"]) {
                    #expect(expiry == DemoFixture.date(row["DATECOMPLETED"])!.adding(months: months).adding(days: -1))
                }
            }
            let trained = Set(history.returns[index].training.map(history.key))
            #expect(Double(trained.count) > 0.9 * Double(keys.count))
            guard index > 0 else { continue }
            let before = Dictionary(
                history.returns[index - 1].training.map { ("\(history.key($0))/\($0["TRAININGNAME"])", $0) },
                uniquingKeysWith: { first, _ in first })
            for row in history.returns[index].training {
                guard let old = before["\(history.key(row))/\(row["TRAININGNAME"])"] else { continue }
                if row["DATECOMPLETED"] != old["DATECOMPLETED"] {
                    renewed += 1
                    #expect(DemoFixture.date(row["DATECOMPLETED"])! > history.dates[index - 1])
                }
            }
        }
        #expect(renewed > 1_000)
    }

    @Test("the same seed and dates give byte-identical returns; another seed gives others")
    func determinism() throws {
        let generator = try DemoFixture.generator(DemoHistoryFixture.parameters(workplaces: 10))
        let dates = DemoUploadGenerator.monthlyReturnDates(endingOn: DemoFixture.asOf, count: 4)
        let first = generator.generateHistoryFiles(seed: 42, returnDates: dates)
        let second = generator.generateHistoryFiles(seed: 42, returnDates: dates.reversed() + [dates[1]])
        #expect(first.map(\.date) == dates && second.map(\.date) == dates)
        #expect(
            first.map { [$0.workplace, $0.staff, $0.training] } == second.map { [$0.workplace, $0.staff, $0.training] })
        let other = generator.generateHistoryFiles(seed: 43, returnDates: dates)
        #expect(zip(first, other).allSatisfy { $0.staff != $1.staff })
    }

    @Test("the first return is the single upload of its date, but for misreported leavers")
    func firstReturn() throws {
        var parameters = DemoHistoryFixture.parameters(workplaces: 120)
        parameters.asOf = DemoHistoryFixture.quarterlyDates[0]
        let generator = try DemoFixture.generator(parameters)
        var first: [UploadFileKind: String] = [:]
        let summary = generator.generateHistory(seed: 8, returnDates: DemoHistoryFixture.quarterlyDates) {
            index, file, line in
            if index == 0 { first[file, default: ""] += line }
        }
        let single = generator.generateFiles(seed: 8)
        #expect(first[.staff] == single.staff && first[.training] == single.training)
        let rows = try SpecFiles.rows(SpecFiles.utf8(first[.workplace]!)).rows
        let singleRows = try SpecFiles.rows(SpecFiles.utf8(single.workplace)).rows
        #expect(!summary.misreportedLeavers.isEmpty)
        for (row, expected) in zip(rows, singleRows) {
            let misreported = summary.misreportedLeavers.contains(row.localEstablishmentID)
            #expect(HeaderLayout.workplace.allSatisfy { $0 == "LEAVERS" || row[$0] == expected[$0] })
            #expect((row["LEAVERS"] != expected["LEAVERS"]) == misreported, "\(row.localEstablishmentID)")
        }
    }

    @Test("monthly dates end on the date given, a calendar month apart")
    func monthlyDates() {
        let end = CalendarDate(year: 2025, month: 3, day: 31)!
        let dates = DemoUploadGenerator.monthlyReturnDates(endingOn: end, count: 3)
        #expect(dates.map(\.description) == ["2025-01-31", "2025-02-28", "2025-03-31"])
        #expect(DemoUploadGenerator.monthlyReturnDates(endingOn: end, count: 0).isEmpty)
    }
}
