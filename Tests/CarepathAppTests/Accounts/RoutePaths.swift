import Foundation
import Vapor

@testable import CarepathApp

/// Turns a registered route into a real address for the crawls, with each parameter filled.
enum RoutePaths {
    static func concrete(_ route: Route, provider: String) -> String {
        "/"
            + route.path.map { component -> String in
                guard case .parameter(let name) = component else { return component.description }
                switch name {
                case SiteURL.Segment.reference: return provider
                case AccountURL.Segment.workplace: return AccessWorld.workplace
                case SiteURL.Segment.areaCode: return "E12000006"
                case SiteURL.Segment.postcode: return "LS6 2AB"
                case SiteURL.Segment.kpi: return "turnover"
                default: return UUID().uuidString
                }
            }.joined(separator: "/")
    }
}
