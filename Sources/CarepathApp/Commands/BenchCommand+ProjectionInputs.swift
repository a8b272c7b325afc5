import CarepathCore
import Foundation
import Planning

/// Synthetic but plausible planning inputs for every CASSR and role group, the same for a seed.
enum SyntheticPlanningInputs {
    static let areaCount = 153
    static let baseYear = 2025
    /// The four role groups, then all roles (`nil`), as the planning pages offer them.
    static let groups: [JobRoleGroup?] = JobRoleGroup.allCases.map { $0 } + [nil]

    struct Case {
        var areaIndex: Int
        var group: JobRoleGroup?
        var inputs: ProjectionInputs
    }

    static func make(horizon: Int, seed: UInt64) -> [Case] {
        var random = SeededGenerator(seed: seed)
        var cases: [Case] = []
        for areaIndex in 0..<areaCount {
            // CASSRs run from about 10,000 people aged 65+ (Rutland) to over 300,000 (Kent).
            let aged65 = random.double(in: 10_000...320_000)
            let growth65 = random.double(in: 0.008...0.025)
            let population = PopulationSeries(
                areaCode: try! AreaCode(String(format: "E99%06d", areaIndex + 1)),
                persons: Dictionary(
                    uniqueKeysWithValues: (baseYear...(baseYear + horizon)).map { year in
                        (year, persons(aged65: aged65, growth65: growth65, years: year - baseYear))
                    }))
            // About one care job for every seven people aged 65+, split by role as Skills for Care reports.
            let staff = aged65 * random.double(in: 0.11...0.17)
            let ageShape = [0.12, 0.22, 0.21, 0.22, 0.10, 0.08, 0.05].map { $0 * random.double(in: 0.8...1.2) }
            let shape = ageShape.reduce(0, +)
            let groupShares: [JobRoleGroup: Double] = [
                .directCare: random.double(in: 0.72...0.80), .managerial: random.double(in: 0.08...0.11),
                .regulatedProfession: random.double(in: 0.02...0.04), .other: random.double(in: 0.06...0.12),
            ]
            let groupShareTotal = groupShares.values.reduce(0, +)
            for group in groups {
                let share = group.map { groupShares[$0]! / groupShareTotal } ?? 1
                var base = WorkforceBase(
                    asOfYear: baseYear, stockByBand: ageShape.map { (staff * share * $0 / shape).rounded() })
                let total = base.totalStock
                base.directCareStock = group == nil ? total * groupShares[.directCare]! / groupShareTotal : 0
                if group == .directCare { base.directCareStock = total }
                base.declaredLeavers = RateCounts(numerator: total * random.double(in: 0.20...0.45), denominator: total)
                base.declaredStarters = RateCounts(
                    numerator: total * random.double(in: 0.28...0.45), denominator: total)
                base.declaredVacancies = RateCounts(
                    numerator: total * random.double(in: 0.05...0.12), denominator: total)
                base.linkedLeavers = RateCounts(numerator: total * random.double(in: 0.55...0.72), denominator: total)
                base.workplaceCount = max(1, Int(total / 30))
                let calibrated = SupplyCalibration.calibrate(base, group: group)
                let inputs = ProjectionInputs(
                    baseYear: baseYear, horizon: horizon, supply: calibrated.supply,
                    baseVacancies: calibrated.baseVacancies, population: population)
                cases.append(Case(areaIndex: areaIndex, group: group, inputs: inputs))
            }
        }
        return cases
    }

    /// Persons aged 0…89 and 90+ with `aged65` aged 65+ in the base year, halving about every 8 years
    /// of age after 65; the 65+ grow by `growth65` a year and the rest by 0.2%.
    private static func persons(aged65: Double, growth65: Double, years: Int) -> [Double] {
        let older = (0...25).map { pow(0.917, Double($0)) }
        let at65 = aged65 / older.reduce(0, +)
        let olderGrowth = pow(1 + growth65, Double(years))
        return (0...90).map { age in
            age < 65 ? at65 * 1.4 * pow(1.002, Double(years)) : at65 * older[age - 65] * olderGrowth
        }
    }
}
