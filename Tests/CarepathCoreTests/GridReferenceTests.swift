import Foundation
import Testing

@testable import CarepathCore

@Suite("Grid references")
struct GridReferenceTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        var name: String
        var grid: GridReference
        var osgb36: Coordinate
        var wgs84: Coordinate
        var testDescription: String { name }
    }

    /// The README's test vectors.
    static let vectors: [Vector] = [
        Vector(
            name: "OS guide worked example", grid: GridReference(easting: 651409.903, northing: 313177.270),
            osgb36: Coordinate(latitude: 52.65757030, longitude: 1.71792158),
            wgs84: Coordinate(latitude: 52.65797860, longitude: 1.71605195)),
        Vector(
            name: "Grid origin meridian", grid: GridReference(easting: 400000, northing: 300000),
            osgb36: Coordinate(latitude: 52.59743729, longitude: -2.00000000),
            wgs84: Coordinate(latitude: 52.59779243, longitude: -2.00143316)),
        Vector(
            name: "Isles of Scilly centroid", grid: GridReference(easting: 90475, northing: 11614),
            osgb36: Coordinate(latitude: 49.92377730, longitude: -6.31322342),
            wgs84: Coordinate(latitude: 49.92439170, longitude: -6.31407826)),
        Vector(
            name: "City of London centroid", grid: GridReference(easting: 532532, northing: 181212),
            osgb36: Coordinate(latitude: 51.51378470, longitude: -0.08982847),
            wgs84: Coordinate(latitude: 51.51429489, longitude: -0.09143939)),
        Vector(
            name: "Norfolk centroid", grid: GridReference(easting: 609835, northing: 311534),
            osgb36: Coordinate(latitude: 52.66050146, longitude: 1.10313307),
            wgs84: Coordinate(latitude: 52.66089851, longitude: 1.10133453)),
    ]

    @Test("OSGB36 latitude and longitude", arguments: vectors)
    func osgb36(_ vector: Vector) {
        let result = vector.grid.osgb36()
        #expect(abs(result.latitude - vector.osgb36.latitude) < 1e-7, "\(result)")
        #expect(abs(result.longitude - vector.osgb36.longitude) < 1e-7, "\(result)")
    }

    @Test("WGS84 latitude and longitude", arguments: vectors)
    func wgs84(_ vector: Vector) {
        let result = vector.grid.wgs84()
        #expect(abs(result.latitude - vector.wgs84.latitude) < 1e-7, "\(result)")
        #expect(abs(result.longitude - vector.wgs84.longitude) < 1e-7, "\(result)")
    }

    @Test func distance() {
        let a = GridReference(easting: 100, northing: 200)
        let b = GridReference(easting: 400, northing: 600)
        #expect(a.distance(to: b) == 500)
        #expect(b.distance(to: a) == 500)
        #expect(a.distance(to: a) == 0)
    }

    @Test func codable() throws {
        let grid = GridReference(easting: 623182, northing: 308533)
        let decoded = try JSONDecoder().decode(GridReference.self, from: JSONEncoder().encode(grid))
        #expect(decoded == grid)
    }
}
