/// A point on the Ordnance Survey National Grid (British National Grid,
/// EPSG:27700), in metres east and north of the grid's false origin.
public struct GridReference: Hashable, Sendable, Codable {
    /// Metres east of the false origin, west of the Isles of Scilly.
    public var easting: Double
    /// Metres north of the false origin, south-west of the Isles of Scilly.
    public var northing: Double

    /// A grid reference from its easting and northing in metres.
    public init(easting: Double, northing: Double) {
        self.easting = easting
        self.northing = northing
    }

    /// Straight-line distance in metres on the grid.
    ///
    /// Grid scale varies by less than 0.1% across England, so this is within 0.1%
    /// of the true distance as the crow flies: fine for "within 10 km" questions,
    /// and it needs no latitude and longitude.
    public func distance(to other: GridReference) -> Double {
        let dx = easting - other.easting
        let dy = northing - other.northing
        return (dx * dx + dy * dy).squareRoot()
    }
}
