import Foundation
import Testing

@testable import Passport

/// Every bad input listed in issue 6 gets the right verdict and never traps.
@Suite struct BadInputTests {
    static let now = GoldenWorld.verifiedAt
    static let good = GoldenWorld.credentials[0].token

    func verdict(_ token: String, verifier: CredentialVerifier = GoldenWorld.verifier) -> CredentialVerdict {
        verifier.verify(token, at: Self.now)
    }

    @Test func theUntamperedCredentialIsValid() {
        #expect(verdict(Self.good).outcome == .valid)
    }

    @Test func aTamperedPayloadHasABadSignature() {
        let changedName = Tamper.payload(Self.good) { $0["name"] = "Fire Safety (CSTF Level 3)" }
        #expect(verdict(changedName).outcome == .badSignature)
        let laterExpiry = Tamper.payload(Self.good) { $0["validUntil"] = "2099-01-01T00:00:00Z" }
        #expect(verdict(laterExpiry).outcome == .badSignature)
        // One changed payload byte (passport.md section 9): still valid JSON, no longer what was signed.
        var parts = Tamper.parts(Self.good)
        var payload = Base64URL.decode(parts[1])!
        let name = payload.firstIndex(of: UInt8(ascii: "F"))!
        payload[name + 1] = UInt8(ascii: "u")
        parts[1] = Base64URL.encode(payload)
        #expect(verdict(parts.joined(separator: ".")).outcome == .badSignature)
        // A changed base64url character that breaks the JSON is still reported as a bad signature.
        var bytes = Array(Self.good.utf8)
        let payloadStart = bytes.firstIndex(of: UInt8(ascii: ".")).map { $0 + 1 }!
        bytes[payloadStart + 40] = bytes[payloadStart + 40] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        #expect(verdict(String(decoding: bytes, as: UTF8.self)).outcome == .badSignature)
    }

    @Test func aSwappedKidHasABadSignature() {
        let otherKey = Tamper.header(Self.good) { $0["kid"] = .string(TestWorld.issuerDID + "#key-1") }
        #expect(verdict(otherKey).outcome == .badSignature)
        let otherIssuer = Tamper.header(Self.good) { $0["kid"] = .string(TestWorld.trainerDID + "#key-1") }
        #expect(verdict(otherIssuer).outcome == .badSignature)
        let unknownKey = Tamper.header(Self.good) { $0["kid"] = .string(TestWorld.issuerDID + "#key-9") }
        #expect(verdict(unknownKey).outcome == .untrustedIssuer)
        let notADID = Tamper.header(Self.good) { $0["kid"] = "key-2" }
        #expect(verdict(notADID).outcome == .malformed)
    }

    @Test(arguments: ["none", "HS256", "RS256", "ES256", "EdDSA ", "eddsa", ""])
    func refusedAlgorithmsAreBadSignatures(algorithm: String) {
        let token = Tamper.header(Self.good) { $0["alg"] = .string(algorithm) }
        #expect(verdict(token).outcome == .badSignature)
        let unsigned = Tamper.parts(token)[0...1].joined(separator: ".") + "."
        #expect(!verdict(unsigned).isAcceptable)
    }

    @Test func ed25519IsAcceptedAsTheAlgorithmName() {
        let token = Tamper.header(Self.good) { $0["alg"] = "Ed25519" }
        // The header is signed, so renaming alone breaks the signature; re-signing under Ed25519 verifies.
        #expect(verdict(token).outcome == .badSignature)
        let parts = Tamper.parts(token)
        let input = Array((parts[0] + "." + parts[1]).utf8)
        let signed = parts[0] + "." + parts[1] + "." + Base64URL.encode(TestKeys.issuerKey2.signature(for: input))
        #expect(verdict(signed).outcome == .valid)
    }

    @Test func anUnknownIssuerIsUntrusted() {
        let rogue = Tamper.resign(Self.good, with: TestWorld.rogueSigner) { payload in
            payload["issuer"] = ["id": .string(TestWorld.rogueDID), "type": ["Profile"], "name": "Rogue"]
            payload["iss"] = .string(TestWorld.rogueDID)
        }
        #expect(verdict(rogue).outcome == .untrustedIssuer)
        // Bringing its own DID document does not help: the key must be on the trust list.
        var verifier = GoldenWorld.verifier
        let rogueDocument = DIDDocument.issuer(did: TestWorld.rogueDID, keys: [("key-1", TestKeys.rogueKey.publicKey)])
        verifier.documents = .documents(GoldenWorld.documents + [rogueDocument])
        #expect(verdict(rogue, verifier: verifier).outcome == .untrustedIssuer)
        // An issuer removed from the trust list.
        verifier.trustList.issuers.removeAll { $0.did == TestWorld.issuerDID }
        #expect(verdict(Self.good, verifier: verifier).outcome == .untrustedIssuer)
    }

