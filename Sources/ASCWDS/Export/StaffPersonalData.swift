import CarepathCore

/// What a Staff export writes in one worker's `NINUMBER` and `DOB` cells (spec 5.6).
///
/// Carepath keeps the NI number only as a keyed hash and the date of birth only as its year, so
/// it cannot write either back by itself. The caller decides per worker: `Admin` (the default),
/// which makes ASC-WDS and Carepath keep the value they already hold; the value itself, when the
/// caller has it (for example from the provider's HR system, for this export only); or blank.
public struct StaffPersonalData: Sendable, Hashable {
    /// One personal-data cell.
    public enum Cell<Value: Sendable & Hashable>: Sendable, Hashable {
        /// `Admin`: keep the value already held for this worker. For a worker that is not held,
        /// ASC-WDS reads it as blank.
        case keepStored
        /// A blank cell: not known. On an `UPDATE` row ASC-WDS then keeps its stored value, but
        /// Carepath's importer warns about a blank DOB (3080), so prefer ``keepStored``.
        case blank
        /// The value itself.
        case value(Value)
    }

    /// `NINUMBER`, written upper case without spaces, as ASC-WDS exports it.
    public var nationalInsuranceNumber: Cell<String>
    /// `DOB`, written `DD/MM/YYYY`.
    public var dateOfBirth: Cell<CalendarDate>

    public init(nationalInsuranceNumber: Cell<String>, dateOfBirth: Cell<CalendarDate>) {
        self.nationalInsuranceNumber = nationalInsuranceNumber
        self.dateOfBirth = dateOfBirth
    }

    /// `Admin` in both cells: the export's default.
    public static let keepStored = StaffPersonalData(nationalInsuranceNumber: .keepStored, dateOfBirth: .keepStored)

    /// The literal ASC-WDS writes and reads (in any case) for "keep the stored value".
    static let admin = "Admin"

    /// `Admin` on a `NEW` row has nothing to keep and reads as blank (spec 5.6), so it is written
    /// blank there: the importer reads the same, and exporting the re-imported rows gives the same
    /// bytes.
    private static func admin(_ status: RecordStatus) -> String {
        status == .new ? "" : admin
    }

    func nationalInsuranceNumberCell(status: RecordStatus) -> String {
        switch nationalInsuranceNumber {
        case .keepStored: return Self.admin(status)
        case .blank: return ""
        case .value(let number):
            // ASC-WDS exports it without spaces; upper case matches how Carepath compares it (10.19).
            return String(number.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
                .uppercased()
        }
    }

    func dateOfBirthCell(status: RecordStatus) -> String {
        switch dateOfBirth {
        case .keepStored: return Self.admin(status)
        case .blank: return ""
        case .value(let date): return date.ukFormat
        }
    }
}

extension StaffPersonalData: CustomStringConvertible, CustomDebugStringConvertible {
    /// Says which kind of cell each column gets without the values, so it can go into logs and
    /// test output.
    public var description: String {
        func kind<Value>(_ cell: Cell<Value>) -> String {
            switch cell {
            case .keepStored: return "Admin"
            case .blank: return "blank"
            case .value: return "value (withheld)"
            }
        }
        return "NINUMBER \(kind(nationalInsuranceNumber)), DOB \(kind(dateOfBirth))"
    }

    public var debugDescription: String { description }
}
