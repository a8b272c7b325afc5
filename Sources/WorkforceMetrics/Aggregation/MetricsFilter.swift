import CarepathCore

/// Which workplaces, and which of their staff, a figure is over: an area, optionally narrowed to a
/// main-service group (or one main service), a job-role group and a sector.
public struct MetricsFilter: Sendable, Hashable {
    public var areaLevel: AreaLevel
    public var areaCode: String
    /// A `service_category` of `main-services.csv`, such as "Adult residential".
    public var serviceGroup: String?
    /// One main service (`MAINSERVICE`), for benchmark groups.
    public var mainService: Int?
    public var roleGroup: JobRoleGroup?
    public var sector: WorkplaceSector?
    /// Only this organisation's workplaces (a provider's own figures).
    public var organisationID: String?
    /// Only this workplace.
    public var workplaceID: String?
    /// Leaves this workplace out: a benchmark group never contains the viewer's own workplace
    /// (workforce-metrics.md 5.2).
    public var excludingWorkplaceID: String?
    /// Leaves out every workplace of this organisation: a provider with two workplaces in a group
    /// could otherwise work out the others' figures by subtracting its own.
    public var excludingOrganisationID: String?

    public init(
        areaLevel: AreaLevel, areaCode: String, serviceGroup: String? = nil, mainService: Int? = nil,
        roleGroup: JobRoleGroup? = nil, sector: WorkplaceSector? = nil, organisationID: String? = nil,
        workplaceID: String? = nil, excludingWorkplaceID: String? = nil, excludingOrganisationID: String? = nil
    ) {
        self.areaLevel = areaLevel
        self.areaCode = areaCode
        self.serviceGroup = serviceGroup
        self.mainService = mainService
        self.roleGroup = roleGroup
        self.sector = sector
        self.organisationID = organisationID
        self.workplaceID = workplaceID
        self.excludingWorkplaceID = excludingWorkplaceID
        self.excludingOrganisationID = excludingOrganisationID
    }

    /// England, every workplace.
    public static let england = MetricsFilter(areaLevel: .country, areaCode: England.code.rawValue)

    /// Whether a workplace's facts fall inside the filter (the role group is applied by the caller,
    /// which picks the role group's facts).
    public func admits(_ facts: WorkplaceMetricFacts) -> Bool {
        facts.location.code(at: areaLevel) == areaCode
            && (serviceGroup == nil || facts.serviceGroup == serviceGroup)
            && (mainService == nil || facts.mainService == mainService)
            && (sector == nil || facts.sector == sector)
            && (organisationID == nil || facts.organisationID == organisationID)
            && (workplaceID == nil || facts.workplaceID == workplaceID)
            && facts.workplaceID != excludingWorkplaceID
            && (excludingOrganisationID == nil || facts.organisationID != excludingOrganisationID)
    }
}
