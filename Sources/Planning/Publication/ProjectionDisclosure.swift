import CarepathCore

/// Whether an area's projection may be published (workforce-planning.md 6): projections rest
/// on the base-year figures, so they are withheld wherever those would be suppressed under
/// rule 3 of workforce-metrics.md 6.1. England is never suppressed (rule 7).
public enum ProjectionDisclosure: Sendable, Hashable {
    case publish
    case suppress(reason: String)

    /// The decision for a base drawn from `base`, for England or a smaller area.
    public static func decide(
        _ base: WorkforceBase, isEngland: Bool, thresholds: DisclosureThresholds
    ) -> ProjectionDisclosure {
        if isEngland { return .publish }
        let workers = Int(base.totalStock.rounded())
        if workers < thresholds.minimumWorkers {
            return .suppress(
                reason: "Fewer than \(thresholds.minimumWorkers) staff records: the projection could identify people.")
        }
        if base.workplaceCount < thresholds.minimumWorkplaces {
            return .suppress(
                reason:
                    "Fewer than \(thresholds.minimumWorkplaces) workplaces: the projection could identify a provider.")
        }
        if base.largestWorkplaceShare > thresholds.dominanceMaxShare {
            return .suppress(
                reason:
                    "One workplace holds more than \(NumberText.percent(thresholds.dominanceMaxShare, places: 0)) of the staff records: the projection would reveal its figures."
            )
        }
        return .publish
    }
}
