import Foundation

extension UUID {
    /// A version 4 UUID from the injected generator, for credential ids.
    public static func version4(using generator: inout some RandomNumberGenerator) -> UUID {
        var bytes: [UInt8] = []
        for _ in 0..<2 {
            withUnsafeBytes(of: generator.next().littleEndian) { bytes.append(contentsOf: $0) }
        }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
