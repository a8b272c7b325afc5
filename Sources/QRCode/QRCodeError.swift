/// Why a text could not be encoded as a QR Code.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text needs more room than the largest symbol, version 40, has at the chosen
    /// error correction level.
    ///
    /// `bytes` is the text's UTF-8 length. `maximum` is the longest text of the same kind
    /// that fits: 2953 bytes of arbitrary text at level L, and more for text made only of
    /// digits or of the alphanumeric set, whose characters are one byte each.
    case tooLong(bytes: Int, maximum: Int)

    /// A sentence for logs and error pages.
    public var description: String {
        switch self {
        case .tooLong(let bytes, let maximum):
            "The text is \(bytes) bytes long; a QR Code at this error correction level holds at most \(maximum)."
        }
    }
}
