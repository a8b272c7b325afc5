import Foundation

/// SplitMix64: a tiny, seeded random number generator for the fuzz tests.
///
/// Every draw goes through this type's own methods (never the standard library's `random(in:)` or
/// `shuffled()`, whose algorithms may change between toolchains), so a seed gives the same input on
/// every machine and Swift version. A failing case prints its seed; ``FuzzRandom/init(seed:)`` with
/// that seed rebuilds exactly the same input.
struct FuzzRandom: RandomNumberGenerator {
    private(set) var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`; `bound` must be positive. The tiny modulo bias does not matter here.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next() % UInt64(bound))
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `numerator / denominator`.
    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty collection.
    mutating func pick<C: Collection>(_ items: C) -> C.Element {
        items[items.index(items.startIndex, offsetBy: below(items.count))]
    }

    /// A random byte.
    mutating func byte() -> UInt8 {
        UInt8(truncatingIfNeeded: next())
    }

    /// The seed of case `index` of a run started from `seed`: well spread, so neighbouring cases
    /// share nothing, and printable on its own to replay one case.
    static func caseSeed(_ seed: UInt64, _ index: Int) -> UInt64 {
        var generator = FuzzRandom(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return generator.next()
    }
}

/// How hard the fuzz tests try. The defaults keep the suite to a few seconds in a debug build; set
/// `CAREPATH_FUZZ_SCALE` (a whole number, such as 100) to multiply every iteration count for a longer
/// local campaign, `CAREPATH_FUZZ_SEED` to start from another seed, and `CAREPATH_FUZZ_VERBOSE=1` to
/// print each case's seed before it runs (the last one printed names the case that trapped).
enum FuzzSettings {
    static let environment = ProcessInfo.processInfo.environment

    static let scale = environment["CAREPATH_FUZZ_SCALE"].flatMap { Int($0) }.map { max(1, $0) } ?? 1

    static let verbose = environment["CAREPATH_FUZZ_VERBOSE"] == "1"

    /// The run's base seed: the default unless overridden, mixed with a per-test salt so that tests do
    /// not share inputs.
    static func seed(_ salt: UInt64) -> UInt64 {
        let base = environment["CAREPATH_FUZZ_SEED"].flatMap { UInt64($0, radix: 16) } ?? 0xCA8E_9A7B_0000_0001
        return base ^ salt
    }

    static func iterations(_ count: Int) -> Int {
        count * scale
    }

    /// Notes the case about to run, when verbose.
    static func announce(_ test: String, _ index: Int, _ seed: UInt64) {
        guard verbose else { return }
        FileHandle.standardError.write(Data("fuzz \(test) case \(index) seed \(hex(seed))\n".utf8))
    }

    static func hex(_ seed: UInt64) -> String {
        "0x" + String(seed, radix: 16, uppercase: true)
    }
}
