/// A row of `regions.csv`: one of the nine ONS regions of England.
public struct RegionRow: Hashable, Sendable, Codable {
    /// The region's ONS code, E12000001 to E12000009.
    public var code: AreaCode
    /// The region's name, such as `East of England`.
    public var name: String
    /// England postcodes in the region, live and terminated.
    public var postcodeCount: Int
    /// The mean grid reference of those postcodes.
    public var centroid: GridReference

    /// A row from its parts.
    public init(code: AreaCode, name: String, postcodeCount: Int, centroid: GridReference) {
        self.code = code
        self.name = name
        self.postcodeCount = postcodeCount
        self.centroid = centroid
    }

    /// The usual file name.
    public static let fileName = "regions.csv"

    /// The exact header of the file.
    public static let header = [
        "region_code", "region_name", "cassr_count", "lad_count", "postcode_count", "centroid_easting",
        "centroid_northing",
    ]

    /// A decoder for the file. The CASSR and district counts are checked but not kept:
    /// they can be counted from the other files.
    public static func decoder(file: String = fileName) -> ReferenceTableDecoder<RegionRow> {
        ReferenceTableDecoder(file: file, header: header) { (fields) throws(ReferenceDataError) in
            _ = try fields.count(2)
            _ = try fields.count(3)
            return RegionRow(
                code: try fields.areaCode(0), name: try fields.text(1), postcodeCount: try fields.count(4),
                centroid: try fields.gridReference(easting: 5, northing: 6))
        }
    }
}
