/// Draws bytes and bounded integers from an injected generator, with our own fixed mapping rather
/// than the standard library's, so a seeded generator gives the same secrets on every Swift version
/// (the tests pin exact values) and production passes `SystemRandomNumberGenerator`.
enum RandomBytes {
    /// `count` bytes, taken little-endian from successive 64-bit outputs.
    static func bytes(count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        precondition(count >= 0, "A byte count cannot be negative")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            var word = generator.next()
            for _ in 0..<min(8, count - bytes.count) {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return bytes
    }

    /// A uniform integer in `0..<upperBound`. Outputs at or above the largest multiple of the bound
    /// are rejected so that no value is more likely than another (modulo bias).
    static func index(below upperBound: Int, using generator: inout some RandomNumberGenerator) -> Int {
        precondition(upperBound > 0, "The upper bound must be positive")
        let bound = UInt64(upperBound)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let value = generator.next()
            if value < limit {
                return Int(value % bound)
            }
        }
    }
}
