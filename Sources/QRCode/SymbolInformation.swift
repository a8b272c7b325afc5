/// The BCH-protected format and version information words (ISO/IEC 18004:2015 7.9 and
/// 7.10, annexes C and D).
enum SymbolInformation {
    /// The generator of the (15, 5) BCH code: x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1.
    static let formatGenerator = 0b101_0011_0111
    /// XORed onto the format word so that no level and mask give an all-light word.
    static let formatMask = 0b101_0100_0001_0010
    /// The generator of the (18, 6) BCH code: x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1.
    static let versionGenerator = 0b1_1111_0010_0101

    /// The 15-bit format information for a level and mask, after masking.
    static func formatBits(correction: ErrorCorrection, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data, dataBits: 5, checkBits: 10, generator: formatGenerator))
            ^ formatMask
    }

    /// The 18-bit version information, which only versions 7 and above carry.
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(version, dataBits: 6, checkBits: 12, generator: versionGenerator)
    }

    /// The check bits: the data shifted past them, modulo the generator.
    private static func bchRemainder(_ data: Int, dataBits: Int, checkBits: Int, generator: Int) -> Int {
        var remainder = data << checkBits
        for bit in stride(from: dataBits + checkBits - 1, through: checkBits, by: -1)
        where remainder >> bit & 1 == 1 {
            remainder ^= generator << (bit - checkBits)
        }
        return remainder
    }
}
