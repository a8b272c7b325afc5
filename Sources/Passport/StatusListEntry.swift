/// A credential's `credentialStatus`: one `BitstringStatusListEntry` pointing at its position in a list.
public struct StatusListEntry: Sendable, Hashable {
    /// The URL of the status list credential.
    public var listURL: String
    /// The position in the list.
    public var index: Int
    /// What the list's values mean.
    public var purpose: StatusPurpose
    /// Bits per entry; 2 for `message` entries, 1 otherwise.
    public var statusSize: Int

    /// Carepath's two-bit status meanings for `message` entries, as `(status, message)`.
    public static let carepathStatusMessages = [
        ("0x0", "valid"), ("0x1", "suspended"), ("0x2", "revoked"),
        ("0x3", "reserved (treat as revoked)"),
    ]

    /// An entry for a list at `listURL` (whose own URL must not be reused as the entry id).
    public init(listURL: String, index: Int, purpose: StatusPurpose = .revocation, statusSize: Int = 1) {
        self.listURL = listURL
        self.index = index
        self.purpose = purpose
        self.statusSize = statusSize
    }

    /// A two-bit `message` entry, for issuers that need suspension as well as revocation (OB allows only
    /// one status object, so the two share an entry).
    public static func suspendable(listURL: String, index: Int) -> StatusListEntry {
        StatusListEntry(listURL: listURL, index: index, purpose: .message, statusSize: 2)
    }

    /// The entry as JSON, its `id` being `<list URL>#<index>` and the index a base-10 string.
    public var json: JSONObject {
        var object: JSONObject = [
            "id": .string("\(listURL)#\(index)"),
            "type": "BitstringStatusListEntry",
            "statusPurpose": .string(purpose.rawValue),
            "statusListIndex": .string(String(index)),
            "statusListCredential": .string(listURL),
        ]
        if purpose == .message {
            object["statusSize"] = .number(Double(statusSize))
            object["statusMessage"] = .array(
                Self.carepathStatusMessages.map { .object(["status": .string($0.0), "message": .string($0.1)]) })
        }
        return object
    }

    /// Reads a `BitstringStatusListEntry`.
    public init(json: JSONObject) throws(StatusListError) {
        guard json["type"]?.stringValue == "BitstringStatusListEntry" else {
            throw .invalidDocument("credentialStatus type must be BitstringStatusListEntry")
        }
        guard let purposeName = json["statusPurpose"]?.stringValue, let purpose = StatusPurpose(rawValue: purposeName)
        else { throw .invalidDocument("unknown statusPurpose") }
        guard let indexText = json["statusListIndex"]?.stringValue, !indexText.isEmpty, indexText.count <= 12,
            indexText.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let index = Int(indexText)
        else { throw .invalidDocument("statusListIndex must be a base-10 string") }
        guard let listURL = json["statusListCredential"]?.stringValue, !listURL.isEmpty else {
            throw .invalidDocument("statusListCredential is missing")
        }
        let size = json["statusSize"]?.integerValue ?? 1
        guard (1...8).contains(size) else { throw .invalidDocument("statusSize must be 1 to 8") }
        self.init(listURL: listURL, index: index, purpose: purpose, statusSize: size)
    }
}
