/// A latitude and longitude in decimal degrees, north and east positive.
///
/// Which datum the numbers refer to depends on where they came from: see
/// ``GridReference/osgb36()`` and ``GridReference/wgs84()``.
public struct Coordinate: Hashable, Sendable, Codable {
    /// Degrees north of the equator.
    public var latitude: Double
    /// Degrees east of Greenwich; most of England is negative (west).
    public var longitude: Double

    /// A coordinate from its latitude and longitude in degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
