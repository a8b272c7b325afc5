/// Starters and leavers measured from staff records that appear and disappear between a
/// workplace's returns, set against what the workplace declared (DQ-EVENTS-VS-DECLARED), and how
/// many leavers turned up at another workplace (KPI-NET-EXITS, measured rather than inferred).
public struct MovementSummary: Sendable, Hashable {
    /// One workplace's measured movement over the 12 months before its current return.
    public struct Workplace: Sendable, Hashable {
        public var workplaceID: String
        public var measuredStarters: Int
        public var measuredLeavers: Int
        public var leaversWithPersonKey: Int
        public var leaversStayedInSector: Int
        /// Whether the workplace's returns reach back 12 months, so the measured figures cover
        /// the same period as the declared ones.
        public var coversYear: Bool
        /// Declared `STARTERS` and `LEAVERS` of its current return; `nil` when unknown.
        public var declaredStarters: Double?
        public var declaredLeavers: Double?

        public init(
            workplaceID: String, measuredStarters: Int, measuredLeavers: Int, leaversWithPersonKey: Int,
            leaversStayedInSector: Int, coversYear: Bool, declaredStarters: Double?, declaredLeavers: Double?
        ) {
            self.workplaceID = workplaceID
            self.measuredStarters = measuredStarters
            self.measuredLeavers = measuredLeavers
            self.leaversWithPersonKey = leaversWithPersonKey
            self.leaversStayedInSector = leaversStayedInSector
            self.coversYear = coversYear
            self.declaredStarters = declaredStarters
            self.declaredLeavers = declaredLeavers
        }
    }

    /// Workplaces with a year of returns and declared figures, which can be compared.
    public var workplacesCompared = 0
    /// Workplaces whose returns do not yet reach back 12 months.
    public var workplacesWithoutYear = 0
    public var measuredStarters = 0.0
    public var declaredStarters = 0.0
    public var measuredLeavers = 0.0
    public var declaredLeavers = 0.0
    /// Compared workplaces whose measured and declared figures differ by more than the threshold.
    public var starterGaps = 0
    public var leaverGaps = 0
    /// Keyed leavers found at another workplace ÷ keyed leavers, with the workers and workplaces
    /// behind it for rule 3. Counted over every workplace, whatever its history.
    public var stayedInSector: KPIMeasurement

    /// The comparison over `workplaces`.
    public init(_ workplaces: [Workplace]) {
        var stayed = 0.0
        var keyed = 0.0
        var contributors = 0
        var largest = 0.0
        for workplace in workplaces {
            let workplaceKeyed = Double(workplace.leaversWithPersonKey)
            if workplaceKeyed > 0 {
                contributors += 1
                largest = max(largest, workplaceKeyed)
            }
            keyed += workplaceKeyed
            stayed += Double(workplace.leaversStayedInSector)
            guard workplace.coversYear else {
                workplacesWithoutYear += 1
                continue
            }
            guard let declaredStarters = workplace.declaredStarters, let declaredLeavers = workplace.declaredLeavers
            else { continue }
            workplacesCompared += 1
            measuredStarters += Double(workplace.measuredStarters)
            measuredLeavers += Double(workplace.measuredLeavers)
            self.declaredStarters += declaredStarters
            self.declaredLeavers += declaredLeavers
            if Self.isLargeGap(declared: declaredStarters, measured: Double(workplace.measuredStarters)) {
                starterGaps += 1
            }
            if Self.isLargeGap(declared: declaredLeavers, measured: Double(workplace.measuredLeavers)) {
                leaverGaps += 1
            }
        }
        stayedInSector = KPIMeasurement(
            value: keyed > 0 ? stayed / keyed : nil, numerator: stayed, denominator: keyed, workers: Int(keyed),
            workplaces: contributors, largestWorkplaceShare: keyed > 0 ? largest / keyed : 0, excludedUnknown: 0)
    }

    /// DQ-EVENTS-VS-DECLARED: the figures differ by more than 2 and by more than 10% of the
    /// declared figure (workforce-metrics.md 8, "difference > max(2, 10 %)").
    public static func isLargeGap(declared: Double, measured: Double) -> Bool {
        abs(declared - measured) > max(2, 0.1 * declared)
    }
}
