import CarepathCore
import Fluent

extension GeographyRepository {
    /// Finds a postcode, sector or outcode; when it is unknown, suggests the nearest coarser key
    /// that is known (see ``PostcodeLookupPlan``).
    func lookUp(_ query: PostcodeQuery) async throws -> PostcodeLookupOutcome {
        if let location = try await locate(query) { return .found(location) }
        for fallback in PostcodeLookupPlan.fallbacks(for: query) {
            if let suggestion = try await locate(fallback) {
                return .notFound(query: query, suggestion: suggestion)
            }
        }
        return .notFound(query: query, suggestion: nil)
    }

    /// The location of exactly this key, or `nil`.
    func locate(_ query: PostcodeQuery) async throws -> PostcodeLocation? {
        switch query {
        case .postcode(let postcode):
            guard let row = try await PostcodeRecord.find(postcode.normalised, on: database) else { return nil }
            return try await location(
                key: postcode.normalised, precision: .postcode, districtCode: row.districtCode,
                easting: row.easting, northing: row.northing)
        case .sector(let sector):
            guard let row = try await PostcodeSectorRecord.find(sector.normalised, on: database) else { return nil }
            return try await location(of: row, precision: .sector)
        case .outcode(let outcode):
            guard let row = try await PostcodeOutcodeRecord.find(outcode.normalised, on: database) else { return nil }
            return try await location(of: row, precision: .outcode)
        }
    }

    private func location(
        of summary: some PostcodeSummaryModel, precision: PostcodeLocation.Precision
    ) async throws -> PostcodeLocation {
        var location = try await location(
            key: summary.id!, precision: precision, districtCode: summary.districtCode,
            easting: summary.easting, northing: summary.northing)
        location.radiusMetres = summary.maxDistanceMetres
        location.postcodeCount = summary.postcodeCount
        return location
    }

    private func location(
        key: String, precision: PostcodeLocation.Precision, districtCode: String, easting: Int, northing: Int
    ) async throws -> PostcodeLocation {
        guard let hierarchy = try await hierarchy(ofDistrict: districtCode) else {
            throw CarepathError.referenceDataInconsistent("\(key) names unknown district \(districtCode)")
        }
        return PostcodeLocation(
            key: key, precision: precision, district: hierarchy.district, cassr: hierarchy.cassr,
            region: hierarchy.region, location: GridReference(easting: Double(easting), northing: Double(northing)))
    }
}
