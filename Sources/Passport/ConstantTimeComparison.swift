/// Comparison whose time does not depend on where two values first differ, for nonces.
enum ConstantTimeComparison {
    /// Whether the byte arrays are equal. Lengths may leak; contents do not.
    static func equal(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(left, right) { difference |= a ^ b }
        return difference == 0
    }
}
