import CarepathCore
import WorkforceMetrics

/// Dashboard tables as CSV, one figure per row (long format), with the same published values and
/// symbols as the page: `symbol` is `c` when suppressed and `:` when not available.
enum WorkforceCSV {
    static let header = [
        "table", "area_code", "area_name", "month", "service", "role", "sector", "group_by", "group_key", "group_name",
        "measure", "unit", "value", "symbol", "suppression_reason",
    ]

    /// The table keys a dashboard offers.
    static func tableKey(_ breakdown: WorkforceBreakdown) -> String {
        switch breakdown.dimensionLabel {
        case "Service group": "service-group"
        case "Job-role group": "role-group"
        case "Sector": "sector"
        default: "area"
        }
    }

    /// The table `key` of `dashboard`, or `nil` when the dashboard has no such table.
    static func render(_ key: String, _ dashboard: WorkforceDashboard) -> String? {
        var rows: [[String]] = []
        let query = dashboard.query
        let month = dashboard.figures.month?.description ?? ""
        func row(
            _ area: AreaReference, month: String, group: (String, String, String)?, measure: String, unit: String,
            _ value: DisclosedValue
        ) {
            rows.append(
                [
                    key, area.code.rawValue, area.name, month, query.serviceGroup.map(WorkforceQuery.slug) ?? "",
                    query.roleGroup?.rawValue ?? "", query.sector?.rawValue ?? "", group?.0 ?? "", group?.1 ?? "",
                    group?.2 ?? "", measure, unit,
                ] + cells(value))
        }
        switch key {
        case "headline", "all":
            let areas = key == "all" ? [dashboard.figures] : [dashboard.figures] + dashboard.comparisons
            for figures in areas {
                row(figures.area, month: month, group: nil, measure: "filled-posts", unit: "count", figures.filledPosts)
                let kpis =
                    key == "all" ? figures.kpis : figures.kpis.filter { WorkforceService.headlineKPIs.contains($0.kpi) }
                for published in kpis {
                    row(
                        figures.area, month: month, group: nil, measure: published.kpi.rawValue,
                        unit: published.kpi.unit.rawValue, published.value)
                }
            }
        case "trends":
            for trend in dashboard.trends {
                for point in trend.points {
                    row(
                        trend.area, month: point.month.description, group: nil, measure: trend.kpi.rawValue,
                        unit: trend.kpi.unit.rawValue, point.value)
                }
            }
        default:
            guard let breakdown = dashboard.breakdowns.first(where: { tableKey($0) == key }) else { return nil }
            for group in breakdown.rows {
                let by = (key, group.key, group.label)
                row(
                    dashboard.figures.area, month: month, group: by, measure: "filled-posts", unit: "count",
                    group.filledPosts)
                for kpi in breakdown.kpis {
                    row(
                        dashboard.figures.area, month: month, group: by, measure: kpi.rawValue, unit: kpi.unit.rawValue,
                        group.values[kpi] ?? .notAvailable)
                }
            }
        }
        return ([header] + rows).map(CSVWriter.record).joined(separator: "\r\n") + "\r\n"
    }

    private static func cells(_ value: DisclosedValue) -> [String] {
        if value.isSuppressed { return ["", SuppressionReason.symbol, value.suppression!.rawValue] }
        guard let number = value.value else { return ["", WorkforceFormat.notAvailableSymbol, ""] }
        let text = number == number.rounded() ? String(Int(number)) : String(format: "%.4f", number)
        return [text, "", ""]
    }
}