    @Test func aTrustedIssuerOutsideItsAchievementsOrKeyWindowIsUntrusted() {
        let trainerFireSafety = Tamper.resign(Self.good, with: TestWorld.trainerSigner) { payload in
            payload["issuer"] = .object(GoldenWorld.trainer.json)
            payload["iss"] = .string(TestWorld.trainerDID)
        }
        let outcome = verdict(trainerFireSafety)
        #expect(outcome.outcome == .untrustedIssuer)
        #expect(outcome.reason.contains("CSTF-FIRE-L1"))
        let lateOldKey = Tamper.resign(Self.good, with: TestWorld.issuerSigner1) { $0["iat"] = 1_751_500_000 }
        #expect(verdict(lateOldKey).outcome == .untrustedIssuer)
        let claimsAnotherIssuer = Tamper.resign(Self.good, with: TestWorld.trainerSigner) { _ in }
        #expect(verdict(claimsAnotherIssuer).outcome == .untrustedIssuer)
        var suspended = GoldenWorld.verifier
        suspended.trustList.issuers[0].status = "suspended"
        #expect(verdict(Self.good, verifier: suspended).outcome == .untrustedIssuer)
    }

    @Test func expiredAndRevokedCredentialsSaySo() {
        let byFile = Dictionary(uniqueKeysWithValues: GoldenWorld.credentials.map { ($0.file, $0.token) })
        #expect(verdict(byFile["infection-control-expired.vc-jwt"]!).outcome == .expired)
        #expect(verdict(byFile["infection-control-revoked.vc-jwt"]!).outcome == .revoked)
        #expect(verdict(byFile["medication-suspended.vc-jwt"]!).outcome == .suspended)
    }

    @Test func truncatedTokensNeverVerify() {
        let token = Self.good
        for length in 0..<token.count {
            let outcome = verdict(String(token.prefix(length))).outcome
            #expect(outcome == .malformed || outcome == .badSignature, "cut at \(length): \(outcome)")
        }
    }

    @Test func oversizedInputIsMalformedBeforeParsing() {
        let huge = String(repeating: "A", count: 40_000) + "." + String(repeating: "B", count: 40_000) + ".C"
        let outcome = verdict(huge)
        #expect(outcome.outcome == .malformed)
        #expect(outcome.reason.contains("larger"))
        let padded = Tamper.resign(Self.good, with: TestWorld.issuerSigner2) {
            $0["description"] = .string(String(repeating: "x", count: 40_000))
        }
        #expect(verdict(padded).outcome == .malformed)
    }

    @Test(arguments: ["", ".", "..", "...", "a.b.c", "e30.e30.", "e30.e30.AA", " \(good)", "\(good)\n", "\(good).x"])
    func structurallyBrokenTokensAreMalformedOrBadlySigned(token: String) {
        let outcome = verdict(token).outcome
        #expect(outcome == .malformed || outcome == .badSignature)
    }

    @Test func schemaErrorsFromATrustedIssuerAreMalformed() {
        let changes: [(String, (inout JSONObject) -> Void)] = [
            ("credentialStatus as an array", { $0["credentialStatus"] = .array([$0["credentialStatus"]!]) }),
            ("missing validFrom", { $0["validFrom"] = nil }),
            (
                "missing criteria",
                { payload in
                    var subject = payload["credentialSubject"]!.objectValue!
                    var achievement = subject["achievement"]!.objectValue!
                    achievement["criteria"] = nil
                    subject["achievement"] = .object(achievement)
                    payload["credentialSubject"] = .object(subject)
                }
            ),
            (
                "custom achievementType without ext:",
                { payload in
                    var subject = payload["credentialSubject"]!.objectValue!
                    var achievement = subject["achievement"]!.objectValue!
                    achievement["achievementType"] = "MandatoryTraining"
                    subject["achievement"] = .object(achievement)
                    payload["credentialSubject"] = .object(subject)
                }
            ),
            ("no OpenBadgeCredential type", { $0["type"] = ["VerifiableCredential"] }),
            ("a VC 1.1 vc claim", { $0["vc"] = [:] }),
            ("jti not matching id", { $0["jti"] = "urn:uuid:00000000-0000-4000-8000-000000000000" }),
            ("wrong first context", { $0["@context"] = ["https://www.w3.org/2018/credentials/v1", "x"] }),
        ]
        for (name, change) in changes {
            let token = Tamper.resign(Self.good, with: TestWorld.issuerSigner2, change)
            #expect(verdict(token).outcome == .malformed, "\(name)")
        }
    }

    @Test func missingOrUntrustedStatusListsMakeStatusUnavailable() {
        var verifier = GoldenWorld.verifier
        verifier.statusLists = .none
        #expect(verdict(Self.good, verifier: verifier).outcome == .statusUnavailable)
        verifier.policy.requiresStatusList = false
        #expect(verdict(Self.good, verifier: verifier).outcome == .valid)
        // A list signed by another issuer's key, and a tampered list.
        let list = GoldenWorld.statusLists[0]
        let foreign = Tamper.resign(list.token, with: TestWorld.trainerSigner) { _ in }
        let tampered = Tamper.payload(list.token) { $0["validUntil"] = "2099-01-01T00:00:00Z" }
        for bad in [foreign, tampered, "garbage"] {
            verifier = GoldenWorld.verifier
            verifier.statusLists = .sources([list.url: .credential(bad)])
            #expect(verdict(Self.good, verifier: verifier).outcome == .statusUnavailable)
        }
    }
}
