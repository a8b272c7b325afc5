import Plot

/// The page shown for any error on a browser route.
enum ErrorPage {
    struct Model {
        var description: HTTPErrorDescription
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: model.description.title,
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .h1(.class("cp-heading-xl"), .text(model.description.title)),
                .p(.class("cp-body"), .text(model.description.message)),
                .p(
                    .class("cp-body"),
                    .a(.href(SiteURL.home.path), .text("Browse areas")), .text(" or "),
                    .a(.href(SiteURL.postcodes(query: nil).path), .text("find a postcode")), .text("."))
            )
        ).render()
    }
}
