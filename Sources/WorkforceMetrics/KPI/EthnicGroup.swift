/// The ethnic groups of the `group` column of `ascwds-codes/ethnicity.csv`, for the ethnicity
/// profile of KPI-DEMOGRAPHICS. Everyone outside ``white`` counts as Black, Asian and minority ethnic.
public enum EthnicGroup: String, Sendable, Hashable, Codable, CaseIterable {
    case white = "White"
    case mixed = "Mixed / multiple ethnic groups"
    case asian = "Asian / Asian British"
    case black = "Black / African / Caribbean / Black British"
    case other = "Other ethnic group"

    /// The group of an `ETHNICITY` code, or `nil` for 99 (don't know) and codes not in the list.
    public init?(ethnicityCode code: Int) {
        guard let group = Self.groupOfCode[code] else { return nil }
        self = group
    }

    /// Whether the group counts towards the BME share.
    public var isBlackOrMinorityEthnic: Bool { self != .white }

    // The `code` → `group` columns of ethnicity.csv, kept as data so that a change to the list is a
    // change to this table only.
    private static let groupOfCode: [Int: EthnicGroup] = [
        31: .white, 32: .white, 33: .white, 34: .white,
        35: .mixed, 36: .mixed, 37: .mixed, 38: .mixed,
        39: .asian, 40: .asian, 41: .asian, 42: .asian, 43: .asian,
        44: .black, 45: .black, 46: .black,
        47: .other, 98: .other,
    ]
}
