import CarepathCore
import Plot
import WorkforceMetrics

/// How published workforce figures read on pages and in downloads, with the GSS symbols
/// (workforce-metrics.md 6.3): `c` suppressed, `:` not available.
enum WorkforceFormat {
    /// A KPI value in its unit: "31%" or "31.5%" (whole percent below region level), "3.8 days",
    /// "£12.05", "£34,500".
    static func text(_ kpi: KPI, _ value: Double, level: AreaLevel) -> String {
        switch kpi.unit {
        case .rate: percent(value, level: level)
        case .days: NumberText.decimal(value, places: 1) + " days"
        case .years: NumberText.decimal(value, places: 1) + " years"
        case .poundsPerHour: "£" + NumberText.decimal(value, places: 2)
        case .poundsPerYear: NumberText.pounds(value)
        }
    }

    /// A share as a percentage: whole numbers below region level, 1 dp at region and England
    /// (workforce-metrics.md 6.1 rule 3).
    static func percent(_ ratio: Double, level: AreaLevel) -> String {
        NumberText.percent(ratio, places: level == .country || level == .region ? 1 : 0)
    }

    /// The text of a published figure, a symbol when there is none.
    static func text(_ kpi: KPI, _ disclosed: DisclosedValue, level: AreaLevel) -> String {
        if disclosed.isSuppressed { return SuppressionReason.symbol }
        guard let value = disclosed.value else { return notAvailableSymbol }
        return text(kpi, value, level: level)
    }

    /// A count's text: "1,235", or a symbol.
    static func count(_ disclosed: DisclosedValue) -> String {
        if disclosed.isSuppressed { return SuppressionReason.symbol }
        return disclosed.value.map(NumberText.count) ?? notAvailableSymbol
    }

    static let notAvailableSymbol = ":"

    /// A table cell: the figure, or the symbol with words for screen readers.
    static func cell(_ text: String, _ disclosed: DisclosedValue) -> Node<HTML.BodyContext> {
        if disclosed.isSuppressed {
            return .group(
                .span(.attribute(named: "aria-hidden", value: "true"), .text(SuppressionReason.symbol)),
                .span(.class("cp-visually-hidden"), .text("suppressed to protect confidentiality")))
        }
        if disclosed.value == nil {
            return .group(
                .span(.attribute(named: "aria-hidden", value: "true"), .text(notAvailableSymbol)),
                .span(.class("cp-visually-hidden"), .text("not available")))
        }
        return .text(text)
    }

    /// The footnote every table with symbols carries.
    static func symbolsFootnote() -> Node<HTML.BodyContext> {
        .p(
            .class("cp-body-s"),
            .text(
                "c = suppressed to protect confidentiality (too few workers or workplaces, one workplace dominating, "
                    + "or hidden so that another suppressed figure cannot be worked out). : = not available. "
                    + "Counts are rounded to the nearest 5 below England level; estimates are rounded and may not sum "
                    + "to totals."))
    }
}
