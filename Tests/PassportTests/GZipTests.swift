import Crypto
import Foundation
import Testing

@testable import Passport

@Suite struct GZipTests {
    struct Vector: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let gzip: String
        let length: Int
        let sha256: String
        var testDescription: String { name }
        var bytes: [UInt8] { [UInt8](Data(base64Encoded: gzip)!) }
    }

    static let vectors: [Vector] = try! JSONDecoder().decode(
        [Vector].self, from: Fixtures.data("gzip-vectors.json"))

    @Test(arguments: vectors)
    func inflatesWhatPythonCompressed(vector: Vector) throws {
        let plain = try GZip.decompress(vector.bytes)
        #expect(plain.count == vector.length)
        #expect(Hex.encode(SHA256.hash(data: plain)) == vector.sha256)
    }

    @Test(arguments: vectors)
    func neverTrapsOnATruncatedOrCorruptedStream(vector: Vector) {
        let bytes = vector.bytes
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
            #expect(throws: GZipError.self) { try GZip.decompress(Array(bytes[..<cut])) }
        }
        var generator = SplitMix64(seed: UInt64(bytes.count))
        for _ in 0..<100 {
            var corrupted = bytes
            let index = Int(generator.next() % UInt64(corrupted.count))
            corrupted[index] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            _ = try? GZip.decompress(corrupted)
        }
    }

    @Test func roundTripsItsOwnOutput() throws {
        var generator = SplitMix64(seed: 3)
        var samples: [[UInt8]] = [
            [], [7], [0, 0, 0, 0], [UInt8](repeating: 0, count: 16_384), Array("abcabcabc".utf8),
        ]
        samples.append((0..<5_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        samples.append((0..<5_000).map { index in index % 700 < 650 ? 0 : UInt8(index % 256) })
        for sample in samples {
            let compressed = GZip.compress(sample)
            #expect(try GZip.decompress(compressed) == sample)
        }
        // A 16 KB list with a few revocations compresses to about 130 bytes (each 258-byte run costs 13 bits).
        var list = [UInt8](repeating: 0, count: 16_384)
        list[1543] = 0x04
        list[9000] = 0x80
        #expect(GZip.compress(list).count < 160)
    }

    @Test func detectsAChecksumMismatch() {
        var compressed = GZip.compress(Array("status".utf8))
        compressed[compressed.count - 6] ^= 0xFF
        #expect(throws: GZipError.checksumMismatch) { try GZip.decompress(compressed) }
    }

    @Test func stopsADecompressionBomb() {
        let bomb = GZip.compress([UInt8](repeating: 0, count: 4_000_000))
        #expect(bomb.count < 40_000)
        #expect(throws: GZipError.outputTooLarge(limit: 1_000_000)) {
            try GZip.decompress(bomb, maximumOutput: 1_000_000)
        }
    }

    @Test func refusesWhatIsNotGZIP() {
        #expect(throws: GZipError.invalidHeader) { try GZip.decompress(Array("not gzip at all".utf8)) }
        #expect(throws: GZipError.truncated) { try GZip.decompress([]) }
        // Reserved block type 3.
        let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        #expect(throws: GZipError.invalidDeflate("reserved block type")) { try GZip.decompress(header + [0x07, 0]) }
    }
}
