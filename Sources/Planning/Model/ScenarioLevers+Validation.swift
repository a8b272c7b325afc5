/// A lever value a projection cannot use, named by the field that holds it.
public struct LeverProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The lever's field name, as in ``ScenarioLevers`` and the JSON API.
    public var field: String
    /// A sentence saying what is wrong and what is allowed.
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

extension ScenarioLevers {
    /// Every problem with these levers for a projection from `baseYear` to `lastYear`; empty when all are usable.
    public func problems(baseYear: Int, lastYear: Int) -> [LeverProblem] {
        var problems: [LeverProblem] = []
        func check(
            _ value: Double?, _ field: String, _ name: String, in range: ClosedRange<Double>, percent: Bool = false
        ) {
            guard let value else { return }
            guard value.isFinite, range.contains(value) else {
                let shown =
                    percent
                    ? "\(format(range.lowerBound * 100))% and \(format(range.upperBound * 100))%"
                    : "\(format(range.lowerBound)) and \(format(range.upperBound))"
                problems.append(LeverProblem(field: field, message: "\(name) must be between \(shown)."))
                return
            }
        }
        func checkNotNegative(_ value: Double?, _ field: String, _ name: String) {
            guard let value else { return }
            if !value.isFinite || value < 0 {
                problems.append(LeverProblem(field: field, message: "\(name) must be 0 or more."))
            }
        }
        if let fromYear, !(baseYear...lastYear).contains(fromYear) {
            problems.append(
                LeverProblem(field: "fromYear", message: "The levers must start between \(baseYear) and \(lastYear)."))
        }
        check(
            valuesBasedRecruitmentShare, "valuesBasedRecruitmentShare", "The share of staff recruited for values",
            in: 0...1, percent: true)
        check(turnoverMultiplier, "turnoverMultiplier", "The turnover multiplier", in: 0...3)
        check(turnoverRate, "turnoverRate", "Turnover", in: 0...1, percent: true)
        check(
            payAboveLivingWageShare, "payAboveLivingWageShare",
            "The share of care staff paid £1.50 above the National Living Wage", in: 0...1, percent: true)
        check(
            zeroHoursMovedShare, "zeroHoursMovedShare", "The share of staff moved off zero-hours contracts", in: 0...1,
            percent: true)
        check(retirementMultiplier, "retirementMultiplier", "The retirement multiplier", in: 0...5)
        check(internationalShare, "internationalShare", "The international share of entrants", in: 0...1, percent: true)
        checkNotNegative(internationalCap, "internationalCap", "The cap on international entrants")
        checkNotNegative(extraApprenticesPerYear, "extraApprenticesPerYear", "Extra apprentices a year")
        check(demandUpliftPercentPerYear, "demandUpliftPercentPerYear", "The demand uplift", in: -10...20)
        checkNotNegative(recruitmentCostPerHire, "recruitmentCostPerHire", "The recruitment cost per hire")
        checkNotNegative(
            inductionTrainingCostPerStarter, "inductionTrainingCostPerStarter",
            "The induction and training cost per starter")
        checkNotNegative(
            lostProductivityCostPerLeaver, "lostProductivityCostPerLeaver", "The lost productivity per leaver")
        if let driver = demandDriver, driver.kind == .ageWeighted {
            problems += driver.weightProblems()
        }
        return problems
    }
}

extension DemandDriver {
    /// Problems with an age-weighted driver's weights: none given, bad ages or negative weights.
    func weightProblems() -> [LeverProblem] {
        guard !weights.isEmpty, weights.contains(where: { $0.weight > 0 }) else {
            return [
                LeverProblem(
                    field: "demandDriver", message: "An age-weighted driver needs at least one weight above 0.")
            ]
        }
        var problems: [LeverProblem] = []
        for weight in weights {
            if !(0...90).contains(weight.fromAge) || !(weight.fromAge...90).contains(weight.toAge) {
                problems.append(
                    LeverProblem(
                        field: "demandDriver",
                        message: "Ages \(weight.fromAge)–\(weight.toAge) must lie within 0–90, youngest first."))
            }
            if !weight.weight.isFinite || weight.weight < 0 {
                problems.append(
                    LeverProblem(
                        field: "demandDriver",
                        message: "The weight for ages \(weight.fromAge)–\(weight.toAge) must be 0 or more."))
            }
        }
        return problems
    }
}

private func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
}
