import CarepathCore

/// Computes the KPIs of workforce-metrics.md 3 for one group of staff records and workplaces, as
/// ratios of totals (section 2 rule 1) with unknowns left out of both sides (rule 2).
///
/// Each KPI is one pass over the records (plus one over the workplaces for declared totals), and
/// pay medians sort only the values they use, so area-wide groups of a million records stay cheap.
public enum KPICalculator {
    /// One KPI over `workers` (and, for turnover, starters and vacancies, `workplaces`) at the
    /// count date.
    ///
    /// Pass the staff records and workplaces of the group already chosen (area, service, role). A
    /// declared-total KPI counts a workplace only when its figure is known; staff records whose
    /// workplace is not in `workplaces`, or whose figure is unknown, are reported as
    /// ``KPIMeasurement/excludedUnknown``. Declared total staff is not used: records and declared
    /// totals may disagree, and the figure is computed from the records that exist (section 2 rule 4).
    public static func measure(
        _ kpi: KPI, workers: [WorkerFacts], workplaces: [WorkplaceFacts], at countDate: CalendarDate
    ) -> KPIMeasurement {
        measureKeepingValues(kpi, workers: workers, workplaces: workplaces, at: countDate).measurement
    }

    /// ``measure(_:workers:workplaces:at:)`` with the known values a median KPI rests on (empty for
    /// other KPIs), in the same pass, for medians over many workplaces.
    static func measureKeepingValues(
        _ kpi: KPI, workers: [WorkerFacts], workplaces: [WorkplaceFacts], at countDate: CalendarDate
    ) -> (measurement: KPIMeasurement, values: [Double]) {
        switch kpi {
        case .turnover: return (declaredRate(\.leavers, workers: workers, workplaces: workplaces), [])
        case .starters: return (declaredRate(\.starters, workers: workers, workplaces: workplaces), [])
        case .vacancy:
            return (declaredRate(\.vacancies, addsToDenominator: true, workers: workers, workplaces: workplaces), [])
        default:
            var values: [Double] = []
            let tally = tally(kpi, workers, at: countDate) { if kpi.isMedian { values.append($0) } }
            var measurement = tally.measurement(
                value: kpi.value(numerator: tally.numerator, denominator: tally.denominator, values: values))
            if kpi.isMedian { measurement.numerator = measurement.denominator }
            return (measurement, values)
        }
    }

    /// Every KPI over the same group, keyed by KPI.
    public static func measureAll(
        workers: [WorkerFacts], workplaces: [WorkplaceFacts], at countDate: CalendarDate
    ) -> [KPI: KPIMeasurement] {
        var measurements: [KPI: KPIMeasurement] = [:]
        for kpi in KPI.allCases {
            measurements[kpi] = measure(kpi, workers: workers, workplaces: workplaces, at: countDate)
        }
        return measurements
    }

    /// One pass over the records: each is read by the KPI's rule and counted, left out as
    /// unknown, or skipped as outside the population. `onKnownValue` sees each counted value.
    private static func tally(
        _ kpi: KPI, _ workers: [WorkerFacts], at countDate: CalendarDate,
        onKnownValue: (Double) -> Void = { _ in }
    ) -> MeasurementTally {
        let read = reading(for: kpi, at: countDate)
        let directlyEmployedOnly = kpi.countsDirectlyEmployedOnly
        var tally = MeasurementTally()
        for worker in workers where !directlyEmployedOnly || worker.isDirectlyEmployed {
            switch read(worker) {
            case .outsidePopulation: continue
            case .unknown: tally.excludeUnknown(1)
            case .known(let value):
                tally.count(workplace: worker.workplaceID, numerator: value, denominator: 1, workers: 1)
                onKnownValue(value)
            }
        }
        return tally
    }
}
