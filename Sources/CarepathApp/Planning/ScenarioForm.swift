import Foundation
import Planning

/// The "create a scenario" form: raw text as typed, parsed into levers with an error per field.
///
/// Shares are typed as percentages (0–100) because planners think in them; the levers hold ratios.
struct ScenarioForm: Sendable, Equatable {
    /// A field of the form: its name (also the lever's API name and the element id), label and kind.
    struct Field: Sendable, Equatable {
        enum Kind: Sendable, Equatable { case percent, number, pounds, year }
        var name: String
        var label: String
        var hint: String
        var kind: Kind
    }

    static let fields: [Field] = [
        Field(name: "fromYear", label: "Levers act from (year)", hint: "Leave blank for the base year", kind: .year),
        Field(
            name: "valuesBasedRecruitmentShare", label: "Care staff recruited for values (%)",
            hint: "Their turnover falls by 19.0/24.6", kind: .percent),
        Field(
            name: "payAboveLivingWageShare", label: "Care staff moved to £1.50 above the National Living Wage (%)",
            hint: "Their turnover falls from 37.8% to 31%; the uplift is costed", kind: .percent),
        Field(
            name: "turnoverMultiplier", label: "Turnover multiplier", hint: "For example 0.9 for a tenth less turnover",
            kind: .number),
        Field(
            name: "turnoverRate", label: "Turnover, all ages (%)", hint: "Replaces the calibrated rate", kind: .percent),
        Field(
            name: "zeroHoursMovedShare", label: "Staff moved off zero-hours contracts (%)",
            hint: "5.8 points less turnover each", kind: .percent),
        Field(
            name: "retirementMultiplier", label: "Retirement multiplier for over-55s",
            hint: "For example 1.2 for a fifth more retirements", kind: .number),
        Field(
            name: "internationalShare", label: "International share of entrants (%)", hint: "Baseline 20%",
            kind: .percent),
        Field(
            name: "internationalCap", label: "Cap on international entrants a year", hint: "A number of people",
            kind: .number),
        Field(
            name: "extraApprenticesPerYear", label: "Extra apprentices a year", hint: "They join the 16–24 age band",
            kind: .number),
        Field(
            name: "demandUpliftPercentPerYear", label: "Policy uplift on demand (% a year)",
            hint: "On top of population growth", kind: .number),
        Field(
            name: "recruitmentCostPerHire", label: "Recruitment cost per hire (£)", hint: "Default £4,000",
            kind: .pounds),
        Field(
            name: "inductionTrainingCostPerStarter", label: "Induction and training cost per starter (£)",
            hint: "Default £2,229", kind: .pounds),
        Field(
            name: "lostProductivityCostPerLeaver", label: "Lost productivity per leaver (£)", hint: "Default £0",
            kind: .pounds),
    ]

    /// The age bands an age-weighted demand driver asks weights for.
    static let weightBands: [(name: String, label: String, ages: ClosedRange<Int>)] = [
        ("weight18to64", "Weight for ages 18–64", 18...64), ("weight65to74", "Weight for ages 65–74", 65...74),
        ("weight75to84", "Weight for ages 75–84", 75...84), ("weight85plus", "Weight for ages 85 and over", 85...90),
    ]

    var name = ""
    var values: [String: String] = [:]
    var demandDriver = DemandDriver.Kind.aged65Plus.rawValue
    var retireAtStatePensionAge = false

    /// Each field's error, in form order, for the error summary.
    struct Problem: Sendable, Equatable {
        var field: String
        var message: String
    }

    /// Every problem with a submitted form.
    struct Problems: Error, Equatable {
        var list: [Problem]
    }

    /// The levers, or every problem with the form; `existingNames` catches a repeated name.
    func parse(baseYear: Int, lastYear: Int, existingNames: Set<String>) -> Result<ScenarioLevers, Problems> {
        var problems: [Problem] = []
        let trimmedName = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmedName.isEmpty {
            problems.append(Problem(field: "name", message: "Enter a name for the scenario"))
        } else if trimmedName.count > 80 {
            problems.append(Problem(field: "name", message: "The scenario name must be 80 characters or fewer"))
        } else if existingNames.contains(trimmedName) {
            problems.append(
                Problem(
                    field: "name",
                    message: "This area already has a scenario called \(trimmedName); choose another name"))
        }
        var levers = ScenarioLevers()
        var numbers: [String: Double] = [:]
        for field in Self.fields {
            let text = (values[field.name] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(
                of: ",", with: "")
            guard !text.isEmpty else { continue }
            let cleaned =
                text.hasPrefix("£") ? String(text.dropFirst()) : text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let number = Double(cleaned), number.isFinite else {
                problems.append(Problem(field: field.name, message: "\(field.label) must be a number"))
                continue
            }
            if field.kind == .year, number != number.rounded() {
                problems.append(
                    Problem(field: field.name, message: "\(field.label) must be a whole year, like \(baseYear + 1)"))
                continue
            }
            numbers[field.name] = field.kind == .percent ? number / 100 : number
        }
        levers.fromYear = numbers["fromYear"].map { Int($0) }
        levers.valuesBasedRecruitmentShare = numbers["valuesBasedRecruitmentShare"]
        levers.payAboveLivingWageShare = numbers["payAboveLivingWageShare"]
        levers.turnoverMultiplier = numbers["turnoverMultiplier"]
        levers.turnoverRate = numbers["turnoverRate"]
        levers.zeroHoursMovedShare = numbers["zeroHoursMovedShare"]
        levers.retirementMultiplier = numbers["retirementMultiplier"]
        levers.internationalShare = numbers["internationalShare"]
        levers.internationalCap = numbers["internationalCap"]
        levers.extraApprenticesPerYear = numbers["extraApprenticesPerYear"]
        levers.demandUpliftPercentPerYear = numbers["demandUpliftPercentPerYear"]
        levers.recruitmentCostPerHire = numbers["recruitmentCostPerHire"]
        levers.inductionTrainingCostPerStarter = numbers["inductionTrainingCostPerStarter"]
        levers.lostProductivityCostPerLeaver = numbers["lostProductivityCostPerLeaver"]
        levers.retireAtStatePensionAge = retireAtStatePensionAge ? true : nil
        problems += parseDriver(into: &levers)
        let reported = Set(problems.map(\.field))
        for problem in levers.problems(baseYear: baseYear, lastYear: lastYear) where !reported.contains(problem.field) {
            problems.append(Problem(field: problem.field, message: problem.message))
        }
        let order = ["name"] + Self.fields.map(\.name) + ["demandDriver"]
        problems.sort { (order.firstIndex(of: $0.field) ?? 99) < (order.firstIndex(of: $1.field) ?? 99) }
        return problems.isEmpty ? .success(levers) : .failure(Problems(list: problems))
    }

    private func parseDriver(into levers: inout ScenarioLevers) -> [Problem] {
        guard let kind = DemandDriver.Kind(rawValue: demandDriver) else {
            return [Problem(field: "demandDriver", message: "Choose a demand driver from the list")]
        }
        guard kind != .aged65Plus else { return [] }
        guard kind == .ageWeighted else {
            levers.demandDriver = DemandDriver(kind: kind)
            return []
        }
        var weights: [AgeWeight] = []
        for band in Self.weightBands {
            let text = (values[band.name] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            guard let weight = Double(text) else {
                return [Problem(field: "demandDriver", message: "\(band.label) must be a number")]
            }
            weights.append(AgeWeight(fromAge: band.ages.lowerBound, toAge: band.ages.upperBound, weight: weight))
        }
        levers.demandDriver = DemandDriver(kind: .ageWeighted, weights: weights)
        return []
    }
}
