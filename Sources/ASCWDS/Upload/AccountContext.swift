import CarepathCore

/// The uploading organisation and what it already has, against which STATUS and account rules are
/// checked (spec 1.2, 3.1). The app builds it from the stored state; tests build it by hand.
public struct AccountContext: Sendable, Hashable {
    /// A workplace the organisation already has.
    public struct StoredWorkplace: Sendable, Hashable {
        /// The stored `LOCALESTID`, as written.
        public var reference: String
        public var name: String
        /// Whether this organisation owns the workplace's data. A parent may only upload
        /// subsidiaries it owns (997).
        public var isDataOwned: Bool
        /// The stored CQC location ID, for the location uniqueness rule.
        public var locationID: String?
        /// Whether the workplace is CQC-regulated (REGTYPE 2), for rows that keep it (UNCHECKED, NOCHANGE).
        public var isRegulated: Bool?

        public init(
            reference: String, name: String, isDataOwned: Bool = true, locationID: String? = nil,
            isRegulated: Bool? = nil
        ) {
            self.reference = reference
            self.name = name
            self.isDataOwned = isDataOwned
            self.locationID = locationID
            self.isRegulated = isRegulated
        }
    }

    /// A staff record the organisation already has: what rows that keep it (UNCHECKED, NOCHANGE) need.
    public struct StoredWorker: Sendable, Hashable {
        public var mainJobRole: Int?
        public var dateOfBirth: CalendarDate?
        /// The stored `DAYSSICK`, and the date the record holding it was last saved (3240).
        public var daysSick: KnownOrDontKnow<HalfSteps>?
        public var savedOn: CalendarDate?

        public init(
            mainJobRole: Int? = nil, dateOfBirth: CalendarDate? = nil, daysSick: KnownOrDontKnow<HalfSteps>? = nil,
            savedOn: CalendarDate? = nil
        ) {
            self.mainJobRole = mainJobRole
            self.dateOfBirth = dateOfBirth
            self.daysSick = daysSick
            self.savedOn = savedOn
        }
    }

    /// Stored workplaces, keyed by reference with whitespace removed.
    public var workplaces: [String: StoredWorkplace]
    /// Stored staff records, keyed by workplace and worker reference.
    public var staff: [StaffKey: StoredWorker]
    /// Whether the organisation is a parent of several workplaces. On a first return it is decided
    /// by the upload: more than one workplace row makes a parent.
    public var isParent: Bool?
    /// The key of the organisation's own (primary) workplace. On a first return without one, the
    /// first workplace row is the primary.
    public var primaryWorkplaceKey: String?

    public init(
        workplaces: [String: StoredWorkplace] = [:], staff: [StaffKey: StoredWorker] = [:], isParent: Bool? = nil,
        primaryWorkplaceKey: String? = nil
    ) {
        self.workplaces = workplaces
        self.staff = staff
        self.isParent = isParent
        self.primaryWorkplaceKey = primaryWorkplaceKey
    }

    /// An organisation's first return: nothing stored yet, so rows that presume a record create it.
    public var isFirstReturn: Bool { workplaces.isEmpty }
}
