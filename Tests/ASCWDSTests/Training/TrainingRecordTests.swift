import ASCWDS
import CarepathCore
import Foundation
import Testing

@Suite("Training records")
struct TrainingRecordTests {
    @Test("a valid row becomes a record with every value")
    func fullRecord() throws {
        let record = try #require(try TrainingFixture.validator().validate(try TrainingFixture.row()).record)
        let expected = TrainingRecord(
            workplaceReference: "SUNRISE-CH1", workerReference: "EMP0102", category: 20, name: "Safeguarding adults",
            accredited: .yes, deliveredBy: .externalProvider, providerCode: 40, deliveryMode: .faceToFace,
            validity: .months(36), completed: TrainingFixture.date("12/03/2025"),
            expiry: TrainingFixture.date("11/03/2028"), expiryIsDerived: false, notes: "Refresher")
        #expect(record == expected)
    }

    @Test("references keep their spelling; keys lose all whitespace")
    func referenceKeys() throws {
        let row = try TrainingFixture.row(["LOCALESTID": "SUNRISE CH1", "UNIQUEWORKERID": "EMP\t0102"])
        let record = try #require(try TrainingFixture.validator().validate(row).record)
        #expect(record.workplaceReference == "SUNRISE CH1")
        #expect(record.workplaceKey == "SUNRISECH1")
        #expect(record.workerReference == "EMP\t0102")
        #expect(record.workerKey == "EMP0102")
    }

    @Test("a reference of only non-breaking spaces counts as blank")
    func invisibleReference() throws {
        let result = try TrainingFixture.validator().validate(try TrainingFixture.row(["UNIQUEWORKERID": "\u{00A0}"]))
        #expect(result.findings.map(\.rule) == ["TR-UNIQUEWORKERID-MISSING"])
    }

    @Test(
        "a blank expiry is derived from completion and validity, and flagged",
        arguments: [
            ("12/03/2025", "36", "11/03/2028"), ("01/02/2025", "12", "31/01/2026"), ("31/01/2025", "1", "27/02/2025"),
            ("29/02/2024", "12", "27/02/2025"), ("05/02/2025", "12", "04/02/2026"),
        ])
    func derivedExpiry(completed: String, months: String, expiry: String) throws {
        let row = try TrainingFixture.row(["DATECOMPLETED": completed, "VALIDITY": months, "EXPIRYDATE": ""])
        let result = try TrainingFixture.validator().validate(row)
        #expect(result.findings.isEmpty)
        let record = try #require(result.record)
        #expect(record.expiry == TrainingFixture.date(expiry))
        #expect(record.expiryIsDerived)
        #expect(record.validity == .months(Int(months) ?? 0))
    }

    @Test(
        "spec 6.2 expiry arithmetic: completion + months - 1 day",
        arguments: [
            ("12/03/2025", 36, "11/03/2028"), ("01/02/2025", 12, "31/01/2026"), ("31/01/2025", 1, "27/02/2025"),
            ("31/12/2024", 2, "27/02/2025"), ("29/02/2024", 48, "28/02/2028"),
        ])
    func expiryArithmetic(completed: String, months: Int, expiry: String) throws {
        let start = try #require(TrainingFixture.date(completed))
        #expect(TrainingRecord.expiry(completed: start, months: months) == TrainingFixture.date(expiry))
    }

    @Test("no expiry is derived without a completion date or for validity none")
    func nothingDerived() throws {
        let validator = try TrainingFixture.validator()
        let noCompletion = try #require(
            validator.validate(try TrainingFixture.row(["DATECOMPLETED": "", "EXPIRYDATE": ""])).record)
        #expect(noCompletion.expiry == nil && !noCompletion.expiryIsDerived)
        let none = try #require(
            validator.validate(try TrainingFixture.row(["VALIDITY": "none", "EXPIRYDATE": ""])).record)
        #expect(none.expiry == nil && !none.expiryIsDerived)
    }

    @Test("VALIDITY none in any letter case is stored as none (10.23)", arguments: ["none", "None", "NONE", "nOnE"])
    func validityNone(text: String) throws {
        let row = try TrainingFixture.row(["VALIDITY": text, "EXPIRYDATE": ""])
        let record = try #require(try TrainingFixture.validator().validate(row).record)
        #expect(record.validity == .doesNotExpire)
        #expect(record.validity?.cellValue == "none")
    }

    @Test("warning 2090 drops the provider code but keeps the record")
    func providerDropped() throws {
        let result = try TrainingFixture.validator().validate(try TrainingFixture.row(["WHODELIVERED": "1"]))
        #expect(result.findings.map(\.code) == [2090])
        let record = try #require(result.record)
        #expect(record.deliveredBy == .inHouseStaff)
        #expect(record.providerCode == nil)
    }

    @Test("warning 2110 keeps both the validity and the expiry as written")
    func mismatchKeepsBoth() throws {
        let row = try TrainingFixture.row(["VALIDITY": "12", "DATECOMPLETED": "01/02/2025", "EXPIRYDATE": "01/02/2026"])
        let result = try TrainingFixture.validator().validate(row)
        #expect(result.findings.map(\.code) == [2110])
        let record = try #require(result.record)
        #expect(record.validity == .months(12))
        #expect(record.expiry == TrainingFixture.date("01/02/2026"))
        #expect(!record.expiryIsDerived)
        #expect(result.findings[0].message.contains("31/01/2026"))
    }

    @Test("a record survives a JSON round trip")
    func codable() throws {
        let record = try #require(try TrainingFixture.validator().validate(try TrainingFixture.row()).record)
        let decoded = try JSONDecoder().decode(TrainingRecord.self, from: try JSONEncoder().encode(record))
        #expect(decoded == record)
    }

    @Test("a short row gets only the column-count error and no record")
    func shortRow() throws {
        let result = try TrainingFixture.validator().validate(
            try TrainingFixture.row(cells: ["SUNRISE-CH1", "EMP0102", "3"], line: 9))
        #expect(result.findings.map(\.rule) == ["TR-COLUMN-COUNT"])
        #expect(result.findings.map(\.severity) == [.error])
        #expect(result.findings.first?.line == 9)
        #expect(result.record == nil)
    }

    @Test("extra cells with data are an error that stops the other rules")
    func shiftedRow() throws {
        let cells = HeaderLayout.training.map { TrainingFixture.base[$0] ?? "" } + ["stray"]
        let result = try TrainingFixture.validator().validate(try TrainingFixture.row(cells: cells))
        #expect(result.findings.map(\.rule) == ["TR-COLUMN-COUNT"])
        #expect(result.record == nil)
    }

    @Test("empty extra cells are a warning; the row is still validated and stored")
    func emptyExtraCells() throws {
        let cells = HeaderLayout.training.map { TrainingFixture.base.merging(["CATEGORY": "3"]) { $1 }[$0] ?? "" }
        let broken = try TrainingFixture.validator().validate(try TrainingFixture.row(cells: cells + ["", ""]))
        #expect(broken.findings.map(\.rule) == ["TR-COLUMN-COUNT", "TR-CATEGORY-UNKNOWN"])
        #expect(broken.findings.map(\.severity) == [.warning, .error])

        let valid = HeaderLayout.training.map { TrainingFixture.base[$0] ?? "" } + [""]
        let result = try TrainingFixture.validator().validate(try TrainingFixture.row(cells: valid))
        #expect(result.findings.map(\.severity) == [.warning])
        #expect(result.record != nil)
    }
}
