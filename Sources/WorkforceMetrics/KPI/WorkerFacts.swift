import CarepathCore

/// The answers of one staff record that the KPIs read, already typed (workforce-metrics.md 3).
///
/// Coded answers keep their ASC-WDS codes (`ascwds-codes/`); `nil` means the record does not say.
/// "Don't know" stays a code where the code list has one (999 for the yes/no answers, 16 for
/// `RECSOURCE`, 998 for nationality), because some KPIs must tell it apart from a missing answer;
/// numeric answers (days sick, years, hours) hold `nil` for "don't know".
public struct WorkerFacts: Sendable, Hashable {
    /// The workplace the record belongs to; matches ``WorkplaceFacts/workplaceID``.
    public var workplaceID: String
    /// `MAINJOBROLE`, `job-roles.csv`.
    public var mainJobRole: Int?
    /// `EMPLSTATUS`: 1 permanent, 2 temporary, 3 pool/bank, 4 agency, 7 other.
    public var employmentStatus: Int?
    /// `ZEROHRCONT`: 1 yes, 2 no, 999 don't know.
    public var zeroHoursContract: Int?
    /// `DAYSSICK` in the 12 months before the count date, in days.
    public var daysSick: Double?
    /// The `SCQUAL` answer: 1 yes, 2 no, 999 don't know.
    public var socialCareQualification: Int?
    /// The `SCQUAL` level, `qualification-levels.csv` (0–8, 999 don't know); only with answer 1.
    public var socialCareQualificationLevel: Int?
    /// `STARTDATE`: started in the main job role at this workplace.
    public var mainRoleStartDate: CalendarDate?
    /// `STARTINSECT`: the year the worker started in adult social care.
    public var yearStartedInSector: Int?
    /// The year of `DOB`; Carepath stores no more of the date of birth.
    public var yearOfBirth: Int?
    /// `GENDER`: 1 male, 2 female, 3 don't know, 4 other.
    public var gender: Int?
    /// `ETHNICITY`, `ethnicity.csv` (99 don't know).
    public var ethnicity: Int?
    /// `NATIONALITY`, `nationality.csv` (826 British, 998 don't know, 999 other).
    public var nationality: Int?
    /// `RECSOURCE`, `recruitment-sources.csv` (16 don't know).
    public var recruitmentSource: Int?
    /// The pay as recorded, on its own basis.
    public var pay: Pay?
    /// `CONTHOURS`: contracted weekly hours.
    public var contractedHours: Double?
    /// `AVGHOURS`: average weekly hours.
    public var averageHours: Double?
    /// `DISABLED`: 0 no, 1 yes, 2 undisclosed, 3 don't know.
    public var disabled: Int?

    public init(
        workplaceID: String, mainJobRole: Int? = nil, employmentStatus: Int? = nil, zeroHoursContract: Int? = nil,
        daysSick: Double? = nil, socialCareQualification: Int? = nil, socialCareQualificationLevel: Int? = nil,
        mainRoleStartDate: CalendarDate? = nil, yearStartedInSector: Int? = nil, yearOfBirth: Int? = nil,
        gender: Int? = nil, ethnicity: Int? = nil, nationality: Int? = nil, recruitmentSource: Int? = nil,
        pay: Pay? = nil, contractedHours: Double? = nil, averageHours: Double? = nil, disabled: Int? = nil
    ) {
        self.workplaceID = workplaceID
        self.mainJobRole = mainJobRole
        self.employmentStatus = employmentStatus
        self.zeroHoursContract = zeroHoursContract
        self.daysSick = daysSick
        self.socialCareQualification = socialCareQualification
        self.socialCareQualificationLevel = socialCareQualificationLevel
        self.mainRoleStartDate = mainRoleStartDate
        self.yearStartedInSector = yearStartedInSector
        self.yearOfBirth = yearOfBirth
        self.gender = gender
        self.ethnicity = ethnicity
        self.nationality = nationality
        self.recruitmentSource = recruitmentSource
        self.pay = pay
        self.contractedHours = contractedHours
        self.averageHours = averageHours
        self.disabled = disabled
    }

    /// Permanent (1) or temporary (2): the *DE* population of workforce-metrics.md 1.
    public var isDirectlyEmployed: Bool {
        employmentStatus == 1 || employmentStatus == 2
    }
}

extension WorkerFacts {
    /// A pay figure on the basis it was recorded (`SALARYINT`).
    public struct Pay: Sendable, Hashable {
        /// Whether ``pounds`` is an hourly rate or an annual salary.
        public var basis: Basis
        /// Pounds an hour or pounds a year, as ``basis`` says.
        public var pounds: Double

        public init(basis: Basis, pounds: Double) {
            self.basis = basis
            self.pounds = pounds
        }

        /// An hourly rate in pounds.
        public static func hourly(_ pounds: Double) -> Pay { Pay(basis: .hourly, pounds: pounds) }

        /// An annual salary in pounds.
        public static func annual(_ pounds: Double) -> Pay { Pay(basis: .annual, pounds: pounds) }

        /// The unit a pay figure was recorded in.
        public enum Basis: String, Sendable, Hashable, CaseIterable {
            case hourly
            case annual
        }
    }
}
