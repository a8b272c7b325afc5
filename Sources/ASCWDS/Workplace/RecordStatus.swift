/// The STATUS of a Workplace or Staff file row (spec 3.1): what completing the upload does with the
/// record.
///
/// Whether the record must already exist (the precondition of 3.1) needs stored state, so it is
/// checked outside the row validators.
public enum RecordStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Create the record; it must not exist yet.
    case new = "NEW"
    /// Overwrite the stored record with the row's values (blank cells keep stored values, 3.3).
    case update = "UPDATE"
    /// Delete the stored record (a workplace with all its staff).
    case delete = "DELETE"
    /// Keep the stored record as it is; ASC-WDS downloads write this.
    case unchecked = "UNCHECKED"
    /// Keep the stored values but re-confirm them, refreshing their "last saved" timestamps.
    case noChange = "NOCHANGE"

    /// Reads a STATUS cell. ASC-WDS compares it case-insensitively, so `new` is `NEW`.
    public init?(cell: String) {
        self.init(rawValue: cell.uppercased())
    }

    /// Whether every column of the row is validated and stored (only `NEW` and `UPDATE`); other rows
    /// are checked for their reference, name and STATUS only.
    public var validatesAllColumns: Bool {
        self == .new || self == .update
    }
}
