/// A pre-employment or occupational check that an employer attests it made. Each case holds only what
/// passport.md section 2.4 allows: the fact, its type and dates, never the content (no disclosure
/// details, no document type or nationality, no health information). The types have nowhere to put it.
public enum EmploymentCheck: Sendable, Hashable {
    /// The employer saw an original DBS certificate.
    case dbs(DBSCheck)
    /// The employer checked the worker's right to work for the role.
    case rightToWork(role: CareWorkforceRole?, confirmed: Bool)
    /// Occupational health clearance was completed for a role category.
    case occupationalHealth(role: CareWorkforceRole)

    /// The catalogue code trust lists use to allow issuing the attestation.
    public var code: String {
        switch self {
        case .dbs: "CHECK-DBS"
        case .rightToWork: "CHECK-RTW"
        case .occupationalHealth: "CHECK-OH"
        }
    }
}

/// What may be said about a DBS certificate the employer saw.
public struct DBSCheck: Sendable, Hashable {
    /// The level of check.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        /// Basic: unspent convictions.
        case basic
        /// Standard: spent and unspent convictions, subject to filtering.
        case standard
        /// Enhanced: standard plus relevant local police information.
        case enhanced
        /// Enhanced with a check of the barred list(s).
        case enhancedWithBarredLists = "enhanced-with-barred-lists"
    }

    /// The workforce the check was for.
    public enum Workforce: String, Sendable, Hashable, CaseIterable {
        /// The adult workforce.
        case adult
        /// The child workforce.
        case child
        /// Other workforce.
        case other
    }

    /// A barred list.
    public enum BarredList: String, Sendable, Hashable, CaseIterable {
        /// The adults' barred list.
        case adults
        /// The children's barred list.
        case children
    }

    /// The level.
    public var level: Level
    /// The workforce.
    public var workforce: Workforce
    /// Barred lists checked (for `enhancedWithBarredLists`).
    public var barredListsChecked: [BarredList]
    /// The certificate number, if the employer chooses to record it.
    public var certificateNumber: String?
    /// The certificate's issue date.
    public var certificateIssuedOn: CalendarDate
    /// Whether the worker subscribes to the DBS Update Service.
    public var updateServiceSubscribed: Bool

    /// A DBS check record.
    public init(
        level: Level, workforce: Workforce, barredListsChecked: [BarredList] = [], certificateNumber: String? = nil,
        certificateIssuedOn: CalendarDate, updateServiceSubscribed: Bool
    ) {
        self.level = level
        self.workforce = workforce
        self.barredListsChecked = barredListsChecked
        self.certificateNumber = certificateNumber
        self.certificateIssuedOn = certificateIssuedOn
        self.updateServiceSubscribed = updateServiceSubscribed
    }
}
