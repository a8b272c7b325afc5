import CarepathCore
import WorkforceMetrics

extension AppConfig {
    /// Reads the disclosure-control settings of workforce-metrics.md 6.2; a value left out keeps its default.
    static func readDisclosure(
        _ value: (Variable) -> String?, problems: inout [ConfigurationError.Problem]
    ) -> DisclosureControl {
        var thresholds = DisclosureThresholds.standard
        var control = DisclosureControl()
        func integer(_ variable: Variable, minimum: Int, _ apply: (Int) -> Void) {
            guard let raw = value(variable) else { return }
            guard let number = Int(raw), number >= minimum else {
                problems.append(
                    .init(source: variable.rawValue, message: "\"\(raw)\" is not a whole number of at least \(minimum)")
                )
                return
            }
            apply(number)
        }
        func share(_ variable: Variable, _ apply: (Double) -> Void) {
            guard let raw = value(variable) else { return }
            guard let number = Double(raw), (0...1).contains(number) else {
                problems.append(.init(source: variable.rawValue, message: "\"\(raw)\" is not a number from 0 to 1"))
                return
            }
            apply(number)
        }
        integer(.smallCountMax, minimum: 0) { thresholds.smallCountMax = $0 }
        integer(.countRoundingBase, minimum: 1) { thresholds.countRoundingBase = $0 }
        integer(.minimumWorkers, minimum: 1) { thresholds.minimumWorkers = $0 }
        integer(.minimumWorkplaces, minimum: 1) { thresholds.minimumWorkplaces = $0 }
        share(.dominanceMaxShare) { thresholds.dominanceMaxShare = $0 }
        share(.minimumCoverage) { control.minimumCoverage = $0 }
        if let raw = value(.estimateRounding) {
            if let rounding = EstimateRounding(specification: raw) {
                thresholds.estimateRounding = rounding
            } else {
                problems.append(
                    .init(
                        source: Variable.estimateRounding.rawValue,
                        message: "\"\(raw)\" is not like 10<1000,100<100000,1000 (step<limit, …, last step)"))
            }
        }
        control.thresholds = thresholds
        return control
    }

    /// The settings looser than the published defaults, for a warning at start-up: the thresholds
    /// exist so a data-protection officer can tighten them, never loosen them unnoticed.
    public var looserDisclosureSettings: [String] {
        let given = disclosure.thresholds
        let standard = DisclosureThresholds.standard
        var looser: [String] = []
        if given.smallCountMax < standard.smallCountMax { looser.append(Variable.smallCountMax.rawValue) }
        if given.countRoundingBase < standard.countRoundingBase { looser.append(Variable.countRoundingBase.rawValue) }
        if given.minimumWorkers < standard.minimumWorkers { looser.append(Variable.minimumWorkers.rawValue) }
        if given.minimumWorkplaces < standard.minimumWorkplaces { looser.append(Variable.minimumWorkplaces.rawValue) }
        if given.dominanceMaxShare > standard.dominanceMaxShare { looser.append(Variable.dominanceMaxShare.rawValue) }
        if disclosure.minimumCoverage < DisclosureControl().minimumCoverage {
            looser.append(Variable.minimumCoverage.rawValue)
        }
        return looser
    }

    /// The effective settings in one line, for the start-up log.
    public var disclosureSummary: String {
        let thresholds = disclosure.thresholds
        return
            "disclosure control: counts 1–\(thresholds.smallCountMax) suppressed, others rounded to \(thresholds.countRoundingBase); "
            + "rates need \(thresholds.minimumWorkers) workers from \(thresholds.minimumWorkplaces) workplaces, "
            + "no workplace over \(NumberText.percent(thresholds.dominanceMaxShare, places: 0)); "
            + "coverage-gated figures need \(NumberText.percent(disclosure.minimumCoverage, places: 0)) answered"
    }
}
