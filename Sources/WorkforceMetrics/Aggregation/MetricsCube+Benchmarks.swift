import CarepathCore

/// A comparison group for one workplace (workforce-metrics.md 5.2).
public enum BenchmarkGroup: String, Sendable, Hashable, CaseIterable {
    /// Same council area (CASSR) and main service; the main-service group when that is too small.
    case localSameService = "local-same-service"
    /// Same region and main service.
    case regionalSameService = "regional-same-service"
    /// Every workplace in England with the same main service.
    case englandSameService = "england-same-service"
}

/// One benchmark group's figures, without the viewer's own workplace.
public struct Benchmark: Sendable, Hashable {
    public var group: BenchmarkGroup
    /// The filter used, after any fallback to the main-service group.
    public var filter: MetricsFilter
    /// True when the same-service group was too small and the main-service group was used.
    public var usesServiceGroup: Bool
    public var cell: MetricsCell
}

extension MetricsCube {
    /// The benchmark groups of `workplace` in `month`, each excluding every workplace of its
    /// organisation, so the viewer cannot subtract its own figures to reach others'. A local
    /// group too small to publish (rule 3 on its staff records) falls back from the main service to
    /// the main-service group; every group's figures must still pass disclosure control when shown.
    public func benchmarks(
        for workplace: WorkplaceMetricFacts, kpis: [KPI], at month: YearMonth, control: DisclosureControl
    ) -> [Benchmark] {
        var benchmarks: [Benchmark] = []
        let levels: [(BenchmarkGroup, AreaLevel)] = [
            (.localSameService, .cassr), (.regionalSameService, .region), (.englandSameService, .country),
        ]
        for (group, level) in levels {
            guard let code = workplace.location.code(at: level) else { continue }
            var filter = MetricsFilter(
                areaLevel: level, areaCode: code, mainService: workplace.mainService,
                excludingWorkplaceID: workplace.workplaceID, excludingOrganisationID: workplace.organisationID)
            var cell = measure(kpis, filter, at: month)
            var usesServiceGroup = false
            if level == .cassr, control.reasonToSuppress(cell.staffMeasurement, level: level) != nil {
                filter.mainService = nil
                filter.serviceGroup = workplace.serviceGroup
                cell = measure(kpis, filter, at: month)
                usesServiceGroup = true
            }
            benchmarks.append(Benchmark(group: group, filter: filter, usesServiceGroup: usesServiceGroup, cell: cell))
        }
        return benchmarks
    }
}
