/// Splitting DID URLs such as a JWS `kid` into the DID and the fragment.
public enum DIDURL {
    /// The DID before `#` (the whole string when there is no fragment), or nil unless it starts `did:`
    /// and has a method and an identifier.
    public static func did(of url: String) -> String? {
        let utf8 = url.utf8
        let end = utf8.firstIndex(of: UInt8(ascii: "#")) ?? utf8.endIndex
        let did = utf8[..<end]
        guard did.starts(with: "did:".utf8) else { return nil }
        let rest = did.dropFirst(4)
        guard let colon = rest.firstIndex(of: UInt8(ascii: ":")), colon != rest.startIndex,
            rest.index(after: colon) != rest.endIndex
        else { return nil }
        return String(url[..<end])
    }

    /// The DID method (`key`, `web`, …) of a DID or DID URL, or nil if it is not one.
    public static func method(of url: String) -> String? {
        guard let did = did(of: url) else { return nil }
        return String(did.split(separator: ":")[1])
    }

    /// `reference` as an absolute DID URL: a relative `#fragment` is resolved against `base`.
    static func absolute(_ reference: String, base: String) -> String {
        reference.hasPrefix("#") ? base + reference : reference
    }
}
