import Fluent

/// A postcode sector (`NR1 3`) or outcode (`NR1`) summary: where its postcodes are, on average.
///
/// Sectors and outcodes share one shape, so one model serves both tables.
protocol PostcodeSummaryModel: Model where IDValue == String {
    var districtCode: String { get }
    var postcodeCount: Int { get }
    var easting: Int { get }
    var northing: Int { get }
    var maxDistanceMetres: Int { get }
}

/// A postcode sector summary row.
final class PostcodeSectorRecord: PostcodeSummaryModel, @unchecked Sendable {
    static let schema = "postcode_sectors"

    @ID(custom: "sector", generatedBy: .user) var id: String?
    @Field(key: "district_code") var districtCode: String
    @Field(key: "postcode_count") var postcodeCount: Int
    @Field(key: "easting") var easting: Int
    @Field(key: "northing") var northing: Int
    @Field(key: "max_distance_m") var maxDistanceMetres: Int

    init() {}
}

/// A postcode outcode (postcode district) summary row.
final class PostcodeOutcodeRecord: PostcodeSummaryModel, @unchecked Sendable {
    static let schema = "postcode_outcodes"

    @ID(custom: "outcode", generatedBy: .user) var id: String?
    @Field(key: "district_code") var districtCode: String
    @Field(key: "postcode_count") var postcodeCount: Int
    @Field(key: "easting") var easting: Int
    @Field(key: "northing") var northing: Int
    @Field(key: "max_distance_m") var maxDistanceMetres: Int

    init() {}
}
