import Foundation

/// The signed list of issuers a verifier accepts, with their keys and allowed achievements. A valid
/// signature proves who signed a credential; the trust list says whether that signer may issue it.
public struct TrustList: Sendable, Hashable {
    /// The document type written into the JSON.
    public static let documentType = "CarepathTrustList"

    /// Increases with every published change.
    public var version: Int
    /// When this version was issued.
    public var issued: Date
    /// When the next version is due; a list past this is stale.
    public var nextUpdate: Date?
    /// The issuers.
    public var issuers: [TrustedIssuer]

    /// A trust list.
    public init(version: Int, issued: Date, nextUpdate: Date?, issuers: [TrustedIssuer]) {
        self.version = version
        self.issued = issued
        self.nextUpdate = nextUpdate
        self.issuers = issuers
    }

    /// The entry for `did`, if listed.
    public func issuer(_ did: String) -> TrustedIssuer? {
        issuers.first { $0.did == did }
    }

    /// Whether the list is due to be replaced at `now`; callers decide whether a stale list still serves.
    public func isStale(at now: Date) -> Bool {
        nextUpdate.map { now >= $0 } ?? false
    }

    /// Verifies a signed trust list against the operator's DID document: `kid` must be one of its
    /// assertion keys and the signature must be that key's. Returns the list it carries.
    public static func verify(_ token: String, operatorDocument: DIDDocument) throws(TrustListError) -> TrustList {
        let jws: CompactJWS
        do {
            jws = try CompactJWS(parsing: token, maximumLength: 4 * 1024 * 1024)
        } catch {
            throw .invalidToken(error)
        }
        guard DIDURL.did(of: jws.keyID) == operatorDocument.id,
            let key = operatorDocument.assertionKey(for: jws.keyID)
        else { throw .badSignature("\(jws.keyID) is not an assertion key of \(operatorDocument.id)") }
        guard jws.isSigned(by: key) else { throw .badSignature("the signature does not match \(jws.keyID)") }
        let payload: JSONObject
        do {
            payload = try jws.payloadObject()
        } catch {
            throw .invalidToken(error)
        }
        return try TrustList(json: payload)
    }
}
