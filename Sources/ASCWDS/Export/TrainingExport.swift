import CarepathCore

/// The cells of one Training file row (spec 6.1).
extension ASCWDSExporter {
    static func trainingCells(_ record: TrainingRecord) -> [String] {
        [
            record.workplaceReference,
            record.workerReference,
            String(record.category),
            record.name ?? "",
            ExportCells.number(record.accredited?.rawValue),
            ExportCells.number(record.deliveredBy?.rawValue),
            ExportCells.number(record.providerCode),
            ExportCells.number(record.deliveryMode?.rawValue),
            record.validity?.cellValue ?? "",
            ExportCells.date(record.completed),
            ExportCells.date(writtenExpiry(record)),
            record.notes ?? "",
        ]
    }

    /// An expiry the importer derived from the validity is left blank, so it is derived again and
    /// the record comes back marked as derived; any other expiry is written as stored.
    private static func writtenExpiry(_ record: TrainingRecord) -> CalendarDate? {
        guard record.expiryIsDerived, case .months(let months)? = record.validity, let completed = record.completed,
            record.expiry == TrainingRecord.expiry(completed: completed, months: months)
        else { return record.expiry }
        return nil
    }
}
