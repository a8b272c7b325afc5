/// What one staff record contributes to a KPI computed from staff records.
enum WorkerObservation: Equatable {
    /// The record is not in the KPI's population (another role, not a starter), so it counts nowhere.
    case outsidePopulation
    /// The record is in the population but its answer is unknown: excluded from both sides and
    /// counted as such (workforce-metrics.md 2 rule 2).
    case unknown
    /// The value counted: a number for means and medians, 1 or 0 for shares.
    case known(Double)

    /// A share's answer: 1 when `isInNumerator`, 0 when not, unknown when `nil`.
    static func share(_ isInNumerator: Bool?) -> WorkerObservation {
        isInNumerator.map { .known($0 ? 1 : 0) } ?? .unknown
    }
}
