import Testing

@testable import Passport

@Suite struct JSONTests {
    @Test func reserialisesTheSpecPayloadByteForByte() throws {
        let bytes = [UInt8](try Fixtures.data("spec/carepath-fire-safety.payload.json"))
        #expect(try JSONValue.parse(bytes).serializedBytes == bytes)
    }

    @Test func keepsMemberOrderAndEscapesMinimally() throws {
        let value = try JSONValue.parse(
            #"{"b":1,"a":[true,false,null],"c":"x\/y\"\\\n\u0001é\ud83d\ude00","d":-1.5e2}"#)
        #expect(value.objectValue?.keys == ["b", "a", "c", "d"])
        #expect(value["c"]?.stringValue == "x/y\"\\\n\u{1}é😀")
        #expect(value.serialized == #"{"b":1,"a":[true,false,null],"c":"x/y\"\\\n\u0001é😀","d":-150}"#)
        #expect(value["d"]?.integerValue == -150)
        #expect(JSONValue.number(0.5).serialized == "0.5")
        #expect(JSONValue.number(0.5).integerValue == nil)
    }

    @Test(arguments: [
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "-", "1.", ".5", "1e", "+1", "NaN",
        "Infinity", "tru", "nul", "\"abc", "\"a\tb\"", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"",
        "\"\\ud800\\u0041\"", "{\"a\":1}x", "[1] [2]", "{\"a\":1,\"a\":2}", "1e999", "[\"\u{7f}\"", "'a'",
    ])
    func refusesInvalidJSON(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONValue.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONParseError.self) { try JSONValue.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }
        #expect(throws: JSONParseError.self) { try JSONValue.parse([0x22, 0x5C, 0x6E, 0xFF, 0x22]) }
    }

    @Test func limitsNestingDepth() throws {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(try JSONValue.parse(ok).arrayValue != nil)
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.tooDeep(limit: 64)) { try JSONValue.parse(deep) }
    }

    @Test func objectSubscriptReplacesAndRemoves() {
        var object: JSONObject = ["a": 1, "b": 2]
        object["a"] = "x"
        object["c"] = 3
        object["b"] = nil
        #expect(object.serialized == #"{"a":"x","c":3}"#)
    }
}
