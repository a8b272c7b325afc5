import CarepathCore
import Planning
import Testing

/// Mutated files never crash or hang the parser: each either parses or gives a
/// ``PopulationFileError`` naming the file. Typed throws make any other outcome a trap.
struct PopulationFuzzTests {
    /// A small linear congruential generator, so every run mutates the same way.
    private struct Mutator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }

        mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
            var bytes = bytes
            let interesting: [UInt8] = [
                0x2C, 0x22, 0x0A, 0x0D, 0x2D, 0x2E, 0x30, 0x39, 0x41, 0xEF, 0xBB, 0xBF, 0xFF, 0x00,
            ]
            for _ in 0...next(8) {
                guard !bytes.isEmpty else { break }
                let at = next(bytes.count)
                switch next(4) {
                case 0: bytes[at] = interesting[next(interesting.count)]
                case 1: bytes.insert(interesting[next(interesting.count)], at: at)
                case 2: bytes.remove(at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + next(400)))
                }
            }
            return bytes
        }
    }

    @Test(arguments: [PopulationFileLayout.wide, .long])
    func mutatedFilesParseOrFailCleanly(layout: PopulationFileLayout) {
        let lines = layout == .wide ? PopulationFixtures.wideLines() : PopulationFixtures.longLines()
        let original = Array(lines.joined(separator: "\n").utf8)
        var mutator = Mutator(state: layout == .wide ? 1 : 2)
        var failures = 0
        for _ in 0..<300 {
            let bytes = mutator.mutate(original)
            do {
                let parsed = try PopulationFileParser.parse(
                    fileName: "fuzz.csv", bytes: bytes, knownAreas: PopulationFixtures.knownAreas, countyOfDistrict: [:]
                )
                #expect(!parsed.series.isEmpty)
            } catch {
                failures += 1
                #expect(error.file == "fuzz.csv")
                #expect(!error.message.isEmpty)
            }
        }
        // Most mutations break a rule; a few (in a value's last digit, say) still parse.
        #expect(failures > 150)
    }
}
