/// A row of `cassr.csv`: a council with adult social services responsibilities.
public struct CassrRow: Hashable, Sendable, Codable {
    /// The council area's ONS code (E06, E08, E09 or E10).
    public var code: AreaCode
    /// The council area's name, such as `Norfolk`.
    public var name: String
    /// The code of its region.
    public var regionCode: AreaCode
    /// England postcodes in the council's area, live and terminated.
    public var postcodeCount: Int
    /// The mean grid reference of those postcodes.
    public var centroid: GridReference

    /// A row from its parts.
    public init(code: AreaCode, name: String, regionCode: AreaCode, postcodeCount: Int, centroid: GridReference) {
        self.code = code
        self.name = name
        self.regionCode = regionCode
        self.postcodeCount = postcodeCount
        self.centroid = centroid
    }

    /// The usual file name.
    public static let fileName = "cassr.csv"

    /// The exact header of the file.
    public static let header = [
        "cassr_code", "cassr_name", "region_code", "region_name", "postcode_count", "centroid_easting",
        "centroid_northing",
    ]

    /// A decoder for the file. The region name is not kept: `regions.csv` has it.
    public static func decoder(file: String = fileName) -> ReferenceTableDecoder<CassrRow> {
        ReferenceTableDecoder(file: file, header: header) { (fields) throws(ReferenceDataError) in
            CassrRow(
                code: try fields.areaCode(0), name: try fields.text(1), regionCode: try fields.areaCode(2),
                postcodeCount: try fields.count(4), centroid: try fields.gridReference(easting: 5, northing: 6))
        }
    }
}
