import CarepathCore
import Plot

/// Find the district, council and region of a postcode, sector or outcode.
enum PostcodePage {
    enum State {
        /// No search yet.
        case blank
        /// The text is not a postcode.
        case invalid(text: String, message: String)
        case found(PostcodeLocation)
        case notFound(query: PostcodeQuery, suggestion: PostcodeLocation?)
    }

    struct Model {
        var state: State
        var isDemo: Bool
    }

    static let fieldID = "postcode"

    static func render(_ model: Model) -> String {
        let title: String
        var body: [Node<HTML.BodyContext>] = []
        switch model.state {
        case .blank:
            title = "Find a postcode"
            body.append(searchForm(value: "", error: nil, headingLevel: nil))
        case .invalid(let text, let message):
            title = "Error: Find a postcode"
            body.append(Components.errorSummary([.init(fieldID: fieldID, message: message)]))
            body.append(searchForm(value: text, error: message, headingLevel: nil))
        case .found(let location):
            title = location.key
            body.append(.h2(.class("cp-heading-l"), .text(resultHeading(location))))
            body.append(Components.summaryList(rows(location)))
            body.append(searchForm(value: "", error: nil, headingLevel: 2, legend: "Find another postcode"))
        case .notFound(let query, let suggestion):
            title = "\(query.normalised) not found"
            body.append(.h2(.class("cp-heading-l"), .text("\(query.normalised) was not found")))
            body.append(.p(.class("cp-body"), .text(notFoundText(query, suggestion))))
            if let suggestion {
                body.append(Components.summaryList(rows(suggestion)))
            }
            body.append(searchForm(value: query.normalised, error: nil, headingLevel: 2, legend: "Try again"))
        }
        return PageLayout(
            title: title, section: .postcodes, isDemo: model.isDemo,
            main: .group(.h1(.class("cp-heading-xl"), .text("Find a postcode")), .group(body))
        ).render()
    }

    private static func resultHeading(_ location: PostcodeLocation) -> String {
        switch location.precision {
        case .postcode: return "Postcode \(location.key)"
        case .sector: return "Postcode sector \(location.key)"
        case .outcode: return "Outcode \(location.key)"
        }
    }

    private static func notFoundText(_ query: PostcodeQuery, _ suggestion: PostcodeLocation?) -> String {
        guard let suggestion else {
            return "No England \(query.kindName), postcode sector or outcode matches it. Check it and try again."
        }
        return "Carepath holds every England postcode, including old ones, but not this one. "
            + "Its \(suggestion.precision == .sector ? "postcode sector" : "outcode") \(suggestion.key) is known, "
            + "and most of its postcodes are in the areas below."
    }

    static func rows(_ location: PostcodeLocation) -> [Components.SummaryRow] {
        func link(_ area: AreaReference) -> Node<HTML.BodyContext> {
            .group(.a(.href(SiteURL.area(area.code).path), .text(area.name)), .text(" (\(area.code.rawValue))"))
        }
        var rows: [Components.SummaryRow] = [
            .init("Local authority district", link(location.district)),
            .init("Council (adult social services)", link(location.cassr)),
            .init("Region", link(location.region)),
            .init("Grid reference (easting, northing)", text: Format.grid(location.location)),
            .init("Latitude, longitude", text: Format.latitudeLongitude(location.location)),
        ]
        if let radius = location.radiusMetres, let count = location.postcodeCount {
            rows.append(
                .init(
                    "Spread",
                    text:
                        "\(Format.grouped(count)) postcodes, all within \(Format.distance(metres: radius)) of the centre"
                ))
        }
        return rows
    }
}
