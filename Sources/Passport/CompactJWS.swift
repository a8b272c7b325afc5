/// A parsed compact JWS (RFC 7515), as VC-JWT, VP-JWT and the trust list use. Parsing checks the form
/// and the header; `isSigned(by:)` checks the signature; `payloadObject()` reads the claims, which callers
/// do only after the signature holds, so unsigned garbage is reported as a bad signature, not bad JSON.
public struct CompactJWS: Sendable {
    /// The protected header.
    public let header: JSONObject
    /// The payload bytes (normally a JSON object of claims).
    public let payloadBytes: [UInt8]
    /// The algorithm named in the header.
    public let algorithm: JWSAlgorithm
    /// The header's `kid`.
    public let keyID: String
    /// The signature bytes as sent (not length-checked here).
    public let signature: [UInt8]
    /// The ASCII bytes of `header.payload`: what was signed.
    let signingInput: [UInt8]

    /// The header's `typ`, if any.
    public var type: String? { header["typ"]?.stringValue }

    /// Parses `token`, refusing anything over `maximumLength` bytes before looking inside. No white space
    /// is tolerated; callers reading files trim first.
    public init(parsing token: some StringProtocol, maximumLength: Int) throws(JWSError) {
        let bytes = Array(token.utf8)
        guard bytes.count <= maximumLength else { throw .tooLarge(limit: maximumLength) }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .wrongPartCount(parts.count) }
        func decode(_ index: Int) throws(JWSError) -> [UInt8] {
            guard !parts[index].isEmpty, let value = Base64URL.decode(parts[index]) else {
                throw .invalidBase64(part: index)
            }
            return value
        }
        let header = try Self.object(from: try decode(0), part: 0)
        guard let algorithmName = header["alg"]?.stringValue else { throw .missingAlgorithm }
        // The algorithm is judged before the signature part is read, so an unsigned `alg: none` token (whose
        // signature part is empty) is refused as an unsupported algorithm rather than as malformed.
        guard let algorithm = JWSAlgorithm(rawValue: algorithmName) else {
            throw .unsupportedAlgorithm(algorithmName)
        }
        let decoded = [[], try decode(1), try decode(2)]
        guard header["crit"] == nil else { throw .unsupportedCriticalHeader }
        guard let keyID = header["kid"]?.stringValue, !keyID.isEmpty else { throw .missingKeyID }
        self.header = header
        self.algorithm = algorithm
        self.keyID = keyID
        payloadBytes = decoded[1]
        signature = decoded[2]
        signingInput = Array(bytes[..<(parts[0].count + 1 + parts[1].count)])
    }

    /// Whether the signature is `key`'s Ed25519 signature over `header.payload`.
    public func isSigned(by key: Ed25519PublicKey) -> Bool {
        key.isValidSignature(signature, for: signingInput)
    }

    /// The payload as a JSON object.
    public func payloadObject() throws(JWSError) -> JSONObject {
        try Self.object(from: payloadBytes, part: 1)
    }

    private static func object(from bytes: [UInt8], part: Int) throws(JWSError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw .invalidJSON(part: part, error)
        }
        guard let object = value.objectValue else { throw .invalidJSON(part: part, nil) }
        return object
    }
}

extension CompactJWS {
    /// Signs `payload` under a header of exactly `alg: EdDSA`, `typ` and `kid`, in that order, and returns
    /// `BASE64URL(header).BASE64URL(payload).BASE64URL(signature)`.
    static func sign(payload: JSONObject, type: String, keyID: String, key: Ed25519SigningKey) -> String {
        let header: JSONObject = [
            "alg": .string(JWSAlgorithm.edDSA.rawValue), "typ": .string(type), "kid": .string(keyID),
        ]
        var signingInput = Base64URL.encodeToASCII(header.serializedBytes)
        signingInput.append(UInt8(ascii: "."))
        signingInput.append(contentsOf: Base64URL.encodeToASCII(payload.serializedBytes))
        let signature = key.signature(for: signingInput)
        return String(decoding: signingInput, as: UTF8.self) + "." + Base64URL.encode(signature)
    }
}
