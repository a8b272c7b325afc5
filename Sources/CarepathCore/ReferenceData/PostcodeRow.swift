/// A row of `postcodes-england.csv`: one England postcode, live or terminated,
/// with its district and grid reference.
public struct PostcodeRow: Hashable, Sendable, Codable {
    /// The postcode, normalised.
    public var postcode: Postcode
    /// Its 2025 local authority district.
    public var districtCode: AreaCode
    /// Its National Grid reference.
    public var location: GridReference

    /// A row from its parts.
    public init(postcode: Postcode, districtCode: AreaCode, location: GridReference) {
        self.postcode = postcode
        self.districtCode = districtCode
        self.location = location
    }

    /// The usual file name, once decompressed.
    public static let fileName = "postcodes-england.csv"

    /// The exact header of the file.
    public static let header = ["postcode", "lad_code", "easting", "northing"]

    /// A decoder for the file, meant to be fed record by record from a ``CSVReader``:
    /// the file has over two million rows.
    public static func decoder(file: String = fileName) -> ReferenceTableDecoder<PostcodeRow> {
        ReferenceTableDecoder(file: file, header: header) { (fields) throws(ReferenceDataError) in
            PostcodeRow(
                postcode: try fields.postcode(0), districtCode: try fields.areaCode(1),
                location: try fields.gridReference(easting: 2, northing: 3))
        }
    }
}
