import Testing

@testable import Passport

@Suite struct EncodingTests {
    @Test func base64URLRoundTripsEveryLength() {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let encoded = Base64URL.encode(bytes)
            #expect(!encoded.contains("=") && !encoded.contains("+") && !encoded.contains("/"))
            #expect(Base64URL.decode(encoded) == bytes)
        }
    }

    @Test(arguments: ["QQ==", "QQ=", "Q", "QR", "QQ Q", "Q+8", "Q/8", "é"])
    func base64URLRefusesNonCanonicalText(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test func base58MatchesTheW3CTestKey() {
        // The W3C vc-di-eddsa key pair: its public key is the spec worker's did:key.
        #expect(TestWorld.workerDID == "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
        #expect(Base58BTC.encode([0, 0, 1]) == "112")
        #expect(Base58BTC.decode("112") == [0, 0, 1])
        #expect(Base58BTC.decode("0OIl") == nil)
        #expect(Base58BTC.decode(String(repeating: "z", count: 300)) == nil)
    }

    @Test func theSpecIssuerKeyHasTheSpecJWK() throws {
        let jwk = TestKeys.issuerKey1.publicKey.jwk
        #expect(jwk.serialized == #"{"kty":"OKP","crv":"Ed25519","x":"sem5RukTu-5bUFBk1zZtHyRCihnjYxzKF96FoPjxQvU"}"#)
        #expect(try Ed25519PublicKey(jwk: jwk) == TestKeys.issuerKey1.publicKey)
    }

    @Test func refusesJWKsThatAreNotEd25519PublicKeys() {
        let x = JSONValue.string(Base64URL.encode(TestKeys.issuerKey1.publicKey.rawBytes))
        #expect(throws: KeyError.self) { try Ed25519PublicKey(jwk: ["kty": "EC", "crv": "P-256", "x": x]) }
        #expect(throws: KeyError.self) { try Ed25519PublicKey(jwk: ["kty": "OKP", "crv": "X25519", "x": x]) }
        #expect(throws: KeyError.privateKeyInJWK) {
            try Ed25519PublicKey(jwk: ["kty": "OKP", "crv": "Ed25519", "x": x, "d": x])
        }
        #expect(throws: KeyError.self) { try Ed25519PublicKey(jwk: ["kty": "OKP", "crv": "Ed25519", "x": "AAAA"]) }
    }

    @Test func didKeyRoundTripsAndChecksTheFragment() throws {
        let key = TestKeys.workerKey.publicKey
        #expect(try DIDKey.publicKey(from: DIDKey.did(for: key)) == key)
        #expect(try DIDKey.publicKey(from: DIDKey.verificationMethodID(for: key)) == key)
        #expect(DIDKey.verificationMethodID(for: key).hasSuffix("#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"))
        #expect(throws: DIDError.fragmentMismatch(DIDKey.did(for: key) + "#key-1")) {
            try DIDKey.publicKey(from: DIDKey.did(for: key) + "#key-1")
        }
    }

    @Test(arguments: [
        "did:web:example.org", "did:key:", "did:key:6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
        "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ",
        "did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169",
        "did:key:z0OIl",
    ])
    func didKeyRefusesOtherMethodsCodecsAndLengths(did: String) {
        #expect(throws: DIDError.self) { try DIDKey.publicKey(from: did) }
    }

    @Test func multikeyRefusesOtherMulticodecs() {
        // 0x80 0x26 is the ed25519-priv codec of the W3C secret key: it must not pass as a public key.
        #expect(throws: KeyError.unsupportedMulticodec) {
            try Ed25519PublicKey(multibase: "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
        }
    }

    @Test func didWebMapsToHTTPSAddresses() throws {
        #expect(try DIDWeb.documentURL(for: "did:web:example.org") == "https://example.org/.well-known/did.json")
        #expect(
            try DIDWeb.documentURL(for: TestWorld.issuerDID)
                == "https://carepath.example/issuers/sunrise-care-group/did.json")
        #expect(
            try DIDWeb.documentURL(for: "did:web:localhost%3A3000") == "https://localhost:3000/.well-known/did.json")
        #expect(DIDWeb.issuerDID(host: "localhost:3000", organisationSlug: "x") == "did:web:localhost%3A3000:issuers:x")
        for bad in ["did:key:z6Mk", "did:web:", "did:web:a::b", "did:web:a#key-1", "did:web:a%2Fb"] {
            #expect(throws: DIDError.self) { try DIDWeb.documentURL(for: bad) }
        }
    }

    @Test func didURLSplitsDIDsFromFragments() {
        #expect(DIDURL.did(of: TestWorld.issuerDID + "#key-1") == TestWorld.issuerDID)
        #expect(DIDURL.method(of: TestWorld.issuerDID) == "web")
        #expect(DIDURL.did(of: "https://example.org#key") == nil)
        #expect(DIDURL.did(of: "did::x") == nil)
        #expect(DIDURL.did(of: "did:web:") == nil)
    }
}
