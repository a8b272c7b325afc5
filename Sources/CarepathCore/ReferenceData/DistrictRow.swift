/// A row of `la-lookup.csv`: a local authority district, its council and its region.
public struct DistrictRow: Hashable, Sendable, Codable {
    /// The district's ONS code (E06, E07, E08 or E09).
    public var code: AreaCode
    /// The district's name, such as `Norwich`.
    public var name: String
    /// The council responsible for adult social services: the district itself,
    /// or its county council (E10) for an E07 district.
    public var cassrCode: AreaCode
    /// The code of its region.
    public var regionCode: AreaCode

    /// A row from its parts.
    public init(code: AreaCode, name: String, cassrCode: AreaCode, regionCode: AreaCode) {
        self.code = code
        self.name = name
        self.cassrCode = cassrCode
        self.regionCode = regionCode
    }

    /// The usual file name.
    public static let fileName = "la-lookup.csv"

    /// The exact header of the file.
    public static let header = ["lad_code", "lad_name", "cassr_code", "cassr_name", "region_code", "region_name"]

    /// A decoder for the file. The council and region names are not kept:
    /// `cassr.csv` and `regions.csv` have them.
    public static func decoder(file: String = fileName) -> ReferenceTableDecoder<DistrictRow> {
        ReferenceTableDecoder(file: file, header: header) { (fields) throws(ReferenceDataError) in
            DistrictRow(
                code: try fields.areaCode(0), name: try fields.text(1), cassrCode: try fields.areaCode(2),
                regionCode: try fields.areaCode(4))
        }
    }
}
