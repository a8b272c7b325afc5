/// A row of `postcode-sectors.csv` or `postcode-outcodes.csv`: where the England
/// postcodes of one sector or outcode are, and which district holds most of them.
public struct PostcodeSummaryRow: Hashable, Sendable, Codable {
    /// Which of the two summary files a row comes from.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// `postcode-sectors.csv`, keyed by sector such as `NR1 3`.
        case sector
        /// `postcode-outcodes.csv`, keyed by outcode such as `NR1`.
        case outcode

        /// The usual file name.
        public var fileName: String {
            switch self {
            case .sector: "postcode-sectors.csv"
            case .outcode: "postcode-outcodes.csv"
            }
        }

        /// The exact header of the file.
        public var header: [String] {
            [rawValue, "lad_code", "postcode_count", "easting", "northing", "max_distance_m"]
        }
    }

    /// The normalised sector (`NR1 3`) or outcode (`NR1`).
    public var key: String
    /// The district holding most of the key's England postcodes (ties go to the lowest code).
    public var districtCode: AreaCode
    /// England postcodes in the key, live and terminated.
    public var postcodeCount: Int
    /// The mean grid reference of those postcodes.
    public var centroid: GridReference
    /// Metres from ``centroid`` to the furthest of those postcodes, rounded up. Stray
    /// postcodes can make this far larger than the typical spread.
    public var maxDistanceMetres: Int

    /// A row from its parts.
    public init(
        key: String, districtCode: AreaCode, postcodeCount: Int, centroid: GridReference, maxDistanceMetres: Int
    ) {
        self.key = key
        self.districtCode = districtCode
        self.postcodeCount = postcodeCount
        self.centroid = centroid
        self.maxDistanceMetres = maxDistanceMetres
    }

    /// A decoder for one of the two files, checking each key as a sector or outcode.
    public static func decoder(_ kind: Kind, file: String? = nil) -> ReferenceTableDecoder<PostcodeSummaryRow> {
        ReferenceTableDecoder(file: file ?? kind.fileName, header: kind.header) { (fields) throws(ReferenceDataError) in
            let key =
                switch kind {
                case .sector: try fields.sector(0).normalised
                case .outcode: try fields.outcode(0).normalised
                }
            return PostcodeSummaryRow(
                key: key, districtCode: try fields.areaCode(1), postcodeCount: try fields.count(2),
                centroid: try fields.gridReference(easting: 3, northing: 4), maxDistanceMetres: try fields.metres(5))
        }
    }
}
