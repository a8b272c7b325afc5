/// A QR Code symbol (ISO/IEC 18004:2015, model 2): a square of dark and light modules.
///
/// Make one with ``encode(_:correction:)`` and draw it with ``svg(title:moduleSize:quietZone:)``
/// or read it module by module with ``isDark(row:column:)``.
public struct QRCode: Sendable, Equatable {
    /// The symbol version, from 1 (21×21 modules) to 40 (177×177).
    public let version: Int
    /// Modules along each side, not counting the quiet zone: `4 × version + 17`.
    public let size: Int
    /// The error correction level the symbol was encoded at.
    public let correction: ErrorCorrection
    /// The data mask pattern reference, 0 to 7, that scored the lowest penalty.
    let mask: Int
    /// The data mode that carries the text.
    let mode: EncodingMode
    /// Dark modules, row by row.
    private let modules: [Bool]

    /// Encodes text in the smallest symbol that holds it at the error correction level.
    ///
    /// Text made only of digits, or only of upper-case letters, digits, space and
    /// `$%*+-./:`, uses the denser numeric or alphanumeric mode; anything else is written
    /// as UTF-8 bytes without an ECI header, which phone cameras and authenticator apps
    /// read as UTF-8. Of the eight data masks, the one with the lowest penalty is used.
    /// - Throws: ``QRCodeError/tooLong(bytes:maximum:)`` when not even version 40 holds it.
    public static func encode(_ text: String, correction: ErrorCorrection = .medium) throws(QRCodeError) -> QRCode {
        let (mode, unmasked) = try unmaskedSymbol(text, correction: correction)
        let (mask, matrix) = bestMask(of: unmasked, correction: correction)
        return QRCode(version: unmasked.version, correction: correction, mask: mask, mode: mode, matrix: matrix)
    }

    /// Whether the module at a row and column, counted from zero at the top left, is dark.
    ///
    /// Positions outside the symbol are light, as the quiet zone around it is.
    public func isDark(row: Int, column: Int) -> Bool {
        guard (0..<size).contains(row), (0..<size).contains(column) else { return false }
        return modules[row * size + column]
    }

    private init(version: Int, correction: ErrorCorrection, mask: Int, mode: EncodingMode, matrix: ModuleMatrix) {
        self.version = version
        self.size = matrix.size
        self.correction = correction
        self.mask = mask
        self.mode = mode
        self.modules = (0..<matrix.size * matrix.size).map { matrix[$0 / matrix.size, $0 % matrix.size] }
    }

    /// The symbol before masking: function patterns drawn and codewords placed, in the
    /// narrowest mode and smallest version that hold the text.
    static func unmaskedSymbol(
        _ text: String, correction: ErrorCorrection
    ) throws(QRCodeError) -> (mode: EncodingMode, matrix: ModuleMatrix) {
        let bytes = Array(text.utf8)
        let mode = EncodingMode.narrowest(for: bytes)
        guard let version = mode.smallestVersion(count: bytes.count, correction: correction) else {
            throw .tooLong(bytes: bytes.count, maximum: mode.maximumCount(version: 40, correction: correction))
        }
        let data = DataCodewords.make(bytes: bytes, mode: mode, version: version, correction: correction)
        let codewords = BlockStructure(version: version, correction: correction).interleave(data: data)
        var matrix = ModuleMatrix.withFunctionPatterns(version: version)
        matrix.placeCodewords(codewords)
        return (mode, matrix)
    }

    /// Tries all eight masks on the complete symbol, format information included, and
    /// keeps the first with the lowest penalty.
    static func bestMask(of unmasked: ModuleMatrix, correction: ErrorCorrection) -> (Int, ModuleMatrix) {
        var best: (mask: Int, matrix: ModuleMatrix, penalty: Int)?
        for mask in DataMask.references {
            let candidate = masked(unmasked, mask: mask, correction: correction)
            let penalty = candidate.maskPenalty.total
            if penalty < best?.penalty ?? .max {
                best = (mask, candidate, penalty)
            }
        }
        return (best!.mask, best!.matrix)
    }

    /// The symbol with one mask applied and its format information drawn.
    static func masked(_ unmasked: ModuleMatrix, mask: Int, correction: ErrorCorrection) -> ModuleMatrix {
        var matrix = unmasked
        matrix.applyMask(mask)
        matrix.drawFormatInformation(SymbolInformation.formatBits(correction: correction, mask: mask))
        return matrix
    }
}
