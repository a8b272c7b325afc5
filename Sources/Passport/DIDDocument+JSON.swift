extension DIDDocument {
    /// The document as JSON, ready to serve as `did.json`.
    public var json: JSONObject {
        [
            "@context": .array(Self.contexts.map(JSONValue.string)),
            "id": .string(id),
            "verificationMethod": .array(verificationMethods.map { .object($0.json) }),
            "assertionMethod": .array(assertionMethod.map(JSONValue.string)),
        ]
    }

    /// Reads a document. Methods of other key types make the whole document unusable rather than being
    /// skipped, so an issuer learns early that its document is wrong. `assertionMethod` may hold
    /// references (absolute or `#relative`) or embedded methods.
    public init(json: JSONObject) throws(DIDError) {
        guard let id = json["id"]?.stringValue, DIDURL.did(of: id) == id else {
            throw .invalidDocument("id must be a DID")
        }
        var methods: [VerificationMethod] = []
        for entry in json["verificationMethod"]?.arrayValue ?? [] {
            guard let object = entry.objectValue else {
                throw .invalidDocument("verificationMethod entries must be objects")
            }
            methods.append(try VerificationMethod(json: object, documentID: id))
        }
        var assertion: [String] = []
        for entry in json["assertionMethod"]?.arrayValue ?? [] {
            if let reference = entry.stringValue {
                assertion.append(DIDURL.absolute(reference, base: id))
            } else if let object = entry.objectValue {
                let method = try VerificationMethod(json: object, documentID: id)
                methods.append(method)
                assertion.append(method.id)
            } else {
                throw .invalidDocument("assertionMethod entries must be strings or objects")
            }
        }
        self.init(id: id, verificationMethods: methods, assertionMethod: assertion)
    }

    /// Reads a document from JSON text such as a fetched or bundled `did.json`.
    public init(jsonText: String) throws(DIDError) {
        let value: JSONValue
        do {
            value = try JSONValue.parse(jsonText)
        } catch {
            throw .invalidDocument(error.description)
        }
        guard let object = value.objectValue else { throw .invalidDocument("not a JSON object") }
        try self.init(json: object)
    }
}
