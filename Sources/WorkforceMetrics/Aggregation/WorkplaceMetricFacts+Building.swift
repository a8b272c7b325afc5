import ASCWDS
import CarepathCore

extension WorkplaceMetricFacts {
    /// Works out a workplace's facts at its return's as-of date from its current staff records and
    /// workplace record, with the KPI rules of ``KPICalculator``.
    ///
    /// `workers` must all belong to this workplace (their ``WorkerFacts/workplaceID`` is
    /// `workplaceID`). Declared starters, leavers and vacancies are split by role group through
    /// `ALLJOBROLES`, as ``WorkplaceFacts/init(_:workplaceID:jobRoles:)`` does.
    public static func build(
        workplaceID: String, organisationID: String, asOf: CalendarDate, location: Location,
        record: WorkplaceRecord, serviceGroup: String?, workers: [WorkerFacts]
    ) -> WorkplaceMetricFacts {
        let declaredAll = WorkplaceFacts(record, workplaceID: workplaceID)
        var byRoleGroup: [JobRoleGroup: RoleFacts] = [:]
        let workersByGroup = Dictionary(grouping: workers) { JobRoleGroup(jobRole: $0.mainJobRole ?? 0) }
        for group in JobRoleGroup.allCases {
            let rolesInGroup = Set((record.jobRoles ?? []).filter { JobRoleGroup(jobRole: $0) == group })
            let declared = WorkplaceFacts(record, workplaceID: workplaceID, jobRoles: rolesInGroup)
            let facts = RoleFacts(workers: workersByGroup[group] ?? [], declared: declared, at: asOf)
            if facts.staffRecords > 0 || !facts.tallies.isEmpty { byRoleGroup[group] = facts }
        }
        return WorkplaceMetricFacts(
            workplaceID: workplaceID, organisationID: organisationID, asOf: asOf, location: location,
            mainService: record.mainService, serviceGroup: serviceGroup,
            sector: WorkplaceSector(employerType: record.employerType), declaredTotalStaff: record.totalStaff,
            allRoles: RoleFacts(workers: workers, declared: declaredAll, at: asOf), byRoleGroup: byRoleGroup)
    }
}

extension WorkplaceMetricFacts.RoleFacts {
    /// The totals of every KPI over `workers` with the workplace's declared figures.
    init(workers: [WorkerFacts], declared: WorkplaceFacts, at countDate: CalendarDate) {
        self.init(staffRecords: workers.count, directlyEmployed: workers.filter(\.isDirectlyEmployed).count)
        for kpi in KPI.allCases {
            let (measurement, known) = KPICalculator.measureKeepingValues(
                kpi, workers: workers, workplaces: [declared], at: countDate)
            let tally = KPITally(measurement)
            if !tally.isEmpty { tallies[kpi] = tally }
            if !known.isEmpty { values[kpi] = known }
        }
    }
}
