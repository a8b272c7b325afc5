import CarepathCore
import Fluent

/// Reads the reference geography: areas, their hierarchy, and where postcodes are.
struct GeographyRepository: Sendable {
    let database: any Database

    /// Every region, council and district, optionally filtered, in code order.
    func areas(level: AreaLevel? = nil, parent: AreaCode? = nil) async throws -> [AreaSummary] {
        var result: [AreaSummary] = []
        let regions = try await RegionRecord.query(on: database).sort(\.$id).all()
        let cassrs = try await CassrRecord.query(on: database).sort(\.$id).all()
        let districts = try await DistrictRecord.query(on: database).sort(\.$id).all()
        let regionNames = Dictionary(uniqueKeysWithValues: regions.map { ($0.id!, $0.name) })
        let cassrNames = Dictionary(uniqueKeysWithValues: cassrs.map { ($0.id!, $0.name) })

        if level == nil || level == .country {
            result.append(AreaSummary(reference: England.reference, parent: nil, childCount: regions.count))
        }
        if level == nil || level == .region {
            let counts = Dictionary(grouping: cassrs, by: \.regionCode).mapValues(\.count)
            for region in regions {
                result.append(
                    AreaSummary(
                        reference: try .region(region.id!, region.name), parent: England.reference,
                        childCount: counts[region.id!] ?? 0))
            }
        }
        if level == nil || level == .cassr {
            let counts = Dictionary(grouping: districts, by: \.cassrCode).mapValues(\.count)
            for cassr in cassrs {
                result.append(
                    AreaSummary(
                        reference: try .cassr(cassr.id!, cassr.name),
                        parent: try .region(cassr.regionCode, regionNames[cassr.regionCode] ?? ""),
                        childCount: counts[cassr.id!] ?? 0))
            }
        }
        if level == nil || level == .district {
            for district in districts {
                result.append(
                    AreaSummary(
                        reference: try .district(district.id!, district.name),
                        parent: try .cassr(district.cassrCode, cassrNames[district.cassrCode] ?? ""),
                        childCount: nil))
            }
        }
        guard let parent else { return result }
        return result.filter { $0.parent?.code == parent }
    }

    /// One area with its ancestors and children, or `nil` when no area has that code.
    ///
    /// A code that is both a council and a district (a unitary) is answered as the council.
    func area(_ code: AreaCode) async throws -> AreaDetail? {
        let code = AreaCodeAliases.current(for: code)
        if code == England.code { return try await england() }
        if let region = try await RegionRecord.find(code.rawValue, on: database) {
            return try await regionDetail(region)
        }
        if let cassr = try await CassrRecord.find(code.rawValue, on: database) {
            return try await cassrDetail(cassr)
        }
        if let district = try await DistrictRecord.find(code.rawValue, on: database) {
            return try await districtDetail(district)
        }
        return nil
    }

    /// The district, council and region of a district code, as references.
    func hierarchy(
        ofDistrict code: String
    ) async throws -> (district: AreaReference, cassr: AreaReference, region: AreaReference)? {
        guard let district = try await DistrictRecord.find(code, on: database),
            let cassr = try await CassrRecord.find(district.cassrCode, on: database),
            let region = try await RegionRecord.find(district.regionCode, on: database)
        else { return nil }
        return (
            try .district(district.id!, district.name), try .cassr(cassr.id!, cassr.name),
            try .region(region.id!, region.name)
        )
    }
}
