import Identity
import Testing

@Suite struct Base32Tests {
    /// RFC 4648 section 10, with the padding the RFC shows.
    static let vectors: [(text: String, padded: String)] = [
        ("", ""),
        ("f", "MY======"),
        ("fo", "MZXQ===="),
        ("foo", "MZXW6==="),
        ("foob", "MZXW6YQ="),
        ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI======"),
    ]

    @Test(arguments: vectors)
    func encodesRFC4648VectorsWithoutPadding(text: String, padded: String) {
        #expect(Base32.encode(Array(text.utf8)) == padded.filter { $0 != "=" })
    }

    @Test(arguments: vectors)
    func decodesRFC4648VectorsWithAndWithoutPadding(text: String, padded: String) throws {
        #expect(try Base32.decode(padded) == Array(text.utf8))
        #expect(try Base32.decode(padded.filter { $0 != "=" }) == Array(text.utf8))
    }

    @Test func decodesLowerCaseAndGroupedText() throws {
        #expect(try Base32.decode("mzxw 6ytb oi") == Array("foobar".utf8))
        #expect(try Base32.decode(" MZXW6YTBOI====== ") == Array("foobar".utf8))
    }

    @Test func roundTripsEveryByteValue() throws {
        let bytes = (0...255).map(UInt8.init)
        #expect(try Base32.decode(Base32.encode(bytes)) == bytes)
    }

    @Test func namesTheOffendingCharacterAndPosition() {
        #expect(throws: Base32Error.invalidCharacter("1", position: 3)) { try Base32.decode("MZX1") }
        #expect(throws: Base32Error.invalidCharacter("é", position: 1)) { try Base32.decode("Mé") }
        #expect(throws: Base32Error.invalidCharacter("Y", position: 3)) { try Base32.decode("MZ=Y") }
        #expect(
            Base32Error.invalidCharacter("8", position: 0).description
                == "Invalid base32 character \"8\" at position 0"
        )
    }

    @Test func rejectsSymbolCountsThatCannotMakeWholeBytes() {
        #expect(throws: Base32Error.invalidLength(symbolCount: 1)) { try Base32.decode("M") }
        #expect(throws: Base32Error.invalidLength(symbolCount: 3)) { try Base32.decode("MZX") }
        #expect(throws: Base32Error.invalidLength(symbolCount: 6)) { try Base32.decode("MZXW6Y") }
    }
}
