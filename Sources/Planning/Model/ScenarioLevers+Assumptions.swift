/// How each set lever reads beside the results.
extension ScenarioLevers {
    /// One assumption per lever set, in the order of workforce-planning.md 3.1.
    public var assumptions: [Assumption] {
        var list: [Assumption] = []
        func add(_ key: String, _ label: String, _ value: Double?, _ unit: Assumption.Unit, _ source: String) {
            guard let value else { return }
            list.append(
                Assumption(key: key, label: label, value: value, unit: unit, origin: .userEntry, source: source))
        }
        if let fromYear {
            list.append(
                Assumption(
                    key: "fromYear", label: "Levers act from", value: nil, text: String(fromYear), unit: .text,
                    origin: .userEntry, source: "Scenario"))
        }
        add(
            "valuesBasedRecruitmentShare", "Care staff recruited for values", valuesBasedRecruitmentShare, .rate,
            "Their turnover × 19.0/24.6 (Skills for Care 2019)")
        add("turnoverMultiplier", "Turnover multiplier", turnoverMultiplier, .multiplier, "Every band's turnover")
        add(
            "turnoverRate", "Turnover (all ages)", turnoverRate, .rate, "Replaces the calibrated rate; age pattern kept"
        )
        add(
            "payAboveLivingWageShare", "Care staff paid £1.50 above the National Living Wage", payAboveLivingWageShare,
            .rate, "Their turnover 31% instead of 37.8% (Skills for Care 2025)")
        add(
            "zeroHoursMovedShare", "Staff moved off zero-hours contracts", zeroHoursMovedShare, .rate,
            "5.8 points less turnover each (Skills for Care 2025)")
        add("retirementMultiplier", "Retirement multiplier (55+)", retirementMultiplier, .multiplier, "Scenario")
        if retireAtStatePensionAge == true {
            list.append(
                Assumption(
                    key: "retireAtStatePensionAge", label: "Everyone retires at state pension age", value: nil,
                    text: "Yes", unit: .text, origin: .userEntry, source: "Scenario"))
        }
        add("internationalShare", "International share of entrants", internationalShare, .rate, "Scenario")
        add("internationalCap", "Cap on international entrants a year", internationalCap, .count, "Scenario")
        add(
            "extraApprenticesPerYear", "Extra apprentices a year", extraApprenticesPerYear, .count,
            "Join the 16–24 band")
        if let demandDriver {
            let text =
                demandDriver.kind == .ageWeighted
                ? demandDriver.weights.map(\.label).joined(separator: ", ") : demandDriver.kind.label
            list.append(
                Assumption(
                    key: "demandDriver", label: "Demand driver", value: nil, text: text, unit: .text,
                    origin: .userEntry, source: "Scenario"))
        }
        add(
            "demandUpliftPercentPerYear", "Policy uplift on demand, % a year", demandUpliftPercentPerYear, .text,
            "Scenario")
        add("recruitmentCostPerHire", "Recruitment cost per hire", recruitmentCostPerHire, .pounds, "Scenario")
        add(
            "inductionTrainingCostPerStarter", "Induction and training cost per starter",
            inductionTrainingCostPerStarter, .pounds, "Scenario")
        add(
            "lostProductivityCostPerLeaver", "Lost productivity per leaver", lostProductivityCostPerLeaver, .pounds,
            "Scenario")
        return list
    }
}
