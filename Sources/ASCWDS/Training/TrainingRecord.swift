import CarepathCore

/// One training record read from a Training file row that has no errors (spec section 6).
///
/// Optional values are `nil` when the cell was blank, or when a warning dropped the value (a provider
/// code given for training that was not delivered externally, warning 2090).
public struct TrainingRecord: Sendable, Hashable, Codable {
    /// Whether the course was accredited (`ACCREDITED`: `1`, `0`, `999`).
    public enum Accreditation: Int, Sendable, Hashable, Codable, CaseIterable {
        case no = 0
        case yes = 1
        case dontKnow = 999
    }

    /// Who delivered the course (`WHODELIVERED`).
    public enum Deliverer: Int, Sendable, Hashable, Codable, CaseIterable {
        case inHouseStaff = 1
        case externalProvider = 2
    }

    /// How the course was delivered (`HOWDELIVERED`).
    public enum DeliveryMode: Int, Sendable, Hashable, Codable, CaseIterable {
        case faceToFace = 1
        case eLearning = 2
    }

    /// How long the training stays valid (`VALIDITY`).
    public enum Validity: Sendable, Hashable, Codable {
        /// Written `none`: the training does not expire.
        case doesNotExpire
        /// Valid for 1 to 999 calendar months after completion.
        case months(Int)

        /// The cell as Carepath writes it: `none` (always lower case, spec 10.23) or the months.
        public var cellValue: String {
            switch self {
            case .doesNotExpire: return "none"
            case .months(let count): return String(count)
            }
        }
    }

    /// `LOCALESTID` as written.
    public var workplaceReference: String
    /// `LOCALESTID` with all whitespace removed: the key rows are matched on (spec 2.6).
    public var workplaceKey: String
    /// `UNIQUEWORKERID` as written.
    public var workerReference: String
    /// `UNIQUEWORKERID` with all whitespace removed.
    public var workerKey: String
    /// The `CATEGORY` code, from `training-categories.csv`.
    public var category: Int
    /// `TRAININGNAME`, the course title.
    public var name: String?
    public var accredited: Accreditation?
    public var deliveredBy: Deliverer?
    /// The `PROVIDERNAME` code from `training-providers.csv` (`999` = other); only kept when the
    /// training was delivered by an external provider.
    public var providerCode: Int?
    public var deliveryMode: DeliveryMode?
    public var validity: Validity?
    /// `DATECOMPLETED`.
    public var completed: CalendarDate?
    /// `EXPIRYDATE` as written, or derived from the completion date and validity months.
    public var expiry: CalendarDate?
    /// Whether ``expiry`` was derived (completion + months − 1 day) because the cell was blank.
    public var expiryIsDerived: Bool
    /// `NOTES`.
    public var notes: String?

    /// A record; the keys are derived from the references by removing all whitespace.
    public init(
        workplaceReference: String, workerReference: String, category: Int, name: String? = nil,
        accredited: Accreditation? = nil, deliveredBy: Deliverer? = nil, providerCode: Int? = nil,
        deliveryMode: DeliveryMode? = nil, validity: Validity? = nil, completed: CalendarDate? = nil,
        expiry: CalendarDate? = nil, expiryIsDerived: Bool = false, notes: String? = nil
    ) {
        self.workplaceReference = workplaceReference
        self.workplaceKey = Cells.reference(workplaceReference)
        self.workerReference = workerReference
        self.workerKey = Cells.reference(workerReference)
        self.category = category
        self.name = name
        self.accredited = accredited
        self.deliveredBy = deliveredBy
        self.providerCode = providerCode
        self.deliveryMode = deliveryMode
        self.validity = validity
        self.completed = completed
        self.expiry = expiry
        self.expiryIsDerived = expiryIsDerived
        self.notes = notes
    }

    /// The expiry ASC-WDS derives from a validity period: the completion date plus `months` calendar
    /// months, minus one day (12/03/2025 + 36 months → 11/03/2028; 01/02/2025 + 12 → 31/01/2026).
    ///
    /// A day past the end of the target month becomes its last day before the day is subtracted,
    /// as in ASC-WDS (31/01/2025 + 1 month → 27/02/2025).
    public static func expiry(completed: CalendarDate, months: Int) -> CalendarDate {
        completed.adding(months: months).adding(days: -1)
    }
}
