import CarepathCore

/// Every workplace's facts through time, answering area figures by summing facts instead of
/// reading staff records.
///
/// A workplace's figure for a month is its latest return dated in or before that month (its
/// current state then), until a later return replaces it or a removal ends it. Figures for a month
/// are therefore carried forward from each workplace's last return, one point per month.
public struct MetricsCube: Sendable {
    /// One stored return of one workplace: its facts, or `nil` when the return removed it.
    public struct Entry: Sendable, Hashable {
        /// Identifies the stored row, so that reloading a row replaces it.
        public var id: String
        public var workplaceID: String
        public var asOf: CalendarDate
        /// Breaks ties between returns with the same as-of date: the later-completed one wins.
        public var sequence: Int
        public var facts: WorkplaceMetricFacts?

        public init(id: String, workplaceID: String, asOf: CalendarDate, sequence: Int, facts: WorkplaceMetricFacts?) {
            self.id = id
            self.workplaceID = workplaceID
            self.asOf = asOf
            self.sequence = sequence
            self.facts = facts
        }
    }

    private var timelines: [String: [Entry]] = [:]
    private var workplacesByArea: [AreaKey: Set<String>] = [:]
    /// The first and last months any return describes; `nil` when there are none.
    public private(set) var firstMonth: YearMonth?
    public private(set) var lastMonth: YearMonth?

    public init() {}

    /// Adds a stored return, replacing any entry with the same id.
    public mutating func insert(_ entry: Entry) {
        var timeline = timelines[entry.workplaceID, default: []]
        timeline.removeAll { $0.id == entry.id }
        let position =
            timeline.firstIndex { ($0.asOf, $0.sequence) > (entry.asOf, entry.sequence) } ?? timeline.endIndex
        timeline.insert(entry, at: position)
        timelines[entry.workplaceID] = timeline
        if let location = entry.facts?.location {
            for level in AreaLevel.allCases {
                if let code = location.code(at: level) {
                    workplacesByArea[AreaKey(level: level, code: code), default: []].insert(entry.workplaceID)
                }
            }
        }
        let month = YearMonth(entry.asOf)
        firstMonth = min(firstMonth ?? month, month)
        lastMonth = max(lastMonth ?? month, month)
    }

    /// How many workplaces have ever had facts.
    public var workplaceCount: Int { timelines.count }

    /// The facts of each workplace inside `filter` as they stood in `month` (removed workplaces and
    /// workplaces with no return yet are left out).
    public func facts(_ filter: MetricsFilter, at month: YearMonth) -> [WorkplaceMetricFacts] {
        var result: [WorkplaceMetricFacts] = []
        forEachFacts(filter, at: month) { result.append($0) }
        return result
    }

    /// Calls `body` with each workplace's facts inside `filter` in `month`.
    func forEachFacts(_ filter: MetricsFilter, at month: YearMonth, _ body: (WorkplaceMetricFacts) -> Void) {
        if let workplaceID = filter.workplaceID {
            if let facts = latestFacts(of: workplaceID, at: month), filter.admits(facts) { body(facts) }
            return
        }
        let candidates: Set<String>? =
            filter.areaLevel == .country
            ? nil : workplacesByArea[AreaKey(level: filter.areaLevel, code: filter.areaCode)]
        if filter.areaLevel != .country && candidates == nil { return }
        let visit = { (workplaceID: String) in
            if let facts = latestFacts(of: workplaceID, at: month), filter.admits(facts) { body(facts) }
        }
        if let candidates { candidates.forEach(visit) } else { timelines.keys.forEach(visit) }
    }

    /// A workplace's facts in `month`: those of its latest return dated in or before the month.
    public func latestFacts(of workplaceID: String, at month: YearMonth) -> WorkplaceMetricFacts? {
        guard let timeline = timelines[workplaceID] else { return nil }
        for entry in timeline.reversed() where YearMonth(entry.asOf) <= month { return entry.facts }
        return nil
    }

    private struct AreaKey: Hashable {
        var level: AreaLevel
        var code: String
    }
}
