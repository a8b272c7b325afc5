import CarepathCore
import Testing

@testable import ASCWDS

/// 3240: days sick given again, unchanged, on a record last saved before today (spec 5.3).
@Suite("Days sick unchanged (3240)")
struct DaysSickUnchangedTests {
    static let lastYear = CalendarDate(year: 2024, month: 7, day: 1)!

    /// The valid example set after its upload, with stored days sick for each worker: EMP0001 as
    /// its row gives (2.5) and saved last year; EMP0102 as given (0) but saved today; EMP0131 saved
    /// last year with another value; EMP0301 as given (4) with no saved date.
    static var account: AccountContext {
        var account = ExportFixture.sunriseAfterValidUpload
        func store(_ workplace: String, _ worker: String, halves: Int, savedOn: CalendarDate?) {
            let key = StaffKey(workplace: workplace, worker: worker)
            account.staff[key, default: .init()].daysSick = .known(HalfSteps(halves: halves))
            account.staff[key, default: .init()].savedOn = savedOn
        }
        store("SUNRISE-HO", "EMP0001", halves: 5, savedOn: lastYear)
        store("SUNRISE-CH1", "EMP0102", halves: 0, savedOn: ExportFixture.today)
        store("SUNRISE-CH1", "EMP0131", halves: 2, savedOn: lastYear)
        store("SUNRISE-DAY1", "EMP0301", halves: 8, savedOn: nil)
        return account
    }

    static func unchangedWarnings(_ files: (workplace: String, staff: String, training: String)) throws -> [Finding] {
        try ExportFixture.validateUpload(files, account: account).findings.filter { $0.code == 3240 }
    }

    @Test("an UPDATE row repeating a value saved before today is warned about; the others are not")
    func updateRows() throws {
        let files = try ExportFixture.export(try ExportFixture.examples(asStored: true), status: .update)
        let warnings = try Self.unchangedWarnings(files)
        #expect(warnings.map(\.uniqueWorkerID) == ["EMP0001"])
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.rule == "ST-DAYSSICK-UNCHANGED")
        #expect(warnings.first?.column == "DAYSSICK")
        #expect(warnings.first?.message.contains("01/07/2024") == true)
    }

    @Test("a NOCHANGE row is compared on its raw cell; UNCHECKED rows never are")
    func noChangeAndUnchecked() throws {
        let set = try ExportFixture.examples(asStored: true)
        var files = try ExportFixture.export(set, status: .update)
        files.staff = files.staff.replacing("SUNRISE-HO,EMP0001,UPDATE,", with: "SUNRISE-HO,EMP0001,NOCHANGE,")
        #expect(files.staff.contains(",NOCHANGE,"))
        #expect(try Self.unchangedWarnings(files).map(\.uniqueWorkerID) == ["EMP0001"])
        let unchecked = try ExportFixture.export(set, status: .unchecked)
        #expect(try Self.unchangedWarnings(unchecked).isEmpty)
    }
}
