/// Supplies DID documents the caller already holds (cached, bundled or just fetched), so verification
/// never touches the network.
public struct DIDDocumentResolver: Sendable {
    private let resolve: @Sendable (String) -> DIDDocument?

    /// A resolver backed by the caller's own lookup, given a DID.
    public init(_ resolve: @escaping @Sendable (String) -> DIDDocument?) {
        self.resolve = resolve
    }

    /// A resolver over a fixed set of documents, keyed by their DIDs.
    public static func documents(_ documents: [DIDDocument]) -> DIDDocumentResolver {
        let byDID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return DIDDocumentResolver { byDID[$0] }
    }

    /// A resolver with no documents: `did:web` keys then come from the trust list alone.
    public static let none = DIDDocumentResolver { _ in nil }

    /// The document for `did`, if the caller has one.
    public func document(for did: String) -> DIDDocument? {
        resolve(did)
    }
}
