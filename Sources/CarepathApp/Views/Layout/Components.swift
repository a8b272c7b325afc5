import Plot

/// GOV.UK-style building blocks shared by the pages.
enum Components {
    /// A row of a summary list: a key and its value, which may hold links.
    struct SummaryRow {
        var key: String
        var value: Node<HTML.BodyContext>

        init(_ key: String, _ value: Node<HTML.BodyContext>) {
            self.key = key
            self.value = value
        }

        init(_ key: String, text: String) {
            self.init(key, .text(text))
        }
    }

    static func summaryList(_ rows: [SummaryRow]) -> Node<HTML.BodyContext> {
        .dl(
            .class("cp-summary-list"),
            .forEach(rows) { row in
                .div(
                    .class("cp-summary-list__row"),
                    .dt(.class("cp-summary-list__key"), .text(row.key)),
                    .dd(.class("cp-summary-list__value"), row.value))
            })
    }

    /// A table cell: text, or a link.
    enum Cell {
        case text(String)
        case number(Int)
        /// A figure already formatted, such as "9.5%" or "£19.53m", aligned as a number.
        case figure(String)
        case link(String, SiteURL)
        /// Anything else, such as a tag or a button.
        case node(Node<HTML.BodyContext>)

        var node: Node<HTML.BodyContext> {
            switch self {
            case .text(let text): return .text(text)
            case .number(let value): return .text(Format.grouped(value))
            case .figure(let text): return .text(text)
            case .link(let title, let url): return .a(.href(url.path), .text(title))
            case .node(let node): return node
            }
        }

        var isNumeric: Bool {
            switch self {
            case .number, .figure: return true
            default: return false
            }
        }
    }

    /// A data table with a caption and column headers; the first cell of each row is its header.
    static func table(caption: String, headers: [String], rows: [[Cell]]) -> Node<HTML.BodyContext> {
        let numericColumns = Set(rows.first?.indices.filter { rows.first![$0].isNumeric } ?? [])
        return .table(
            .class("cp-table"),
            .caption(.class("cp-table__caption"), .text(caption)),
            .thead(
                .tr(
                    .forEach(headers.enumerated()) { index, header in
                        .th(
                            .class(
                                numericColumns.contains(index)
                                    ? "cp-table__header cp-table__header--numeric" : "cp-table__header"),
                            .attribute(named: "scope", value: "col"), .text(header))
                    })),
            .tbody(
                .forEach(rows) { row in
                    .tr(
                        .forEach(row.enumerated()) { index, cell in
                            let numeric = cell.isNumeric ? " cp-table__cell--numeric" : ""
                            if index == 0 {
                                return .th(
                                    .class("cp-table__cell\(numeric)"), .attribute(named: "scope", value: "row"),
                                    cell.node)
                            }
                            return .td(.class("cp-table__cell\(numeric)"), cell.node)
                        })
                }))
    }

    /// An error that a form field has, linked from the error summary.
    struct FieldError {
        var fieldID: String
        var message: String
    }

    /// The GOV.UK error summary: shown at the top of a form page when input is wrong.
    static func errorSummary(_ errors: [FieldError]) -> Node<HTML.BodyContext> {
        .div(
            .class("cp-error-summary govuk-error-summary"), .attribute(named: "role", value: "alert"),
            .attribute(named: "aria-labelledby", value: "error-summary-title"),
            .h2(.class("cp-error-summary__title"), .id("error-summary-title"), .text("There is a problem")),
            .ul(
                .class("cp-error-summary__list"),
                .forEach(errors) { error in .li(.a(.href("#\(error.fieldID)"), .text(error.message))) }))
    }

    /// The GOV.UK confirmation panel for what a form just did, announced to screen readers.
    static func confirmation(_ title: String) -> Node<HTML.BodyContext> {
        .div(
            .class("cp-panel cp-panel--confirmation"), .attribute(named: "role", value: "status"),
            .h2(.class("cp-panel__title"), .text(title)))
    }

    /// Errors keyed by the field they belong to, for putting each message next to its field.
    static func byField(_ errors: [FieldError]) -> [String: String] {
        Dictionary(errors.map { ($0.fieldID, $0.message) }, uniquingKeysWith: { first, _ in first })
    }

    /// A coloured label, such as an area's level.
    static func tag(_ text: String, colour: String? = nil) -> Node<HTML.BodyContext> {
        .strong(.class(colour.map { "cp-tag cp-tag--\($0)" } ?? "cp-tag"), .text(text))
    }
}
