import Passport
import Testing

/// RFC 8032 section 7.1 test vectors through the library's own key and signing types.
@Suite struct Ed25519RFC8032Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let secret: String
        let publicKey: String
        let message: String
        let signature: String
        var testDescription: String { name }
    }

    static let vectors = [
        Vector(
            name: "TEST 1", secret: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", message: "",
            signature:
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
                + "d25bf5f0595bbe24655141438e7a100b"),
        Vector(
            name: "TEST 2", secret: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", message: "72",
            signature:
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c"
                + "387b2eaeb4302aeeb00d291612bb0c00"),
        Vector(
            name: "TEST 3", secret: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", message: "af82",
            signature:
                "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc659"
                + "4a7c15e9716ed28dc027beceea1ec40a"),
    ]

    @Test(arguments: vectors)
    func derivesThePublicKeyFromTheSecret(vector: Vector) throws {
        let key = try Ed25519SigningKey(seed: hex(vector.secret))
        #expect(key.publicKey.rawBytes == hex(vector.publicKey))
        #expect(key.seed == hex(vector.secret))
    }

    @Test(arguments: vectors)
    func signsExactlyTheVectorSignature(vector: Vector) throws {
        let key = try Ed25519SigningKey(seed: hex(vector.secret))
        #expect(key.signature(for: hex(vector.message)) == hex(vector.signature))
    }

    @Test(arguments: vectors)
    func verifiesTheVectorAndRejectsAnyChange(vector: Vector) throws {
        let publicKey = try Ed25519PublicKey(rawBytes: hex(vector.publicKey))
        let signature = hex(vector.signature)
        #expect(publicKey.isValidSignature(signature, for: hex(vector.message)))
        #expect(!publicKey.isValidSignature(signature, for: hex(vector.message) + [0]))
        var flipped = signature
        flipped[10] ^= 1
        #expect(!publicKey.isValidSignature(flipped, for: hex(vector.message)))
        #expect(!publicKey.isValidSignature(signature.dropLast(), for: hex(vector.message)))
    }

    @Test func refusesSeedsOfTheWrongLength() {
        #expect(throws: KeyError.wrongLength(expected: 32, actual: 31)) {
            try Ed25519SigningKey(seed: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: KeyError.wrongLength(expected: 32, actual: 33)) {
            try Ed25519PublicKey(rawBytes: [UInt8](repeating: 1, count: 33))
        }
    }

    @Test func generatesTheSameKeyFromTheSameSeededGenerator() {
        var first = SplitMix64(seed: 7)
        var second = SplitMix64(seed: 7)
        let a = Ed25519SigningKey.generate(using: &first)
        let b = Ed25519SigningKey.generate(using: &second)
        #expect(a.seed == b.seed)
        #expect(a.publicKey == b.publicKey)
        #expect(Ed25519SigningKey.generate(using: &first).seed != a.seed)
    }

    private func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}
