import CarepathCore
import Plot

/// One step in a breadcrumb trail.
struct Breadcrumb: Equatable {
    var title: String
    var url: SiteURL

    /// The trail from England to an area's parent.
    static func trail(to ancestors: [AreaReference]) -> [Breadcrumb] {
        ancestors.map { Breadcrumb(title: $0.name, url: .area($0.code)) }
    }

    static func trail(_ crumbs: [Breadcrumb]) -> Node<HTML.BodyContext> {
        .nav(
            .class("cp-breadcrumbs"), .attribute(named: "aria-label", value: "Breadcrumb"),
            .ol(.forEach(crumbs) { crumb in .li(.a(.href(crumb.url.path), .text(crumb.title))) })
        )
    }
}
