/// The eight data mask patterns of ISO/IEC 18004:2015 table 10.
///
/// Masking flips the data modules where the pattern's condition holds, breaking up large
/// blocks and finder-like shapes that would confuse a reader.
enum DataMask {
    /// All mask pattern references, 0 to 7.
    static let references = 0..<8

    /// Whether mask `reference` flips the module at row `i`, column `j`.
    static func flips(_ reference: Int, row i: Int, column j: Int) -> Bool {
        switch reference {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        case 7: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        default: preconditionFailure("mask references run from 0 to 7")
        }
    }
}
