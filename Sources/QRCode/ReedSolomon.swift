/// Reed–Solomon error correction over GF(2⁸) as QR Code defines it (ISO/IEC 18004:2015
/// 7.5.2): the field polynomial x⁸ + x⁴ + x³ + x² + 1 and a generator polynomial whose
/// roots are α⁰ … α⁽ⁿ⁻¹⁾ with α = 2.
enum ReedSolomon {
    /// The field polynomial's low eight bits; the x⁸ term is implied by the overflow.
    static let fieldPolynomial: UInt8 = 0x1D

    /// The product of two field elements.
    ///
    /// Shift-and-add rather than log tables: a version-40 symbol needs under a hundred
    /// thousand products, which this does in well under a millisecond.
    static func multiply(_ left: UInt8, _ right: UInt8) -> UInt8 {
        var product: UInt8 = 0
        var multiplicand = left
        var multiplier = right
        while multiplier != 0 {
            if multiplier & 1 == 1 {
                product ^= multiplicand
            }
            let overflows = multiplicand & 0x80 != 0
            multiplicand <<= 1
            if overflows {
                multiplicand ^= fieldPolynomial
            }
            multiplier >>= 1
        }
        return product
    }

    /// The generator polynomial of the degree, highest power first, without its leading
    /// coefficient of one.
    static func generator(degree: Int) -> [UInt8] {
        // Coefficients of (x − α⁰)(x − α¹)…, highest power first with the leading 1
        // implied; in characteristic 2 subtracting is adding.
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                coefficients[index] = multiply(coefficients[index], root)
                if index + 1 < degree {
                    coefficients[index] ^= coefficients[index + 1]
                }
            }
            root = multiply(root, 2)
        }
        return coefficients
    }

    /// The error correction codewords of a block: the remainder of the block, read as a
    /// polynomial and multiplied by xⁿ, divided by the generator.
    static func remainder(of block: some Collection<UInt8>, generator: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for codeword in block {
            let factor = codeword ^ remainder.removeFirst()
            remainder.append(0)
            for index in remainder.indices {
                remainder[index] ^= multiply(generator[index], factor)
            }
        }
        return remainder
    }
}
