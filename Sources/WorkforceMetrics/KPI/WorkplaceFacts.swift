import ASCWDS

/// The declared totals of one workplace (workforce-metrics.md 1, "declared totals"), for the
/// KPIs that rest on them: turnover, starters rate and vacancy rate.
///
/// `nil` means unknown: the workplace answered 999 or did not answer, so its figure counts on
/// neither side of a rate.
public struct WorkplaceFacts: Sendable, Hashable {
    /// Matches ``WorkerFacts/workplaceID`` of the workplace's staff records.
    public var workplaceID: String
    /// Σ `STARTERS` in the 12 months before the count date.
    public var starters: Double?
    /// Σ `LEAVERS` in the 12 months before the count date.
    public var leavers: Double?
    /// Σ `VACANCIES` at the count date.
    public var vacancies: Double?
    /// `TOTALPERMTEMP`: the declared total of staff, every contract type.
    public var declaredTotalStaff: Int?

    public init(
        workplaceID: String, starters: Double? = nil, leavers: Double? = nil, vacancies: Double? = nil,
        declaredTotalStaff: Int? = nil
    ) {
        self.workplaceID = workplaceID
        self.starters = starters
        self.leavers = leavers
        self.vacancies = vacancies
        self.declaredTotalStaff = declaredTotalStaff
    }

    /// The declared totals of a stored workplace record.
    ///
    /// With `jobRoles`, starters, leavers and vacancies are summed over those roles of
    /// `ALLJOBROLES` only, and a figure is unknown when any of its counts is; "none" (all zeros)
    /// stays 0 for any roles. `TOTALPERMTEMP` has no split by role, so a restricted record has no
    /// ``declaredTotalStaff``.
    public init(_ record: WorkplaceRecord, workplaceID: String, jobRoles: Set<Int>? = nil) {
        self.init(workplaceID: workplaceID)
        guard let jobRoles else {
            starters = record.starters?.total.map(Double.init)
            leavers = record.leavers?.total.map(Double.init)
            vacancies = record.vacancies?.total.map(Double.init)
            declaredTotalStaff = record.totalStaff
            return
        }
        let positions = record.jobRoles.map { roles in roles.indices.filter { jobRoles.contains(roles[$0]) } }
        starters = Self.total(of: record.starters, at: positions)
        leavers = Self.total(of: record.leavers, at: positions)
        vacancies = Self.total(of: record.vacancies, at: positions)
    }

    /// The sum of a measure over the `ALLJOBROLES` positions of the chosen roles. Without
    /// `ALLJOBROLES` only "none" can be split by role.
    private static func total(of measure: WorkplaceRecord.JobRoleMeasure?, at positions: [Int]?) -> Double? {
        guard let measure else { return nil }
        if measure == .noneReported { return 0 }
        guard let positions else { return nil }
        var sum = 0
        for position in positions {
            guard let count = measure.count(forJobRoleAt: position) else { return nil }
            sum += count
        }
        return Double(sum)
    }
}
