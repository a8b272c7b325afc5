import CarepathCore
import Foundation
import Planning

/// The comparison as CSV: one row per scenario and year, with the same rounded figures as the page.
enum PlanningCSV {
    static let header = [
        "area_code", "area_name", "role_group", "scenario", "year", "demand_posts", "supply_filled_posts", "gap",
        "implied_vacancy_rate", "leavers", "entrants", "entrants_needed", "hires", "turnover_cost_gbp",
        "pay_uplift_cost_gbp",
        "population_source",
    ]

    static func render(_ model: PlanningComparePage.Model) -> String {
        var lines = [CSVWriter.record(header)]
        for (column, published) in zip(model.columns, model.published) {
            for year in published.years {
                func optional(_ value: Double?) -> String { value.map { String(Int($0.rounded())) } ?? "" }
                lines.append(
                    CSVWriter.record([
                        model.area.code.rawValue, model.area.name, model.selection.groupKey, column.name,
                        String(year.year),
                        optional(year.demand), optional(year.supply), optional(year.gap),
                        String(format: "%.3f", year.impliedVacancyRate), optional(year.leavers),
                        optional(year.entrants),
                        optional(year.entrantsNeeded), optional(year.hires), optional(year.turnoverCost),
                        optional(year.payUpliftCost),
                        model.context.population.citation,
                    ]))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
