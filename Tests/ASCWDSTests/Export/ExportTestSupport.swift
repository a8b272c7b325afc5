import CarepathCore
import Testing

@testable import ASCWDS

/// The records of one file set, read through the row validators, with every finding.
struct ExportFileSet {
    var workplaces: [WorkplaceRecord] = []
    var staff: [StaffRecord] = []
    var training: [TrainingRecord] = []
    var findings: [Finding] = []

    var errors: [Finding] { findings.filter { $0.severity == .error } }
}

/// Reading files into records and back, for the exporter's tests.
enum ExportFixture {
    static let today = CalendarDate(year: 2025, month: 7, day: 16)!

    static func context() throws -> ValidationContext {
        ValidationContext(codes: try SpecFiles.codeLists(), today: today)
    }

    /// The valid example set as Carepath would have it stored.
    ///
    /// With `asStored`, `UNCHECKED` and `NOCHANGE` rows are read as `UPDATE`: the row validators
    /// read only the identity of such rows, while a stored record holds every value, and the
    /// example files carry those values in the row.
    static func examples(asStored: Bool) throws -> ExportFileSet {
        func text(_ name: String) throws -> String {
            String(decoding: try SpecFiles.bytes("ascwds-examples/\(name)"), as: UTF8.self)
        }
        return try read(
            workplace: text("workplace-valid.csv"), staff: text("staff-valid.csv"),
            training: text("training-valid.csv"),
            asStored: asStored)
    }

    /// Reads three files' text through ``UploadFileReader`` and the row validators.
    static func read(workplace: String, staff: String, training: String, asStored: Bool = false) throws -> ExportFileSet
    {
        let context = try context()
        var set = ExportFileSet()
        for row in try rows(workplace) {
            let validation = WorkplaceRowValidator(context: context).validate(stored(row, asStored))
            set.findings += validation.findings
            if let record = validation.record { set.workplaces.append(record) }
        }
        for row in try rows(staff) {
            let validation = StaffRowValidator(context: context).validate(stored(row, asStored))
            set.findings += validation.findings
            if let record = validation.record { set.staff.append(record) }
        }
        for row in try rows(training) {
            let validation = TrainingRowValidator(context: context).validate(row)
            set.findings += validation.findings
            if let record = validation.record { set.training.append(record) }
        }
        return set
    }

    static func rows(_ text: String) throws -> [UploadRow] {
        try SpecFiles.rows(SpecFiles.utf8(text)).rows
    }

    private static func stored(_ row: UploadRow, _ asStored: Bool) -> UploadRow {
        guard asStored, let status = RecordStatus(cell: row["STATUS"]), !status.validatesAllColumns else { return row }
        return row.replacing("STATUS", with: RecordStatus.update.rawValue)
    }

    /// The three files of `set`.
    static func export(
        _ set: ExportFileSet, status: ASCWDSExporter.Status,
        personalData: (StaffRecord) -> StaffPersonalData = { _ in .keepStored }
    ) throws -> (workplace: String, staff: String, training: String) {
        (
            ASCWDSExporter.workplaceFile(set.workplaces, status: status),
            try ASCWDSExporter.staffFile(set.staff, status: status, personalData: personalData),
            ASCWDSExporter.trainingFile(set.training)
        )
    }

    /// What a caller holding the workers' real NI numbers and dates of birth supplies: the values
    /// `originals` were read with, blank where the file had none.
    static func personalData(from originals: [StaffRecord]) -> (StaffRecord) -> StaffPersonalData {
        var values: [StaffKey: StaffPersonalData] = [:]
        for record in originals {
            values[StaffKey(workplace: record.localEstablishmentID, worker: record.uniqueWorkerID)] = StaffPersonalData(
                nationalInsuranceNumber: record.nationalInsuranceNumber.map { .value($0) }
                    ?? (record.keepsStoredNationalInsuranceNumber ? .keepStored : .blank),
                dateOfBirth: record.dateOfBirth.map { .value($0) }
                    ?? (record.keepsStoredDateOfBirth ? .keepStored : .blank))
        }
        return { values[StaffKey(workplace: $0.localEstablishmentID, worker: $0.uniqueWorkerID)] ?? .keepStored }
    }

    /// The Sunrise account once the valid example set has been completed: the `NEW` workplace and
    /// workers exist too, so an export of every record can say `UPDATE` or `UNCHECKED`.
    static var sunriseAfterValidUpload: AccountContext {
        var account = Sunrise.account
        account.workplaces["SUNRISE-DC1"] = .init(
            reference: "SUNRISE-DC1", name: "Sunrise Home Care Bradford", locationID: "1-123456789", isRegulated: true)
        account.staff[StaffKey(workplace: "SUNRISE-CH1", worker: "EMP0131")] = .init(mainJobRole: 16)
        account.staff[StaffKey(workplace: "SUNRISE-DC1", worker: "EMP0201")] = .init(mainJobRole: 4)
        return account
    }

    /// The whole-upload validator over three files' text.
    static func validateUpload(
        _ files: (workplace: String, staff: String, training: String), account: AccountContext
    ) throws -> UploadValidationReport {
        var validator = UploadValidator(context: try context(), account: account, postcodeIsKnown: { _ in true })
        for row in try rows(files.workplace) { validator.validateWorkplace(row) }
        validator.finishWorkplaces()
        for row in try rows(files.staff) { _ = validator.validateStaff(row) }
        for row in try rows(files.training) { _ = validator.validateTraining(row) }
        return validator.finish()
    }
}

extension Array where Element == WorkplaceRecord {
    /// The records with every STATUS replaced, for comparing records exported with another STATUS.
    func withStatus(_ status: RecordStatus) -> [WorkplaceRecord] {
        map { record in
            var record = record
            record.status = status
            return record
        }
    }
}

extension Array where Element == StaffRecord {
    func withStatus(_ status: RecordStatus) -> [StaffRecord] {
        map { record in
            var record = record
            record.status = status
            return record
        }
    }
}
