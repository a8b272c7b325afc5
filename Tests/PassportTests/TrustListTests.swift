import Foundation
import Testing

@testable import Passport

@Suite struct TrustListTests {
    @Test func writesTheSpecShape() throws {
        let json = TestWorld.specTrustList.json
        #expect(json.keys == ["type", "version", "issued", "nextUpdate", "issuers"])
        let issuer = try #require(json["issuers"]?.arrayValue?.first?.objectValue)
        #expect(
            issuer.keys == [
                "did", "name", "kind", "cqcProviderId", "cqcLocationIds", "odsCode", "achievements", "keys", "status",
            ])
        #expect(issuer["odsCode"] == .null)
        #expect(
            issuer["keys"]?.arrayValue?.first?.objectValue?.serialized
                == #"{"kid":"did:web:carepath.example:issuers:sunrise-care-group#key-1","publicKeyJwk":{"kty":"OKP","#
                + #""crv":"Ed25519","x":"sem5RukTu-5bUFBk1zZtHyRCihnjYxzKF96FoPjxQvU"},"#
                + #""validFrom":"2025-01-01T00:00:00Z","validUntil":null}"#)
        #expect(try TrustList(json: json) == TestWorld.specTrustList)
    }

    @Test func signsAndVerifiesWithTheOperatorDocument() throws {
        let token = TestWorld.operatorSigner.sign(trustList: TestWorld.trustList)
        let header = Tamper.decode(Tamper.parts(token)[0])
        #expect(header.serialized == #"{"alg":"EdDSA","typ":"JWT","kid":"did:web:carepath.example#key-1"}"#)
        #expect(try TrustList.verify(token, operatorDocument: GoldenWorld.operatorDocument) == TestWorld.trustList)
    }

    @Test func refusesTamperedOrForeignTrustLists() {
        let token = TestWorld.operatorSigner.sign(trustList: TestWorld.trustList)
        let widened = Tamper.payload(token) { payload in
            var issuers = payload["issuers"]!.arrayValue!
            var first = issuers[0].objectValue!
            first["achievements"] = ["*"]
            issuers[0] = .object(first)
            payload["issuers"] = .array(issuers)
        }
        #expect(throws: TrustListError.self) {
            try TrustList.verify(widened, operatorDocument: GoldenWorld.operatorDocument)
        }
        let selfSigned = TestWorld.issuerSigner2.sign(trustList: TestWorld.trustList)
        #expect(throws: TrustListError.self) {
            try TrustList.verify(selfSigned, operatorDocument: GoldenWorld.operatorDocument)
        }
        let none = Tamper.header(token) { $0["alg"] = "none" }
        #expect(throws: TrustListError.invalidToken(.unsupportedAlgorithm("none"))) {
            try TrustList.verify(none, operatorDocument: GoldenWorld.operatorDocument)
        }
    }

    @Test func matchesAchievementPatterns() {
        let issuer = TestWorld.trustList.issuers[0]
        #expect(issuer.mayIssue("CSTF-FIRE-L1"))
        #expect(issuer.mayIssue("MED-ADMIN"))
        #expect(!issuer.mayIssue("MED-ADMIN-2"))
        #expect(!issuer.mayIssue("FA-FAW"))
        #expect(!issuer.mayIssue("CSTF"))
        #expect(TestWorld.trustList.isStale(at: TestWorld.date("2025-07-08T00:00:00Z")))
        #expect(!TestWorld.trustList.isStale(at: TestWorld.date("2025-07-07T23:59:59Z")))
    }

    @Test func refusesMalformedTrustLists() {
        var json = TestWorld.trustList.json
        json["version"] = "13"
        #expect(throws: TrustListError.self) { try TrustList(json: json) }
        json = TestWorld.trustList.json
        json["issued"] = "yesterday"
        #expect(throws: TrustListError.self) { try TrustList(json: json) }
        json = TestWorld.trustList.json
        json["issuers"] = [["did": "did:web:x", "name": "X", "kind": "pirate", "achievements": []]]
        #expect(throws: TrustListError.self) { try TrustList(json: json) }
        // A key whose kid belongs to another DID is refused.
        let foreignKey: JSONValue = [
            "kid": "did:web:other#key-1", "publicKeyJwk": .object(TestKeys.rogueKey.publicKey.jwk),
            "validFrom": "2025-01-01T00:00:00Z",
        ]
        json["issuers"] = [
            ["did": "did:web:x", "name": "X", "kind": "council", "achievements": [], "keys": [foreignKey]]
        ]
        #expect(throws: TrustListError.self) { try TrustList(json: json) }
    }
}
