import Foundation
import Passport

/// Distinct credentials from one fixed issuer key, and a verifier that trusts it, for the passport
/// benchmark: everything deterministic, nothing read from the database.
struct PassportBenchFixture {
    static let issuerDID = "did:web:carepath.example:issuers:bench"
    static let listURL = "https://carepath.example/status/bench/1"
    static let issued = Date(timeIntervalSince1970: 1_748_768_400)  // 2025-06-01T09:00:00Z
    static let now = Date(timeIntervalSince1970: 1_751_536_800)  // 2025-07-03T10:00:00Z

    let issuerKey: Ed25519SigningKey
    let tokens: [String]
    let verifier: CredentialVerifier
    private let signed: [(input: [UInt8], signature: [UInt8])]

    init(count: Int) throws {
        issuerKey = try Ed25519SigningKey(seed: [UInt8](repeating: 7, count: 32))
        let keyID = Self.issuerDID + "#key-1"
        let signer = PassportSigner(key: issuerKey, keyID: keyID)
        let achievement = CatalogueItem(
            code: "CSTF-FIRE-L1", title: "Fire Safety", framework: "CSTF", level: "1", refreshMonths: 24,
            confidence: .low
        ).achievement(baseURL: "https://carepath.example")
        tokens = try (0..<count).map { index in
            let worker = try Ed25519SigningKey(seed: (0..<32).map { UInt8(truncatingIfNeeded: index >> ($0 % 4 * 8)) })
            let credential = TrainingCredential(
                id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index))!,
                issuer: IssuerProfile(did: Self.issuerDID, name: "Bench Care"),
                subject: DIDKey.did(for: worker.publicKey), achievement: achievement,
                completedOn: CalendarDate(year: 2025, month: 5, day: 30)!, awardedAt: Self.issued,
                status: StatusListEntry(listURL: Self.listURL, index: index))
            return try signer.sign(credential: credential.json(), issuedAt: Self.issued)
        }
        signed = try tokens.map { token in
            let jws = try CompactJWS(parsing: token, maximumLength: 1 << 20)
            return (
                Array(token.utf8.prefix { $0 != UInt8(ascii: ".") }) + [UInt8(ascii: ".")]
                    + Array(token.split(separator: ".")[1].utf8), jws.signature
            )
        }
        let trustList = TrustList(
            version: 1, issued: Self.issued, nextUpdate: nil,
            issuers: [
                TrustedIssuer(
                    did: Self.issuerDID, name: "Bench Care", kind: .employer, achievements: ["CSTF-*"],
                    keys: [TrustedIssuer.Key(keyID: keyID, publicKey: issuerKey.publicKey, validFrom: Self.issued)])
            ])
        let list = StatusListCredential(url: Self.listURL, issuer: Self.issuerDID, validFrom: Self.issued)
        verifier = CredentialVerifier(trustList: trustList, statusLists: .sources([Self.listURL: .verified(list)]))
    }

    /// Ed25519 checks alone; returns how many held.
    func checkSignatures() -> Int {
        signed.reduce(0) { $0 + (issuerKey.publicKey.isValidSignature($1.signature, for: $1.input) ? 1 : 0) }
    }

    /// Full verifications; returns how many were valid.
    func verifyAll() -> Int {
        tokens.reduce(0) { $0 + (verifier.verify($1, at: Self.now).outcome == .valid ? 1 : 0) }
    }

    /// The tokens and the issuer's public JWK, for the Python peer.
    func writePeerInput(to url: URL) throws {
        let json: JSONObject = [
            "jwk": .object(issuerKey.publicKey.jwk), "tokens": .array(tokens.map { .string($0) }),
        ]
        try Data(json.serialized.utf8).write(to: url)
    }

    /// `count` issuing requests for distinct workers, as a bulk return would produce.
    static func requests(_ count: Int) -> [PassportIssuance.Request] {
        let codes = ["CSTF-FIRE-L1", "CSTF-SGA-L1", "CSTF-IPC-L1", "MED-ADMIN", "FA-EFAW"]
        return (0..<count).map { index in
            let key = DIDKey.did(
                for: try! Ed25519SigningKey(seed: (0..<32).map { UInt8(truncatingIfNeeded: index >> ($0 % 4 * 8)) })
                    .publicKey)
            return PassportIssuance.Request(
                subjectDID: key, achievementCode: codes[index % codes.count],
                completedOn: CalendarDate(year: 2025, month: 1 + index % 12, day: 1 + index % 28)!)
        }
    }
}
