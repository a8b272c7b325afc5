import CarepathCore
import Fluent

extension GeographyRepository {
    func england() async throws -> AreaDetail {
        let regions = try await areas(level: .region)
        return AreaDetail(
            area: Area(code: England.code, name: England.name, level: .country, parent: nil, centroid: nil),
            ancestors: [], children: regions, isAlsoDistrict: false)
    }

    func regionDetail(_ region: RegionRecord) async throws -> AreaDetail {
        let reference = try AreaReference.region(region.id!, region.name)
        return AreaDetail(
            area: Area(
                code: reference.code, name: region.name, level: .region, parent: England.reference,
                centroid: GridReference(
                    easting: Double(region.centroidEasting), northing: Double(region.centroidNorthing))),
            ancestors: [England.reference],
            children: try await areas(level: .cassr, parent: reference.code),
            isAlsoDistrict: false)
    }

    func cassrDetail(_ cassr: CassrRecord) async throws -> AreaDetail {
        guard let region = try await RegionRecord.find(cassr.regionCode, on: database) else {
            throw CarepathError.referenceDataInconsistent(
                "council \(cassr.id!) names missing region \(cassr.regionCode)")
        }
        let regionReference = try AreaReference.region(region.id!, region.name)
        let reference = try AreaReference.cassr(cassr.id!, cassr.name)
        let districts = try await areas(level: .district, parent: reference.code)
        return AreaDetail(
            area: Area(
                code: reference.code, name: cassr.name, level: .cassr, parent: regionReference,
                centroid: GridReference(
                    easting: Double(cassr.centroidEasting), northing: Double(cassr.centroidNorthing))),
            ancestors: [England.reference, regionReference],
            children: districts.filter { $0.reference.code != reference.code },
            isAlsoDistrict: districts.contains { $0.reference.code == reference.code })
    }

    func districtDetail(_ district: DistrictRecord) async throws -> AreaDetail {
        guard let hierarchy = try await hierarchy(ofDistrict: district.id!) else {
            throw CarepathError.referenceDataInconsistent("district \(district.id!) names a missing council or region")
        }
        return AreaDetail(
            area: Area(
                code: hierarchy.district.code, name: district.name, level: .district, parent: hierarchy.cassr,
                centroid: nil),
            ancestors: [England.reference, hierarchy.region, hierarchy.cassr],
            children: [],
            isAlsoDistrict: true)
    }
}

extension AreaReference {
    /// Builds references from stored codes; a malformed stored code means the reference data is damaged.
    static func region(_ code: String, _ name: String) throws -> AreaReference {
        AreaReference(code: try storedCode(code), name: name, level: .region)
    }

    static func cassr(_ code: String, _ name: String) throws -> AreaReference {
        AreaReference(code: try storedCode(code), name: name, level: .cassr)
    }

    static func district(_ code: String, _ name: String) throws -> AreaReference {
        AreaReference(code: try storedCode(code), name: name, level: .district)
    }

    private static func storedCode(_ raw: String) throws -> AreaCode {
        do {
            return try AreaCode(raw)
        } catch {
            throw CarepathError.referenceDataInconsistent("stored area code \"\(raw)\" is malformed")
        }
    }
}
