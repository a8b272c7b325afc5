import CarepathCore

/// How complete and how recent an area's returns are (workforce-metrics.md 8): the workplace-level
/// checks that need no staff records, worked out from each workplace's facts.
public struct ReturnsQuality: Sendable, Hashable {
    /// Workplaces with a current return.
    public var workplaces = 0
    /// Returns dated within 3 months of the count date, 3 to 12 months before it, and older
    /// (DQ-STALE: more than 12 months).
    public var recent = 0
    public var withinYear = 0
    public var stale = 0
    public var earliestAsOf: CalendarDate?
    public var latestAsOf: CalendarDate?
    /// DQ-COUNT-MISMATCH: staff records differ from the declared total staff (`TOTALPERMTEMP`).
    public var countMismatches = 0
    /// Workplaces that declared no total staff at all.
    public var totalStaffMissing = 0
    public var staffRecords = 0
    public var declaredTotalStaff = 0
    /// DQ-SLV-MISSING: starters, leavers or vacancies unanswered ("don't know" or blank).
    public var startersLeaversOrVacanciesMissing = 0

    public init() {}

    /// The checks over `facts`, each workplace's state at `countDate`.
    public init(_ facts: [WorkplaceMetricFacts], countDate: CalendarDate) {
        let threeMonthsBefore = countDate.adding(months: -3)
        let yearBefore = countDate.adding(months: -12)
        for workplace in facts {
            workplaces += 1
            if workplace.asOf > threeMonthsBefore {
                recent += 1
            } else if workplace.asOf >= yearBefore {
                withinYear += 1
            } else {
                stale += 1
            }
            earliestAsOf = min(earliestAsOf ?? workplace.asOf, workplace.asOf)
            latestAsOf = max(latestAsOf ?? workplace.asOf, workplace.asOf)
            let records = workplace.allRoles.staffRecords
            staffRecords += records
            if let declared = workplace.declaredTotalStaff {
                declaredTotalStaff += declared
                if declared != records { countMismatches += 1 }
            } else {
                totalStaffMissing += 1
            }
            let declaredKPIs: [KPI] = [.turnover, .starters, .vacancy]
            if declaredKPIs.contains(where: { (workplace.allRoles.tallies[$0]?.excludedUnknown ?? 0) > 0 }) {
                startersLeaversOrVacanciesMissing += 1
            }
        }
    }
}
