import Foundation

extension TrustList {
    /// The trust list as JSON, in the spec's member order, with `null` for absent optional values.
    public var json: JSONObject {
        [
            "type": .string(Self.documentType),
            "version": .number(Double(version)),
            "issued": .string(Timestamp.format(issued)),
            "nextUpdate": nextUpdate.map { .string(Timestamp.format($0)) } ?? .null,
            "issuers": .array(issuers.map { .object($0.json) }),
        ]
    }

    /// Reads a trust list; every member the spec marks as present must be there with the right type.
    public init(json: JSONObject) throws(TrustListError) {
        guard json["type"]?.stringValue == Self.documentType else {
            throw .invalidDocument("type must be \(Self.documentType)")
        }
        guard let version = json["version"]?.integerValue else { throw .invalidDocument("version must be an integer") }
        let issued = try Self.date(json["issued"], name: "issued")
        let nextUpdate = try Self.optionalDate(json["nextUpdate"], name: "nextUpdate")
        guard let entries = json["issuers"]?.arrayValue else { throw .invalidDocument("issuers must be an array") }
        var issuers: [TrustedIssuer] = []
        for entry in entries {
            guard let object = entry.objectValue else { throw .invalidDocument("issuers must hold objects") }
            issuers.append(try TrustedIssuer(json: object))
        }
        self.init(version: version, issued: issued, nextUpdate: nextUpdate, issuers: issuers)
    }

    static func date(_ value: JSONValue?, name: String) throws(TrustListError) -> Date {
        guard let text = value?.stringValue, let date = Timestamp.parse(text) else {
            throw .invalidDocument("\(name) must be a date-time")
        }
        return date
    }

    static func optionalDate(_ value: JSONValue?, name: String) throws(TrustListError) -> Date? {
        guard let value, value != .null else { return nil }
        return try date(value, name: name)
    }
}

extension TrustedIssuer {
    /// The entry as JSON.
    public var json: JSONObject {
        [
            "did": .string(did),
            "name": .string(name),
            "kind": .string(kind.rawValue),
            "cqcProviderId": cqcProviderID.map(JSONValue.string) ?? .null,
            "cqcLocationIds": .array(cqcLocationIDs.map(JSONValue.string)),
            "odsCode": odsCode.map(JSONValue.string) ?? .null,
            "achievements": .array(achievements.map(JSONValue.string)),
            "keys": .array(
                keys.map { key in
                    [
                        "kid": .string(key.keyID),
                        "publicKeyJwk": .object(key.publicKey.jwk),
                        "validFrom": .string(Timestamp.format(key.validFrom)),
                        "validUntil": key.validUntil.map { .string(Timestamp.format($0)) } ?? .null,
                    ]
                }),
            "status": .string(status),
        ]
    }

    /// Reads an entry.
    public init(json: JSONObject) throws(TrustListError) {
        guard let did = json["did"]?.stringValue, DIDURL.did(of: did) == did else {
            throw .invalidDocument("an issuer's did is missing or not a DID")
        }
        guard let name = json["name"]?.stringValue else { throw .invalidDocument("\(did) has no name") }
        guard let kindName = json["kind"]?.stringValue, let kind = Kind(rawValue: kindName) else {
            throw .invalidDocument("\(did) has an unknown kind")
        }
        guard let patterns = json["achievements"]?.arrayValue?.compactMap(\.stringValue),
            patterns.count == json["achievements"]?.arrayValue?.count
        else { throw .invalidDocument("\(did) achievements must be strings") }
        var keys: [Key] = []
        for entry in json["keys"]?.arrayValue ?? [] {
            guard let object = entry.objectValue, let keyID = object["kid"]?.stringValue,
                DIDURL.did(of: keyID) == did, let jwk = object["publicKeyJwk"]?.objectValue,
                let publicKey = try? Ed25519PublicKey(jwk: jwk)
            else { throw .invalidDocument("\(did) has a key without a kid of its own DID or an Ed25519 JWK") }
            let validFrom = try TrustList.date(object["validFrom"], name: "validFrom of \(keyID)")
            let validUntil = try TrustList.optionalDate(object["validUntil"], name: "validUntil of \(keyID)")
            keys.append(Key(keyID: keyID, publicKey: publicKey, validFrom: validFrom, validUntil: validUntil))
        }
        self.init(
            did: did, name: name, kind: kind, cqcProviderID: json["cqcProviderId"]?.stringValue,
            cqcLocationIDs: json["cqcLocationIds"]?.arrayValue?.compactMap(\.stringValue) ?? [],
            odsCode: json["odsCode"]?.stringValue, achievements: patterns, keys: keys,
            status: json["status"]?.stringValue ?? "unknown")
    }
}
