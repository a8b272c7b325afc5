import ASCWDS
import CarepathCore
import Testing

/// The Training rules of spec 6.2 and 6.3 the generated rows are built to satisfy.
@Suite("Demo upload generator: training rows")
struct DemoTrainingRowTests {
    @Test("each row belongs to a staff row, with known codes (996, 997, 1050–1100)")
    func references() throws {
        let upload = try DemoFixture.sample.get()
        let codes = try SpecFiles.codeLists()
        let staff = upload.staffByKey
        for row in upload.training {
            #expect(staff["\(row.localEstablishmentID)/\(row.uniqueWorkerID)"] != nil, "line \(row.line)")
            #expect(codes[.trainingCategories].contains(row["CATEGORY"]))
            #expect(!row["TRAININGNAME"].isEmpty && row["TRAININGNAME"].count <= 120)
            #expect(["", "0", "1", "999"].contains(row["ACCREDITED"]))
            #expect(["", "1", "2"].contains(row["WHODELIVERED"]))
            #expect(["", "1", "2"].contains(row["HOWDELIVERED"]))
            if row["WHODELIVERED"] == "2" {
                #expect(codes[.trainingProviders].contains(row["PROVIDERNAME"]))
            } else {
                #expect(row["PROVIDERNAME"].isEmpty)
            }
            #expect(row["NOTES"].count <= 1_000)
        }
    }

    @Test("completed on or before the as-of date and at least 14 years after birth (1020, 1080)")
    func completion() throws {
        let upload = try DemoFixture.sample.get()
        let staff = upload.staffByKey
        for row in upload.training {
            let completed = try #require(DemoFixture.date(row["DATECOMPLETED"]), "line \(row.line)")
            let worker = try #require(staff["\(row.localEstablishmentID)/\(row.uniqueWorkerID)"])
            let birth = try #require(DemoFixture.date(worker["DOB"]))
            #expect(completed <= DemoFixture.asOf)
            #expect(completed >= birth.adding(months: 14 * 12), "line \(row.line)")
        }
    }

    @Test("expiry is completion + validity months − 1 day, and absent for none (1030, 2110)")
    func expiry() throws {
        let upload = try DemoFixture.sample.get()
        var checked = 0
        for row in upload.training {
            let completed = try #require(DemoFixture.date(row["DATECOMPLETED"]))
            guard let months = DemoFixture.number(row["VALIDITY"]) else {
                #expect(["none", ""].contains(row["VALIDITY"]))
                #expect(row["EXPIRYDATE"].isEmpty)
                continue
            }
            #expect((1...999).contains(months))
            guard !row["EXPIRYDATE"].isEmpty else { continue }
            let expiry = try #require(DemoFixture.date(row["EXPIRYDATE"]))
            #expect(expiry == completed.adding(months: months).adding(days: -1))
            #expect(expiry > completed)
            checked += 1
        }
        #expect(checked > upload.training.count / 2)
    }

    @Test("a worker takes each course once")
    func distinctCourses() throws {
        let upload = try DemoFixture.sample.get()
        let courses = Dictionary(grouping: upload.training) { "\($0.localEstablishmentID)/\($0.uniqueWorkerID)" }
        for rows in courses.values {
            #expect(Set(rows.map { $0["TRAININGNAME"] }).count == rows.count)
        }
    }
}
