import Foundation
import Testing

@testable import Passport

/// Seeded random damage to tokens, JSON and status lists: nothing traps, and nothing damaged verifies.
@Suite struct FuzzTests {
    static let good = GoldenWorld.credentials[0].token
    static let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ {}\"\\".utf8)

    /// One random edit: replace, insert, delete or duplicate a run of bytes.
    static func mutate(_ bytes: [UInt8], using generator: inout SplitMix64, alphabet: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let edits = 1 + Int(generator.next() % 3)
        for _ in 0..<edits {
            let position = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count))
            switch generator.next() % 5 {
            case 0 where !bytes.isEmpty: bytes[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
            case 1: bytes.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: position)
            case 2 where !bytes.isEmpty: bytes.remove(at: position)
            case 3: bytes.removeSubrange(position..<min(bytes.count, position + Int(generator.next() % 20)))
            default:
                let end = min(bytes.count, position + Int(generator.next() % 30))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            }
        }
        return bytes
    }

    @Test func mutatedTokensNeverVerify() {
        var generator = SplitMix64(seed: 6)
        let verifier = GoldenWorld.verifier
        for _ in 0..<3_000 {
            let mutated = String(
                decoding: Self.mutate(Array(Self.good.utf8), using: &generator, alphabet: Self.symbols), as: UTF8.self)
            let verdict = verifier.verify(mutated, at: GoldenWorld.verifiedAt)
            if mutated != Self.good { #expect(!verdict.isAcceptable, "\(mutated) → \(verdict)") }
        }
    }

    @Test func mutatedPayloadJSONUnderTheOriginalSignatureNeverVerifies() {
        var generator = SplitMix64(seed: 7)
        let parts = Tamper.parts(Self.good)
        let payload = Base64URL.decode(parts[1])!
        let jsonSymbols = Array("{}[],:\"\\0123456789.eE+-truefalsnl \u{7f}".utf8) + [0xC3, 0xA9, 0xFF, 0x00]
        let verifier = GoldenWorld.verifier
        for _ in 0..<2_000 {
            let mutated = Self.mutate(payload, using: &generator, alphabet: jsonSymbols)
            _ = try? JSONValue.parse(mutated)
            let token = parts[0] + "." + Base64URL.encode(mutated) + "." + parts[2]
            if mutated != payload {
                #expect(!verifier.verify(token, at: GoldenWorld.verifiedAt).isAcceptable)
            }
        }
    }

    @Test func mutatedJSONSignedByATrustedIssuerNeverTraps() {
        // The signature holds, so every later stage (claims, shape, status, dates) sees the damage.
        var generator = SplitMix64(seed: 8)
        let payload = Base64URL.decode(Tamper.parts(Self.good)[1])!
        let verifier = GoldenWorld.verifier
        var outcomes: [CredentialVerdict.Outcome: Int] = [:]
        for _ in 0..<1_500 {
            let mutated = Self.mutate(payload, using: &generator, alphabet: Array("{}[],:\"0123456789aAzZ -".utf8))
            let header = Base64URL.encode(#"{"alg":"EdDSA","typ":"vc+jwt","kid":"\#(TestWorld.issuerDID)#key-2"}"#.utf8)
            let input = header + "." + Base64URL.encode(mutated)
            let token = input + "." + Base64URL.encode(TestKeys.issuerKey2.signature(for: Array(input.utf8)))
            outcomes[verifier.verify(token, at: GoldenWorld.verifiedAt).outcome, default: 0] += 1
        }
        #expect(outcomes[.malformed, default: 0] > 500)
        #expect(outcomes[.badSignature] == nil)
    }

    @Test func mutatedPresentationsAreRefused() {
        var generator = SplitMix64(seed: 9)
        let verifier = PresentationVerifier(credentialVerifier: GoldenWorld.verifier, audience: TestWorld.verifierDID)
        let original = Array(GoldenWorld.presentation.utf8)
        for _ in 0..<500 {
            let mutated = Self.mutate(original, using: &generator, alphabet: Self.symbols)
            guard mutated != original else { continue }
            let result = try? verifier.verify(
                String(decoding: mutated, as: UTF8.self), expectedNonce: GoldenWorld.nonce, at: GoldenWorld.verifiedAt)
            #expect(result == nil)
        }
    }

    @Test func mutatedStatusListsAndDocumentsNeverTrap() {
        var generator = SplitMix64(seed: 10)
        var list = BitstringStatusList()
        try? list.set(4_000)
        let encoded = Array(list.encodedList.utf8)
        let document = Array(TestWorld.issuerDocument.json.serialized.utf8)
        for _ in 0..<1_500 {
            let mutatedList = Self.mutate(encoded, using: &generator, alphabet: Self.symbols)
            _ = try? BitstringStatusList(encodedList: String(decoding: mutatedList, as: UTF8.self))
            let mutatedDocument = Self.mutate(document, using: &generator, alphabet: Self.symbols)
            _ = try? DIDDocument(jsonText: String(decoding: mutatedDocument, as: UTF8.self))
            let noise = (0..<Int(generator.next() % 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = try? GZip.decompress([0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF] + noise, maximumOutput: 1 << 20)
        }
    }
}
