import CarepathCore
import Vapor

/// The JSON shapes of `/api/v1` responses. They are documented in `openapi.yaml`; change both together.
enum APIv1 {
    struct AreaRef: Content, Equatable {
        var code: String
        var name: String
        var level: AreaLevel
        var href: String

        init(_ reference: AreaReference) {
            code = reference.code.rawValue
            name = reference.name
            level = reference.level
            href = SiteURL.apiArea(reference.code).path
        }
    }

    struct Location: Content, Equatable {
        var easting: Int
        var northing: Int
        var latitude: Double
        var longitude: Double

        init(_ grid: GridReference) {
            let coordinate = grid.wgs84()
            easting = Int(grid.easting.rounded())
            northing = Int(grid.northing.rounded())
            // Five decimal places is about a metre: more would suggest precision the data lacks.
            latitude = (coordinate.latitude * 100_000).rounded() / 100_000
            longitude = (coordinate.longitude * 100_000).rounded() / 100_000
        }
    }

    struct AreaListItem: Content, Equatable {
        var code: String
        var name: String
        var level: AreaLevel
        var parent: AreaRef?
        var childCount: Int?
        var href: String

        init(_ summary: AreaSummary) {
            code = summary.reference.code.rawValue
            name = summary.reference.name
            level = summary.reference.level
            parent = summary.parent.map(AreaRef.init)
            childCount = summary.childCount
            href = SiteURL.apiArea(summary.reference.code).path
        }
    }

    struct AreaList: Content, Equatable {
        var count: Int
        var areas: [AreaListItem]
    }

    struct AreaDetail: Content, Equatable {
        var code: String
        var name: String
        var level: AreaLevel
        var parent: AreaRef?
        var ancestors: [AreaRef]
        var isAlsoDistrict: Bool
        var centre: Location?
        var children: [AreaListItem]
        var htmlHref: String

        init(_ detail: CarepathApp.AreaDetail) {
            code = detail.area.code.rawValue
            name = detail.area.name
            level = detail.area.level
            parent = detail.area.parent.map(AreaRef.init)
            ancestors = detail.ancestors.map(AreaRef.init)
            isAlsoDistrict = detail.isAlsoDistrict
            centre = detail.area.centroid.map(Location.init)
            children = detail.children.map(AreaListItem.init)
            htmlHref = detail.area.code == England.code ? SiteURL.home.path : SiteURL.area(detail.area.code).path
        }
    }

    struct PostcodeResult: Content, Equatable {
        var key: String
        var precision: PostcodeLocation.Precision
        var district: AreaRef
        var cassr: AreaRef
        var region: AreaRef
        var location: Location
        var radiusMetres: Int?
        var postcodeCount: Int?

        init(_ location: PostcodeLocation) {
            key = location.key
            precision = location.precision
            district = AreaRef(location.district)
            cassr = AreaRef(location.cassr)
            region = AreaRef(location.region)
            self.location = Location(location.location)
            radiusMetres = location.radiusMetres
            postcodeCount = location.postcodeCount
        }
    }
}
