import CarepathCore
import Plot

/// The frame every page shares: skip link, header, navigation, breadcrumbs, main content and footer.
///
/// The markup follows the GOV.UK Design System's patterns with Carepath's own stylesheet.
struct PageLayout {
    /// The sections of the site named in the navigation.
    enum Section: CaseIterable {
        case areas
        case workforce
        case providers
        case planning
        case postcodes

        var title: String {
            switch self {
            case .areas: return "Areas"
            case .workforce: return "Workforce"
            case .providers: return "Providers"
            case .planning: return "Plan"
            case .postcodes: return "Find a postcode"
            }
        }

        var url: SiteURL {
            switch self {
            case .areas: return .home
            case .workforce: return .workforce(England.code, query: WorkforceQuery())
            case .providers: return .providers
            case .planning: return .planning
            case .postcodes: return .postcodes(query: nil)
            }
        }
    }

    var title: String
    var section: Section?
    var breadcrumbs: [Breadcrumb] = []
    var isDemo: Bool
    var main: Node<HTML.BodyContext>
    /// Small scripts that only enhance the page, which works without them.
    var scripts: [SiteURL] = []

    func render() -> String {
        HTML(
            .lang(.english),
            .head(
                .encoding(.utf8),
                .viewport(.accordingToDevice),
                // Plot's `.title` also writes the title into meta attributes, unescaped.
                .element(named: "title", text: "\(title) – Carepath"),
                .stylesheet(SiteURL.stylesheet.path),
                .forEach(scripts) { script in
                    .element(
                        named: "script",
                        nodes: [
                            .attribute(named: "src", value: script.path), .attribute(named: "defer", value: "defer"),
                        ])
                }
            ),
            .body(
                .a(.class("cp-skip-link"), .href("#main-content"), .text("Skip to main content")),
                header,
                .if(isDemo, demoBanner),
                .div(
                    .class("cp-width-container"),
                    .if(!breadcrumbs.isEmpty, Breadcrumb.trail(breadcrumbs)),
                    .main(.class("cp-main"), .id("main-content"), .attribute(named: "tabindex", value: "-1"), main)
                ),
                footer
            )
        ).render()
    }

    private var header: Node<HTML.BodyContext> {
        .header(
            .class("cp-header"),
            .div(
                .class("cp-width-container cp-header__inner"),
                .a(.class("cp-header__service"), .href(SiteURL.home.path), .text("Carepath")),
                .span(.class("cp-header__strap"), .text("Adult social care workforce in England")),
                .raw(PageSlots.account),
                .nav(
                    .class("cp-nav"), .attribute(named: "aria-label", value: "Main"),
                    .ul(
                        .forEach(Section.allCases) { item in
                            .li(
                                .a(
                                    .href(item.url.path), .text(item.title),
                                    .attribute(named: "aria-current", value: item == section ? "page" : nil)))
                        })
                )
            )
        )
    }

    private var demoBanner: Node<HTML.BodyContext> {
        .div(
            .class("cp-demo-banner"), .attribute(named: "role", value: "region"),
            .attribute(named: "aria-label", value: "Demo"),
            .div(
                .class("cp-width-container"),
                .strong(.class("cp-tag cp-tag--yellow"), .text("Demo")),
                .text(" This is a demonstration of Carepath. Do not enter real personal data.")))
    }

    private var footer: Node<HTML.BodyContext> {
        .footer(
            .class("cp-footer"),
            .div(
                .class("cp-width-container"),
                .h2(.class("cp-visually-hidden"), .text("Support links")),
                .ul(
                    .class("cp-footer__links"),
                    .li(.a(.href(SiteURL.apiAreas.path), .text("JSON API"))),
                    .li(.a(.href(SiteURL.healthz.path), .text("Service health")))
                ),
                .p(.text("Contains OS data © Crown copyright and database right 2025.")),
                .p(.text("Contains Royal Mail data © Royal Mail copyright and database right 2025.")),
                .p(
                    .text("Source: Office for National Statistics licensed under the "),
                    .a(
                        .href("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
                        .text("Open Government Licence v3.0")),
                    .text(".")
                )
            )
        )
    }
}
