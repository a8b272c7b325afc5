@testable import Passport

/// Ways to damage a compact JWS for the bad-input tests.
enum Tamper {
    static func parts(_ token: String) -> [String] {
        token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    static func decode(_ part: String) -> JSONObject {
        try! JSONValue.parse(Base64URL.decode(part)!).objectValue!
    }

    static func encode(_ object: JSONObject) -> String {
        Base64URL.encode(object.serializedBytes)
    }

    /// Changes the payload but keeps the original header and signature.
    static func payload(_ token: String, _ change: (inout JSONObject) -> Void) -> String {
        var parts = parts(token)
        var payload = decode(parts[1])
        change(&payload)
        parts[1] = encode(payload)
        return parts.joined(separator: ".")
    }

    /// Changes the header but keeps the original payload and signature.
    static func header(_ token: String, _ change: (inout JSONObject) -> Void) -> String {
        var parts = parts(token)
        var header = decode(parts[0])
        change(&header)
        parts[0] = encode(header)
        return parts.joined(separator: ".")
    }

    /// Changes the payload and signs it again with `signer`, as a trusted but careless issuer would.
    static func resign(_ token: String, with signer: PassportSigner, _ change: (inout JSONObject) -> Void) -> String {
        var payload = decode(parts(token)[1])
        change(&payload)
        return CompactJWS.sign(payload: payload, type: "vc+jwt", keyID: signer.keyID, key: signer.key)
    }
}
