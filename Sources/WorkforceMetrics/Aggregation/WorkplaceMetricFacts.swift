import CarepathCore

/// What one workplace's return contributes to every area figure: its KPI totals by job-role group,
/// with the pay values the medians need, and where the workplace sits (area, service, sector).
///
/// Facts are worked out once, when a return completes, from that workplace's staff records and
/// declared totals; area figures are then sums of facts, so no page reads staff records
/// (workforce-metrics.md 2 rule 1: rates are ratios of totals, which add up).
public struct WorkplaceMetricFacts: Sendable, Hashable {
    /// Where a workplace is, from its postcode.
    public struct Location: Sendable, Hashable {
        public var districtCode: String?
        public var cassrCode: String?
        public var regionCode: String?

        public init(districtCode: String?, cassrCode: String?, regionCode: String?) {
            self.districtCode = districtCode
            self.cassrCode = cassrCode
            self.regionCode = regionCode
        }

        /// The code of the area of `level` the workplace is in; every workplace is in England.
        public func code(at level: AreaLevel) -> String? {
            switch level {
            case .country: England.code.rawValue
            case .region: regionCode
            case .cassr: cassrCode
            case .district: districtCode
            }
        }
    }

    /// The KPI totals of one group of a workplace's staff.
    public struct RoleFacts: Sendable, Hashable {
        /// Staff records of every contract type: filled posts.
        public var staffRecords: Int
        /// Permanent and temporary records: the base of turnover and vacancy rates.
        public var directlyEmployed: Int
        /// Each KPI's totals; a KPI with nothing to count is absent.
        public var tallies: [KPI: KPITally]
        /// The known values of each median KPI (pay), for medians over many workplaces.
        public var values: [KPI: [Double]]

        public init(
            staffRecords: Int = 0, directlyEmployed: Int = 0, tallies: [KPI: KPITally] = [:],
            values: [KPI: [Double]] = [:]
        ) {
            self.staffRecords = staffRecords
            self.directlyEmployed = directlyEmployed
            self.tallies = tallies
            self.values = values
        }
    }

    /// A stable identifier of the workplace, the same in every return.
    public var workplaceID: String
    /// The provider organisation that owns it.
    public var organisationID: String
    /// The count date: the as-of date of the return.
    public var asOf: CalendarDate
    public var location: Location
    /// `MAINSERVICE`, `main-services.csv`.
    public var mainService: Int?
    /// The `service_category` of the main service, such as "Adult residential".
    public var serviceGroup: String?
    public var sector: WorkplaceSector
    /// `TOTALPERMTEMP`, for data-quality checks.
    public var declaredTotalStaff: Int?
    /// Every staff record together. Declared totals for all roles are known more often than split
    /// by role, so this is not always the sum of ``byRoleGroup``.
    public var allRoles: RoleFacts
    /// The same totals by job-role group; a group with no staff and no declared figures is absent.
    public var byRoleGroup: [JobRoleGroup: RoleFacts]

    public init(
        workplaceID: String, organisationID: String, asOf: CalendarDate, location: Location, mainService: Int?,
        serviceGroup: String?, sector: WorkplaceSector, declaredTotalStaff: Int?, allRoles: RoleFacts,
        byRoleGroup: [JobRoleGroup: RoleFacts]
    ) {
        self.workplaceID = workplaceID
        self.organisationID = organisationID
        self.asOf = asOf
        self.location = location
        self.mainService = mainService
        self.serviceGroup = serviceGroup
        self.sector = sector
        self.declaredTotalStaff = declaredTotalStaff
        self.allRoles = allRoles
        self.byRoleGroup = byRoleGroup
    }

    /// The facts of one role group, or of every role when `group` is `nil`.
    public func roleFacts(_ group: JobRoleGroup?) -> RoleFacts? {
        guard let group else { return allRoles }
        return byRoleGroup[group]
    }
}

extension WorkplaceMetricFacts {
    /// The declared starters (``KPI/starters``), leavers (``KPI/turnover``) or vacancies
    /// (``KPI/vacancy``) of every role, or `nil` when the workplace did not know them.
    public func declaredTotal(_ kpi: KPI) -> Double? {
        guard [.starters, .turnover, .vacancy].contains(kpi), let tally = allRoles.tallies[kpi],
            tally.excludedUnknown == 0
        else { return nil }
        return tally.numerator
    }
}
