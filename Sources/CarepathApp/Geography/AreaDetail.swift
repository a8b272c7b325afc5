import CarepathCore

/// One area with what a browse page or API response shows around it.
struct AreaDetail: Sendable, Equatable {
    var area: Area
    /// From England down to the area's parent.
    var ancestors: [AreaReference]
    /// The areas one level down: regions of England, councils of a region, districts of a council.
    var children: [AreaSummary]
    /// A unitary, metropolitan or London council is also its own local authority district.
    var isAlsoDistrict: Bool
}

/// An area in a list, with the number of areas one level below it.
struct AreaSummary: Sendable, Equatable {
    var reference: AreaReference
    var parent: AreaReference?
    var childCount: Int?
}
