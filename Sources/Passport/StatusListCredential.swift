import Foundation

/// A `BitstringStatusListCredential`: the signed document that publishes an issuer's status list.
public struct StatusListCredential: Sendable, Hashable {
    /// The list's URL, also the credential `id` and the JWT `jti`.
    public var url: String
    /// The issuer DID; the same issuer and key as the credentials that point here.
    public var issuer: String
    /// What the list's values mean.
    public var purpose: StatusPurpose
    /// When this version of the list took effect.
    public var validFrom: Date
    /// When verifiers should stop relying on this version, if ever.
    public var validUntil: Date?
    /// The bits.
    public var list: BitstringStatusList

    /// A status list credential.
    public init(
        url: String, issuer: String, purpose: StatusPurpose = .revocation, validFrom: Date, validUntil: Date? = nil,
        list: BitstringStatusList = BitstringStatusList()
    ) {
        self.url = url
        self.issuer = issuer
        self.purpose = purpose
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.list = list
    }

    /// The unsigned credential, in the member order of the spec's example.
    public var json: JSONObject {
        var object: JSONObject = [
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": .string(url),
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": .string(issuer),
            "validFrom": .string(Timestamp.format(validFrom)),
        ]
        if let validUntil { object["validUntil"] = .string(Timestamp.format(validUntil)) }
        object["credentialSubject"] = [
            "id": .string(url + "#list"),
            "type": "BitstringStatusList",
            "statusPurpose": .string(purpose.rawValue),
            "encodedList": .string(list.encodedList),
        ]
        return object
    }

    /// Reads a status list credential (a JWT payload or unsigned JSON). `statusSize` comes from the entry
    /// that points here, because the list itself does not record it.
    public init(json: JSONObject, statusSize: Int = 1) throws(StatusListError) {
        guard json["type"]?.arrayValue?.contains("BitstringStatusListCredential") == true else {
            throw .invalidDocument("type must include BitstringStatusListCredential")
        }
        guard let url = json["id"]?.stringValue else { throw .invalidDocument("id is missing") }
        guard let issuer = json["issuer"]?.stringValue ?? json["issuer"]?["id"]?.stringValue else {
            throw .invalidDocument("issuer is missing")
        }
        guard let validFromText = json["validFrom"]?.stringValue, let validFrom = Timestamp.parse(validFromText) else {
            throw .invalidDocument("validFrom is missing or not a date-time")
        }
        var validUntil: Date?
        if let text = json["validUntil"]?.stringValue {
            guard let date = Timestamp.parse(text) else { throw .invalidDocument("validUntil is not a date-time") }
            validUntil = date
        }
        guard let subject = json["credentialSubject"]?.objectValue,
            subject["type"]?.stringValue == "BitstringStatusList"
                || subject["type"]?.arrayValue?.contains("BitstringStatusList") == true
        else { throw .invalidDocument("credentialSubject must be a BitstringStatusList") }
        guard let purposeName = subject["statusPurpose"]?.stringValue,
            let purpose = StatusPurpose(rawValue: purposeName)
        else { throw .invalidDocument("unknown statusPurpose") }
        guard let encoded = subject["encodedList"]?.stringValue else {
            throw .invalidDocument("encodedList is missing")
        }
        let list = try BitstringStatusList(encodedList: encoded, statusSize: statusSize)
        self.init(url: url, issuer: issuer, purpose: purpose, validFrom: validFrom, validUntil: validUntil, list: list)
    }
}
