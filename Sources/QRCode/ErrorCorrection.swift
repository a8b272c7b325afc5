/// How much of a symbol is given over to error correction, and so how much damage or
/// dirt a reader can recover from (ISO/IEC 18004:2015 table 1).
///
/// Higher levels make the symbol larger for the same text.
public enum ErrorCorrection: Sendable, Hashable, CaseIterable {
    /// Level L: recovers roughly 7% of the symbol.
    case low
    /// Level M: recovers roughly 15%; the usual choice for on-screen codes.
    case medium
    /// Level Q: recovers roughly 25%.
    case quartile
    /// Level H: recovers roughly 30%.
    case high

    /// The two level bits of the format information (table 12), which the standard
    /// deliberately did not put in order of strength.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    /// The row of this level in the block tables, which list L, M, Q, H in that order.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The level's letter as the standard names it.
    var letter: Character {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }
}
