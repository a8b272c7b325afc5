import Foundation

// Formulas from Ordnance Survey, "A Guide to Coordinate Systems in Great Britain",
// as set out in the reference data README. Accurate to a few metres, which is
// what a map pin needs; centimetre work would need OSTN15.

extension GridReference {
    /// Latitude and longitude on the OSGB36 datum (Airy 1830 ellipsoid), the datum
    /// the National Grid is drawn on, by inverse Transverse Mercator projection.
    ///
    /// Old Ordnance Survey maps use OSGB36; for web maps and GPS use ``wgs84()``.
    public func osgb36() -> Coordinate {
        let (phi, lambda) = osgb36Radians()
        return Coordinate(latitude: phi * 180 / .pi, longitude: lambda * 180 / .pi)
    }

    /// Latitude and longitude on WGS84, as used by GPS and web maps, accurate to
    /// a few metres.
    ///
    /// Projects to OSGB36, converts to Earth-centred Cartesian coordinates, shifts
    /// the datum with a seven-parameter Helmert transformation (EPSG:1314) and
    /// converts back on the WGS84 ellipsoid.
    public func wgs84() -> Coordinate {
        let (phi, lambda) = osgb36Radians()
        let onAiry = Ellipsoid.airy1830.cartesian(latitude: phi, longitude: lambda)
        let onWGS84 = Helmert.osgb36ToWGS84.apply(to: onAiry)
        let (latitude, longitude) = Ellipsoid.wgs84.geodetic(onWGS84)
        return Coordinate(latitude: latitude * 180 / .pi, longitude: longitude * 180 / .pi)
    }

    private func osgb36Radians() -> (phi: Double, lambda: Double) {
        let airy = Ellipsoid.airy1830
        let (a, b, e2) = (airy.a, airy.b, airy.e2)
        let f0 = 0.9996012717
        let phi0 = 49 * Double.pi / 180
        let lambda0 = -2 * Double.pi / 180
        let (e0, n0) = (400_000.0, -100_000.0)
        let n = (a - b) / (a + b)
        let (n2, n3) = (n * n, n * n * n)

        func meridionalArc(_ phi: Double) -> Double {
            let (d, s) = (phi - phi0, phi + phi0)
            return b * f0
                * ((1 + n + 5 / 4 * n2 + 5 / 4 * n3) * d
                    - (3 * n + 3 * n2 + 21 / 8 * n3) * sin(d) * cos(s)
                    + (15 / 8 * n2 + 15 / 8 * n3) * sin(2 * d) * cos(2 * s)
                    - 35 / 24 * n3 * sin(3 * d) * cos(3 * s))
        }

        let north = northing - n0
        var phi = phi0
        var arc = 0.0
        // Converges in a handful of steps; the cap only guards against NaN input.
        for _ in 0..<100 {
            phi += (north - arc) / (a * f0)
            arc = meridionalArc(phi)
            if abs(north - arc) < 0.00001 { break }
        }

        let sinPhi = sin(phi)
        let denominator = 1 - e2 * sinPhi * sinPhi
        let nu = a * f0 / denominator.squareRoot()
        let rho = a * f0 * (1 - e2) / (denominator * denominator.squareRoot())
        let eta2 = nu / rho - 1
        let t = tan(phi)
        let (t2, t4, t6) = (t * t, t * t * t * t, t * t * t * t * t * t)
        let sec = 1 / cos(phi)
        let (nu3, nu5, nu7) = (nu * nu * nu, pow(nu, 5), pow(nu, 7))

        let vii = t / (2 * rho * nu)
        let viii = t / (24 * rho * nu3) * (5 + 3 * t2 + eta2 - 9 * t2 * eta2)
        let ix = t / (720 * rho * nu5) * (61 + 90 * t2 + 45 * t4)
        let x = sec / nu
        let xi = sec / (6 * nu3) * (nu / rho + 2 * t2)
        let xii = sec / (120 * nu5) * (5 + 28 * t2 + 24 * t4)
        let xiia = sec / (5040 * nu7) * (61 + 662 * t2 + 1320 * t4 + 720 * t6)

        let dE = easting - e0
        let (dE2, dE3) = (dE * dE, dE * dE * dE)
        let (dE4, dE5, dE6, dE7) = (dE2 * dE2, dE2 * dE3, dE3 * dE3, dE3 * dE2 * dE2)
        return (
            phi - vii * dE2 + viii * dE4 - ix * dE6,
            lambda0 + x * dE - xi * dE3 + xii * dE5 - xiia * dE7
        )
    }
}

/// A reference ellipsoid, for converting between geodetic and Earth-centred coordinates.
private struct Ellipsoid {
    let a: Double
    let b: Double
    var e2: Double { (a * a - b * b) / (a * a) }

    static let airy1830 = Ellipsoid(a: 6_377_563.396, b: 6_356_256.909)
    static let wgs84 = Ellipsoid(a: 6_378_137.000, b: 6_356_752.314245)

    /// Earth-centred x, y, z in metres of a point at height zero.
    func cartesian(latitude phi: Double, longitude lambda: Double) -> SIMD3<Double> {
        let nu = a / (1 - e2 * sin(phi) * sin(phi)).squareRoot()
        return SIMD3(nu * cos(phi) * cos(lambda), nu * cos(phi) * sin(lambda), (1 - e2) * nu * sin(phi))
    }

    /// Latitude and longitude in radians of an Earth-centred point, by iteration.
    func geodetic(_ point: SIMD3<Double>) -> (latitude: Double, longitude: Double) {
        let lambda = atan2(point.y, point.x)
        let p = (point.x * point.x + point.y * point.y).squareRoot()
        var phi = atan2(point.z, p * (1 - e2))
        for _ in 0..<100 {
            let nu = a / (1 - e2 * sin(phi) * sin(phi)).squareRoot()
            let next = atan2(point.z + e2 * nu * sin(phi), p)
            let change = abs(next - phi)
            phi = next
            if change < 1e-12 { break }
        }
        return (phi, lambda)
    }
}

/// A seven-parameter datum shift in the position-vector convention.
private struct Helmert {
    let translation: SIMD3<Double>
    /// Rotations about x, y and z in radians.
    let rotation: SIMD3<Double>
    /// Scale change as a fraction (ppm × 10⁻⁶).
    let scale: Double

    /// The OS guide's WGS84→OSGB36 parameters with every sign reversed.
    static let osgb36ToWGS84 = Helmert(
        translation: SIMD3(446.448, -125.157, 542.060),
        rotation: SIMD3(0.1502, 0.2470, 0.8421) * (Double.pi / 648_000),
        scale: -20.4894e-6
    )

    func apply(to p: SIMD3<Double>) -> SIMD3<Double> {
        let (rx, ry, rz) = (rotation.x, rotation.y, rotation.z)
        let s1 = 1 + scale
        return translation
            + SIMD3(
                s1 * p.x - rz * p.y + ry * p.z,
                rz * p.x + s1 * p.y - rx * p.z,
                -ry * p.x + rx * p.y + s1 * p.z
            )
    }
}
