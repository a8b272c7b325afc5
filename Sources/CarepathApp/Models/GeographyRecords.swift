import Fluent

// Fluent's property wrappers are not Sendable-checked, so every model here is
// `@unchecked Sendable`; instances are never shared across tasks while mutated.

/// An ONS region (E12), as stored.
final class RegionRecord: Model, @unchecked Sendable {
    static let schema = "regions"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "postcode_count") var postcodeCount: Int
    @Field(key: "centroid_easting") var centroidEasting: Int
    @Field(key: "centroid_northing") var centroidNorthing: Int

    init() {}
}

/// A council with adult social services responsibilities (CASSR), as stored.
final class CassrRecord: Model, @unchecked Sendable {
    static let schema = "cassrs"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "region_code") var regionCode: String
    @Field(key: "postcode_count") var postcodeCount: Int
    @Field(key: "centroid_easting") var centroidEasting: Int
    @Field(key: "centroid_northing") var centroidNorthing: Int

    init() {}
}

/// A local authority district (LAD 2025), as stored.
final class DistrictRecord: Model, @unchecked Sendable {
    static let schema = "districts"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "cassr_code") var cassrCode: String
    @Field(key: "region_code") var regionCode: String

    init() {}
}

/// One England postcode with its district and grid reference.
final class PostcodeRecord: Model, @unchecked Sendable {
    static let schema = "postcodes"

    @ID(custom: "postcode", generatedBy: .user) var id: String?
    @Field(key: "district_code") var districtCode: String
    @Field(key: "easting") var easting: Int
    @Field(key: "northing") var northing: Int

    init() {}
}
