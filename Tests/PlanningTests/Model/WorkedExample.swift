import CarepathCore
import Planning

/// The worked example of workforce-planning.md section 4: a fictional council, base year 2025,
/// three age bands (16–34, 35–54, 55+).
enum WorkedExample {
    static let populationAged65Plus: [Double] = [200_000, 204_000, 208_100, 212_300, 216_500, 220_800]

    static var inputs: ProjectionInputs {
        let supply = SupplyParameters(
            stock: [3_000, 4_500, 2_500], turnover: [0.40, 0.26, 0.22], retirement: [0, 0, 0.10],
            ageing: [1.0 / 19, 1.0 / 20, 0], withinSectorShare: 0.65, entrantRate: 0.33 * (1 - 0.65),
            entrantAgeShare: [0.55, 0.33, 0.12], internationalShare: 0.2, directCareShare: 1)
        return ProjectionInputs(
            baseYear: 2025, horizon: 5, supply: supply, baseVacancies: 800,
            population: population(aged65Plus: populationAged65Plus, from: 2025))
    }

    /// A population whose only non-zero age is 65, so its 65+ total is the given series.
    static func population(
        aged65Plus totals: [Double], from firstYear: Int, code: String = "E06000001"
    ) -> PopulationSeries {
        var persons: [Int: [Double]] = [:]
        for (offset, total) in totals.enumerated() {
            var ages = Array(repeating: 1_000.0, count: 91)
            ages[65] = total
            for age in 66...90 { ages[age] = 0 }
            persons[firstYear + offset] = ages
        }
        return PopulationSeries(areaCode: AreaCode(rawValue: code)!, persons: persons)
    }
}
