import ASCWDS
import CarepathCore
import Testing

/// Workplaces and people through a history: who stays, who leaves and who comes back elsewhere.
@Suite("Demo history: workplaces and people across returns")
struct DemoHistoryPeopleTests {
    @Test("the same workplaces in every return: NEW in the first, UPDATE or NOCHANGE after")
    func workplaces() throws {
        for history in [try DemoHistoryFixture.quarterly.get(), try DemoHistoryFixture.monthly.get()] {
            let references = history.returns[0].workplaces.map(\.localEstablishmentID)
            #expect(references.count == history.returns[0].workplaces.count && !references.isEmpty)
            for (index, upload) in history.returns.enumerated() {
                #expect(upload.workplaces.map(\.localEstablishmentID) == references)
                let expected: Set<String> = index == 0 ? ["NEW"] : ["UPDATE", "NOCHANGE"]
                #expect(upload.workplaces.allSatisfy { expected.contains($0["STATUS"]) })
                if index > 0 {
                    // NOCHANGE only for a row exactly as it was: the staff-dependent columns too.
                    for (row, before) in zip(upload.workplaces, history.returns[index - 1].workplaces)
                    where row["STATUS"] == "NOCHANGE" {
                        #expect(HeaderLayout.workplace.allSatisfy { $0 == "STATUS" || row[$0] == before[$0] })
                    }
                }
            }
        }
        let monthly = try DemoHistoryFixture.monthly.get()
        #expect(monthly.returns.dropFirst().contains { $0.workplaces.contains { $0["STATUS"] == "NOCHANGE" } })
    }

    @Test("stayers keep their record; starters are NEW and started between the returns; leavers never come back")
    func stayersStartersLeavers() throws {
        let history = try DemoHistoryFixture.quarterly.get()
        let identity = ["NINUMBER", "DOB", "STARTDATE", "DISPLAYID", "GENDER", "MAINJOBROLE", "STARTINSECT"]
        var gone = Set<String>()
        var stayers = 0
        for index in 1..<history.returns.count {
            let before = history.staffByKey[index - 1]
            let now = history.staffByKey[index]
            for (key, row) in now {
                #expect(!gone.contains(key), "\(key) left and came back with the same record")
                if let earlier = before[key] {
                    stayers += 1
                    #expect(row["STATUS"] == "UPDATE")
                    #expect(identity.allSatisfy { row[$0] == earlier[$0] }, "\(key)")
                } else {
                    #expect(row["STATUS"] == "NEW")
                    let start = try #require(DemoFixture.date(row["STARTDATE"]))
                    #expect(start > history.dates[index - 1] && start <= history.dates[index], "\(key)")
                }
            }
            gone.formUnion(before.keys.filter { now[$0] == nil })
        }
        #expect(stayers > 8_000)
        #expect(gone.count > 500)
        #expect(history.returns[0].staff.allSatisfy { $0["STATUS"] == "NEW" })
    }

    @Test("about two in three leavers start again at another workplace: new reference, same NI and DOB")
    func movers() throws {
        let history = try DemoHistoryFixture.quarterly.get()
        // Where each NI number was last seen: its staff row, and the date of that return.
        var lastSeen: [String: (row: UploadRow, date: CalendarDate)] = [:]
        var newByNumber: [[String: UploadRow]] = []
        var movers = 0
        for (index, upload) in history.returns.enumerated() {
            let numbers = upload.staff.map { $0["NINUMBER"] }
            #expect(Set(numbers).count == numbers.count, "an NI number twice in return \(index)")
            newByNumber.append([:])
            for row in upload.staff where row["STATUS"] == "NEW" && index > 0 {
                newByNumber[index][row["NINUMBER"]] = row
                guard let (earlier, date) = lastSeen[row["NINUMBER"]] else {
                    #expect(!["1", "2"].contains(row["RECSOURCE"]), "a new person says they come from the sector")
                    continue
                }
                movers += 1
                #expect(earlier.localEstablishmentID != row.localEstablishmentID)
                #expect(earlier.uniqueWorkerID != row.uniqueWorkerID)
                #expect(earlier["DOB"] == row["DOB"] && earlier["DISPLAYID"] == row["DISPLAYID"])
                #expect(history.staffByKey[index][history.key(earlier)] == nil, "still at the old workplace")
                #expect(try #require(DemoFixture.date(row["STARTDATE"])) > date)
                #expect(["1", "2"].contains(row["RECSOURCE"]))
            }
            for row in upload.staff { lastSeen[row["NINUMBER"]] = (row, history.dates[index]) }
        }
        var leavers = 0
        var cameBack = 0
        for index in 1..<history.returns.count {
            for row in history.returns[index - 1].staff where history.staffByKey[index][history.key(row)] == nil {
                leavers += 1
                if (index..<history.returns.count).contains(where: { newByNumber[$0][row["NINUMBER"]] != nil }) {
                    cameBack += 1
                }
            }
        }
        #expect(cameBack == movers)
        // Skills for Care: 66% of leavers stay in the sector; a few have not found a post by the end.
        let share = Double(cameBack) / Double(leavers)
        #expect((0.58...0.70).contains(share), "share \(share) of \(leavers)")
    }
}
