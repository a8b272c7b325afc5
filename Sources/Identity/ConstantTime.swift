/// Comparison whose running time does not depend on where two secrets first differ, so an attacker
/// timing responses cannot learn a secret one byte at a time.
enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes. The lengths may leak (they are not secret here: codes,
    /// hashes and tokens have fixed, public lengths); the contents do not.
    static func equals(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(a, b) {
            difference |= left ^ right
        }
        return difference == 0
    }
}
