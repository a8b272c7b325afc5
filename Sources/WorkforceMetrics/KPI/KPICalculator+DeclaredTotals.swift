/// Turnover, starters and vacancy rates from the workplaces' declared totals (workforce-metrics.md
/// 1 "declared totals", 3 KPI-TURNOVER, KPI-STARTERS, KPI-VACANCY).
extension KPICalculator {
    /// Σ declared ÷ Σ directly employed records over the workplaces whose figure is known; with
    /// `addsToDenominator` (vacancies) the declared figure joins the denominator, V ÷ (DE + V).
    ///
    /// Directly employed records of workplaces whose figure is unknown, or that are missing from
    /// `workplaces`, are the unknowns. A workplace listed twice counts once, by its first entry.
    static func declaredRate(
        _ declared: KeyPath<WorkplaceFacts, Double?>, addsToDenominator: Bool = false, workers: [WorkerFacts],
        workplaces: [WorkplaceFacts]
    ) -> KPIMeasurement {
        var directlyEmployed: [String: Int] = [:]
        for worker in workers where worker.isDirectlyEmployed {
            directlyEmployed[worker.workplaceID, default: 0] += 1
        }
        var tally = MeasurementTally()
        var seen = Set<String>()
        for workplace in workplaces where seen.insert(workplace.workplaceID).inserted {
            // Taking the count out leaves only the records of unlisted workplaces behind.
            let records = directlyEmployed.removeValue(forKey: workplace.workplaceID) ?? 0
            guard let figure = workplace[keyPath: declared] else {
                tally.excludeUnknown(records)
                continue
            }
            let base = Double(records) + (addsToDenominator ? figure : 0)
            tally.count(workplace: workplace.workplaceID, numerator: figure, denominator: base, workers: records)
        }
        tally.excludeUnknown(directlyEmployed.values.reduce(0, +))
        return tally.measurement(value: tally.ratio)
    }
}
