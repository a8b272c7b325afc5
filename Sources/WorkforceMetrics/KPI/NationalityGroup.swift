/// British, EU or non-EU nationality (KPI-DEMOGRAPHICS). The EU list is the 27 member states by ISO
/// 3166 numeric code, as the spec gives it; SfC does not publish its own grouping.
public enum NationalityGroup: String, Sendable, Hashable, Codable, CaseIterable {
    case british
    case europeanUnion = "eu"
    case nonEuropeanUnion = "non-eu"

    /// The group of a `NATIONALITY` code, or `nil` for 998 (don't know). 999 "other (not
    /// specified)" is non-EU, as the spec says.
    public init?(nationalityCode code: Int) {
        switch code {
        case Self.dontKnowCode: return nil
        case Self.britishCode: self = .british
        case _ where Self.europeanUnionCodes.contains(code): self = .europeanUnion
        default: self = .nonEuropeanUnion
        }
    }

    private static let britishCode = 826
    private static let dontKnowCode = 998

    /// ISO 3166 numeric codes of the 27 EU member states (workforce-metrics.md 3, KPI-DEMOGRAPHICS).
    public static let europeanUnionCodes: Set<Int> = [
        40, 56, 100, 191, 196, 203, 208, 233, 246, 250, 276, 300, 348, 372, 380, 428,
        440, 442, 470, 528, 616, 620, 642, 703, 705, 724, 752,
    ]
}
