import CarepathCore

/// One Workplace file row as Carepath keeps it (spec 4.1), built only from a row without errors.
///
/// Every optional is `nil` when the row did not supply the value: the cell was blank, or its value
/// was dropped with a warning. On an `UPDATE` such a property keeps its stored value (spec 3.3), so
/// "not supplied" must never be confused with "none" or "no". For `DELETE`, `UNCHECKED` and
/// `NOCHANGE` rows only ``reference``, ``referenceKey``, ``status`` and ``name`` are read.
public struct WorkplaceRecord: Sendable, Hashable, Codable {
    /// `LOCALESTID` as written.
    public var reference: String
    /// `LOCALESTID` with all whitespace removed: the key rows and stored workplaces match on (2.6).
    public var referenceKey: String
    public var status: RecordStatus
    /// `ESTNAME`.
    public var name: String

    /// `ADDRESS1`: required on `NEW` and `UPDATE` rows.
    public var addressLine1: String?
    /// `ADDRESS2`.
    public var addressLine2: String?
    /// `ADDRESS3`.
    public var addressLine3: String?
    /// `POSTTOWN`.
    public var town: String?
    /// `POSTCODE`, normalised (10.6); whether the postcode exists is checked later.
    public var postcode: Postcode?

    /// `ESTTYPE`: an accepted code of `establishment-types.csv`.
    public var employerType: Int?
    /// `OTHERTYPE`: kept only with employer type 8 (other).
    public var employerTypeOther: String?
    /// `PERMCQC`: whether data may be shared with CQC.
    public var shareWithCQC: Bool?
    /// `PERMLA`: whether data may be shared with local authorities.
    public var shareWithLocalAuthorities: Bool?
    /// `REGTYPE`: `true` for 2 (CQC-regulated), `false` for 0.
    public var cqcRegulated: Bool?
    /// `PROVNUM`: kept only for a CQC-regulated workplace.
    public var providerID: String?
    /// `LOCATIONID`: kept only for a CQC-regulated workplace.
    public var locationID: String?

    /// `MAINSERVICE`.
    public var mainService: Int?
    /// `ALLSERVICES` without its `0` item, in file order (the main service included), each with the
    /// `CAPACITY`, `UTILISATION` and `SERVICEDESC` item at its position.
    public var services: [Service]?
    /// Whether `ALLSERVICES` said "no other services" (`MAIN;0`).
    public var noOtherServices: Bool?
    /// `SERVICEUSERS` with their `OTHERUSERDESC` items; unknown codes are dropped.
    public var serviceUsers: [ServiceUser]?

    /// `DHA`: whether staff carry out delegated healthcare activities.
    public var delegatedHealthcare: Answer?
    /// `DHAACTIVITIES`: which activities (only with `DHA` 1).
    public var delegatedHealthcareActivities: DelegatedActivities?

    /// `TOTALPERMTEMP`: all staff of every contract type.
    public var totalStaff: Int?
    /// `ALLJOBROLES`: the job roles the three measures below line up with.
    public var jobRoles: [Int]?
    /// `STARTERS` in the last 12 months.
    public var starters: JobRoleMeasure?
    /// `LEAVERS` in the last 12 months.
    public var leavers: JobRoleMeasure?
    /// `VACANCIES` now. A registered-manager vacancy at a workplace that is not CQC-regulated is
    /// dropped (warning 2180), so its count is 0 here.
    public var vacancies: JobRoleMeasure?
    /// `REASONS` with `REASONNOS`: leavers per (legacy, unchecked) reason code.
    public var reasonsForLeaving: [ReasonForLeaving]?

    /// `REPEATTRAINING`: 1 always, 2 very often, 3 not very often, 4 never.
    public var repeatTraining: Int?
    /// `CWPAWARE`: a code of `care-workforce-pathway-awareness.csv`.
    public var pathwayAwareness: Int?
    /// `CWPUSE` and `CWPUSEDESC`.
    public var pathwayUse: PathwayUse?

    /// `SICKPAY`: pays care workers more than Statutory Sick Pay.
    public var sickPay: Answer?
    /// `PENSION`: contributes more than the 3% minimum.
    public var pension: Answer?
    /// `ACTUALCONT` in hundredths of a percent (basis points): 4.5% is 450.
    public var pensionContributionBasisPoints: Int?
    /// `OPTOUTPEN`: whether any staff opted out of the workplace pension.
    public var staffOptedOutOfPension: Answer?
    /// `HOLIDAY`: days of annual leave for full-time care workers.
    public var holidayDays: Int?
    /// `SLEEPINS`: whether the workplace offers sleep-ins.
    public var offersSleepIns: Answer?
    /// `SLEEPINPAY`.
    public var sleepInPay: SleepInPay?
    /// `TRAVELTIME`: a code of `travel-time-pay-options.csv`.
    public var travelTimePay: Int?
    /// `TTDIFFRATE` in pence per hour: 10.50 is 1050.
    public var travelTimeRatePence: Int?

    /// A record with its reference, status and name; every other value is "not supplied".
    public init(reference: String, status: RecordStatus, name: String) {
        self.reference = reference
        self.referenceKey = Cells.reference(reference)
        self.status = status
        self.name = name
    }
}
