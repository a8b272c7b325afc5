import CarepathCore

/// Writes stored records back out as ASC-WDS bulk-upload files (Workplace, Staff, Training) that
/// ASC-WDS and Carepath's own importer accept, following the conventions of ASC-WDS's downloads
/// (spec section 9), so re-importing an export changes nothing.
///
/// Pure: it only turns values into text. Every line, the header included, ends with CRLF; no BOM
/// is written (spec 2.1). A value that is `nil` ("not supplied") is written as a blank cell, which
/// on an `UPDATE` row keeps the stored value (spec 3.3).
///
/// Each file has a whole-file function and a streaming one that hands over one line at a time,
/// for exports too large to hold as one string.
public enum ASCWDSExporter {
    /// The line ending of ASC-WDS's downloads.
    public static let lineEnding = "\r\n"

    /// Which STATUS the Workplace and Staff rows get (spec 3.1).
    public enum Status: Sendable, Hashable, CaseIterable {
        /// `UNCHECKED` on every row, as ASC-WDS downloads write: re-uploading the file keeps every
        /// record as it is, so an unedited export is always safe to send back.
        case unchecked
        /// `UPDATE` on every row: a full re-submission that overwrites the stored records with the
        /// file's values. Every record must already exist in ASC-WDS.
        case update
        /// Each record's own ``RecordStatus``, to reproduce the upload the records came from.
        case asRecorded

        func resolve(_ recorded: RecordStatus) -> RecordStatus {
            switch self {
            case .unchecked: return .unchecked
            case .update: return .update
            case .asRecorded: return recorded
            }
        }
    }

    // MARK: Workplace

    /// The whole Workplace file: the exact 44-column header (spec 2.2), then one row per record.
    public static func workplaceFile(_ records: [WorkplaceRecord], status: Status = .unchecked) -> String {
        var text = ""
        writeWorkplaceFile(records, status: status) { text += $0 }
        return text
    }

    /// Streams the Workplace file: `emit` receives the header, then one line per record, each with
    /// its CRLF, so the concatenated lines are exactly ``workplaceFile(_:status:)``.
    public static func writeWorkplaceFile(
        _ records: some Sequence<WorkplaceRecord>, status: Status = .unchecked, emit: (String) throws -> Void
    ) rethrows {
        try emit(line(HeaderLayout.workplace))
        for record in records {
            try emit(line(workplaceCells(record, status: status.resolve(record.status))))
        }
    }

    // MARK: Staff

    /// The whole Staff file: the base header with as many `QUALACHnn` pairs as the records need
    /// (at least three, spec 5.8), then one row per record.
    ///
    /// - Parameter personalData: what to write in `NINUMBER` and `DOB` for each worker. Carepath
    ///   keeps neither value in a form it can write back (the NI number only as a keyed hash, the
    ///   date of birth only as a year), so the default writes `Admin`, which tells ASC-WDS and
    ///   Carepath to keep the value they hold (spec 5.6); on a `NEW` row, which has nothing
    ///   stored, it is written blank.
    /// - Throws: ``ASCWDSExportError`` when a worker has more qualifications than the 99 pairs a
    ///   Staff file can hold.
    public static func staffFile(
        _ records: [StaffRecord], status: Status = .unchecked,
        personalData: (StaffRecord) -> StaffPersonalData = { _ in .keepStored }
    ) throws(ASCWDSExportError) -> String {
        let layout = StaffFileLayout.fitting(records)
        var text = line(layout.columns)
        for record in records {
            text += try staffLine(record, layout: layout, status: status, personal: personalData(record))
        }
        return text
    }

    /// Streams the Staff file: `emit` receives the header, then one line per record, each with its
    /// CRLF.
    ///
    /// The header comes first, so the caller fixes the ``StaffFileLayout`` up front: from
    /// ``StaffFileLayout/fitting(_:)`` over the same records (a cheap first pass), or from a count
    /// the caller already knows.
    /// - Throws: ``ASCWDSExportError`` when a record's qualifications do not fit `layout`, or what
    ///   `emit` throws. Lines already emitted stay emitted; discard the partial file.
    public static func writeStaffFile(
        _ records: some Sequence<StaffRecord>, layout: StaffFileLayout, status: Status = .unchecked,
        personalData: (StaffRecord) -> StaffPersonalData = { _ in .keepStored }, emit: (String) throws -> Void
    ) throws {
        try emit(line(layout.columns))
        for record in records {
            try emit(staffLine(record, layout: layout, status: status, personal: personalData(record)))
        }
    }

    private static func staffLine(
        _ record: StaffRecord, layout: StaffFileLayout, status: Status, personal: StaffPersonalData
    ) throws(ASCWDSExportError) -> String {
        line(try staffCells(record, layout: layout, status: status.resolve(record.status), personal: personal))
    }

    // MARK: Training

    /// The whole Training file: the exact 12-column header (spec 2.2), then one row per record.
    /// The Training file has no STATUS column.
    public static func trainingFile(_ records: [TrainingRecord]) -> String {
        var text = ""
        writeTrainingFile(records) { text += $0 }
        return text
    }

    /// Streams the Training file: `emit` receives the header, then one line per record, each with
    /// its CRLF.
    public static func writeTrainingFile(
        _ records: some Sequence<TrainingRecord>, emit: (String) throws -> Void
    ) rethrows {
        try emit(line(HeaderLayout.training))
        for record in records {
            try emit(line(trainingCells(record)))
        }
    }

    // MARK: Names and lines

    /// The name ASC-WDS gives its downloads (spec 9): `2025-07-16-sfc-bulk-upload-staff.csv`. The
    /// date is the caller's, so the library reads no clock.
    public static func fileName(for kind: UploadFileKind, on date: CalendarDate) -> String {
        "\(date)-sfc-bulk-upload-\(kind.rawValue).csv"
    }

    /// One CSV line with its CRLF, each cell quoted only when it must be (spec 9).
    static func line(_ cells: [String]) -> String {
        cells.map(ExportCells.field).joined(separator: ",") + lineEnding
    }
}
