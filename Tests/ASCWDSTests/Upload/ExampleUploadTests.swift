import CarepathCore
import Testing

@testable import ASCWDS

/// The spec's example files through the whole validator (spec 12.4): the valid set passes, and each
/// invalid file gives exactly the findings of `expected-results.csv`, after ASC-WDS's per-row
/// reduction, plus the documented count warnings.
@Suite("Example uploads against expected-results.csv")
struct ExampleUploadTests {
    static let today = CalendarDate(year: 2025, month: 7, day: 16)!

    static var account: AccountContext {
        var account = Sunrise.account
        account.workplaces["SUNRISE-HO"]?.isRegulated = false
        account.workplaces["SUNRISE-CH1"]?.isRegulated = true
        account.workplaces["SUNRISE-DAY1"]?.isRegulated = false
        return account
    }

    static func validate(workplace: String, staff: String?, training: String?) throws -> UploadValidationReport {
        var validator = UploadValidator(
            context: ValidationContext(codes: try SpecFiles.codeLists(), today: today), account: account,
            postcodeIsKnown: { _ in true })
        for row in try Sunrise.rows(workplace) { validator.validateWorkplace(row) }
        validator.finishWorkplaces()
        for row in try staff.map(Sunrise.rows) ?? [] { _ = validator.validateStaff(row) }
        for row in try training.map(Sunrise.rows) ?? [] { _ = validator.validateTraining(row) }
        return validator.finish()
    }

    /// `line code severity` for each expected finding of one file (rows with a code only).
    static func expected(_ file: String) throws -> Set<String> {
        let records = try CSVReader.records(in: SpecFiles.bytes("ascwds-examples/expected-results.csv"))
        return Set(
            records.dropFirst().filter { $0[0] == file && !$0[6].isEmpty && Int($0[1]) != nil }
                .map { "\($0[1]) \($0[6]) \($0[5])" })
    }

    static func found(
        _ report: UploadValidationReport, in file: UploadFileKind, excluding codes: Set<Int> = []
    ) -> Set<String> {
        Set(
            ASCWDSReduction.reduce(report.findings).filter {
                $0.file == file && $0.code != nil && !codes.contains($0.code!)
            }
            .map { "\($0.line) \($0.code!) \($0.severity.rawValue)" })
    }

    @Test("the valid set passes with no findings at all")
    func validSet() throws {
        let report = try Self.validate(
            workplace: "workplace-valid.csv", staff: "staff-valid.csv", training: "training-valid.csv")
        #expect(report.findings.isEmpty, "\(report.findings.map(\.description))")
        #expect(report.outcome == .passed)
        #expect(report.rowCounts == [.workplace: 4, .staff: 5, .training: 5])
    }

    @Test("the valid set as an organisation's first return: every row creates its record, with notices only")
    func firstReturn() throws {
        var validator = UploadValidator(
            context: ValidationContext(codes: try SpecFiles.codeLists(), today: Self.today), account: AccountContext(),
            postcodeIsKnown: { _ in true })
        for row in try Sunrise.rows("workplace-valid.csv") { validator.validateWorkplace(row) }
        validator.finishWorkplaces()
        let staff = try Sunrise.rows("staff-valid.csv").map { validator.validateStaff($0) }
        let training = try Sunrise.rows("training-valid.csv").map { validator.validateTraining($0) }
        let report = validator.finish()
        #expect(report.findings.allSatisfy { $0.severity == .information }, "\(report.findings.map(\.description))")
        #expect(validator.workplaces.count == 4)
        #expect(validator.workplaces["SUNRISE-DAY1"]?.status == .new)
        #expect(validator.workplaces["SUNRISE-DAY1"]?.mainService == 6)
        #expect(staff.allSatisfy { $0.record != nil })
        #expect(staff[4].record?.hourlyRatePence == 1260)
        #expect(training.allSatisfy { $0.record != nil })
    }

    @Test("workplace-invalid.csv alone: exactly the expected findings, plus 2200 on NEW rows with no staff")
    func invalidWorkplaces() throws {
        let report = try Self.validate(workplace: "workplace-invalid.csv", staff: nil, training: nil)
        let found = Self.found(report, in: .workplace, excluding: [2200])
        let expected = try Self.expected("workplace-invalid.csv")
        #expect(found == expected, "extra: \(found.subtracting(expected)); missing: \(expected.subtracting(found))")
        let countWarnings = report.findings.filter { $0.code == 2200 }.map(\.line)
        #expect(countWarnings.contains(14), "BAD-11 has only a SICKPAY warning, so its staff count is checked")
        #expect(report.outcome == .failed)
    }

    @Test("staff-invalid.csv with the valid Workplace file: the expected staff findings, and 2200/2301 at CH1 and DC1")
    func invalidStaff() throws {
        let report = try Self.validate(workplace: "workplace-valid.csv", staff: "staff-invalid.csv", training: nil)
        #expect(Self.found(report, in: .staff) == (try Self.expected("staff-invalid.csv")))
        #expect(
            Self.found(report, in: .workplace) == [
                "3 2200 warning", "3 2301 warning", "4 2200 warning", "4 2301 warning",
            ])
    }

    @Test("training-invalid.csv with the valid Workplace and Staff files: exactly the expected findings")
    func invalidTraining() throws {
        let report = try Self.validate(
            workplace: "workplace-valid.csv", staff: "staff-valid.csv", training: "training-invalid.csv")
        #expect(Self.found(report, in: .training) == (try Self.expected("training-invalid.csv")))
        #expect(report.findings.filter { $0.file != .training }.isEmpty)
    }

    @Test("a NEW workplace at an unknown postcode is an error and its staff rows get 997; an UPDATE keeps its postcode")
    func unknownPostcode() throws {
        var validator = UploadValidator(
            context: ValidationContext(codes: try SpecFiles.codeLists(), today: Self.today), account: Self.account,
            postcodeIsKnown: { $0.outcode.normalised != "BD1" && $0.outcode.normalised != "LS1" })
        for row in try Sunrise.rows("workplace-valid.csv") { validator.validateWorkplace(row) }
        validator.finishWorkplaces()
        let staff = try Sunrise.rows("staff-valid.csv").map { validator.validateStaff($0) }
        let report = validator.finish()
        let postcodeFindings = report.findings.filter { $0.column == "POSTCODE" }
        #expect(
            postcodeFindings.map { "\($0.localEstablishmentID ?? "") \($0.severity)" }.sorted() == [
                "SUNRISE-DC1 error", "SUNRISE-HO warning",
            ])
        #expect(staff[3].findings.map(\.code) == [997])
        #expect(validator.workplaces["SUNRISE-HO"]?.postcode == nil)
    }
}
