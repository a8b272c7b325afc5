import Testing

@testable import QRCode

/// Reed–Solomon arithmetic and the worked example of ISO/IEC 18004:2015 annex I.
@Suite("Reed–Solomon")
struct ReedSolomonTests {
    /// αⁿ in GF(256), found by doubling so the test does not share the code's shortcuts.
    static func alpha(_ exponent: Int) -> UInt8 {
        var value = 1
        for _ in 0..<exponent {
            value <<= 1
            if value & 0x100 != 0 {
                value ^= 0x11D
            }
        }
        return UInt8(value)
    }

    @Test("α generates the whole multiplicative group")
    func alphaOrder() {
        let powers = (0..<255).map(Self.alpha)
        #expect(Set(powers).count == 255)
        #expect(!powers.contains(0))
        #expect(Self.alpha(255) == 1)
        for exponent in 0..<255 {
            #expect(ReedSolomon.multiply(powers[exponent], 2) == Self.alpha(exponent + 1))
        }
    }

    @Test("multiplication is commutative and distributes over addition")
    func fieldLaws() {
        for left in stride(from: 0, through: 255, by: 7) {
            for right in stride(from: 0, through: 255, by: 5) {
                let (x, y) = (UInt8(left), UInt8(right))
                #expect(ReedSolomon.multiply(x, y) == ReedSolomon.multiply(y, x))
                #expect(ReedSolomon.multiply(x, y ^ 0x53) == ReedSolomon.multiply(x, y) ^ ReedSolomon.multiply(x, 0x53))
            }
        }
        #expect(ReedSolomon.multiply(Self.alpha(200), Self.alpha(100)) == Self.alpha(45))
    }

    @Test("generator polynomials match annex A")
    func generators() {
        #expect(ReedSolomon.generator(degree: 7) == [87, 229, 146, 149, 238, 102, 21].map(Self.alpha))
        #expect(
            ReedSolomon.generator(degree: 10) == [251, 67, 46, 61, 118, 70, 64, 94, 32, 45].map(Self.alpha))
    }

    @Test("annex I: 01234567 at 1-M gives the annex's data and error correction codewords")
    func annexExample() {
        let data = DataCodewords.make(
            bytes: Array("01234567".utf8), mode: .numeric, version: 1, correction: .medium)
        let expectedData: [UInt8] =
            [0b0001_0000, 0b0010_0000, 0b0000_1100, 0b0101_0110, 0b0110_0001, 0b1000_0000]
            + Array(repeating: [0b1110_1100, 0b0001_0001], count: 5).flatMap { $0 }
        #expect(data == expectedData)

        let codewords = BlockStructure(version: 1, correction: .medium).interleave(data: data)
        let expectedCorrection: [UInt8] = [
            0b1010_0101, 0b0010_0100, 0b1101_0100, 0b1100_0001, 0b1110_1101,
            0b0011_0110, 0b1100_0111, 0b1000_0111, 0b0010_1100, 0b0101_0101,
        ]
        #expect(codewords == expectedData + expectedCorrection)
    }

    @Test("a codeword block is divisible by the generator")
    func remainderOfCodewordIsZero() {
        let generator = ReedSolomon.generator(degree: 30)
        let data = (0..<100).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }
        let codeword = data + ReedSolomon.remainder(of: data, generator: generator)
        #expect(ReedSolomon.remainder(of: codeword, generator: generator) == Array(repeating: 0, count: 30))
    }

    @Test("interleaving reads the blocks column by column, short blocks first")
    func interleaving() {
        // 5-Q: two blocks of 15 data codewords then two of 16, 18 error correction each.
        let structure = BlockStructure(version: 5, correction: .quartile)
        #expect(structure.shortBlockCount == 2 && structure.shortBlockDataCodewords == 15)
        let data = (0..<structure.dataCodewords).map { UInt8($0) }
        let result = structure.interleave(data: data)
        #expect(result.count == structure.totalCodewords)
        #expect(Array(result.prefix(8)) == [0, 15, 30, 46, 1, 16, 31, 47])
        // The last data column exists only in the long blocks.
        #expect(Array(result[56..<62]) == [14, 29, 44, 60, 45, 61])
        let generator = ReedSolomon.generator(degree: 18)
        let firstBlockCorrection = ReedSolomon.remainder(of: data[0..<15], generator: generator)
        let lastBlockCorrection = ReedSolomon.remainder(of: data[46..<62], generator: generator)
        #expect(result[62] == firstBlockCorrection[0])
        #expect(result[65] == lastBlockCorrection[0])
        #expect(result.last == lastBlockCorrection.last)
    }
}
