import Foundation
import Testing

@testable import Passport

@Suite struct StatusListTests {
    static let specEncodedList = "uH4sIAAAAAAAC_-3QAQ0AAAwCIKPZP5U1vh0ikADwWBUAAAAAAAAAAAAAAAAAANwwPFNjWABAAAA"

    @Test func decodesTheSpecListWithOnlyPosition12345Set() throws {
        let list = try BitstringStatusList(encodedList: Self.specEncodedList)
        #expect(list.entryCount == 131_072)
        #expect(list.isSet(12_345))
        #expect(!list.isSet(94_567))
        let setPositions = (0..<list.entryCount).filter { list.isSet($0) }
        #expect(setPositions == [12_345])
    }

    @Test func positionZeroIsTheMostSignificantBitOfTheFirstByte() throws {
        var list = BitstringStatusList()
        try list.set(0)
        try list.set(9)
        #expect(list.bytes[0] == 0x80)
        #expect(list.bytes[1] == 0x40)
        try list.clear(0)
        #expect(list.bytes[0] == 0)
        #expect(throws: StatusListError.indexOutOfRange(131_072)) { try list.set(131_072) }
        #expect(throws: StatusListError.indexOutOfRange(-1)) { try list.set(-1) }
        #expect(list.status(at: 131_072) == nil)
    }

    @Test func roundTripsThroughEncodedList() throws {
        var list = BitstringStatusList()
        for index in [0, 1, 777, 12_345, 94_566, 131_071] { try list.set(index) }
        let encoded = list.encodedList
        #expect(encoded.hasPrefix("u"))
        #expect(!encoded.contains("="))
        #expect(try BitstringStatusList(encodedList: encoded) == list)
    }

    @Test func storesTwoBitValuesMostSignificantBitFirst() throws {
        var list = BitstringStatusList(statusSize: 2)
        #expect(list.entryCount == 131_072)
        try list.setStatus(1, at: 0)
        try list.setStatus(2, at: 1)
        try list.setStatus(3, at: 3)
        #expect(list.bytes[0] == 0b0110_0011)
        #expect([0, 1, 2, 3].map { list.status(at: $0) } == [1, 2, 0, 3])
        #expect(throws: StatusListError.valueOutOfRange(4)) { try list.setStatus(4, at: 5) }
    }

    @Test func refusesShortOrBrokenLists() {
        let short = "u" + Base64URL.encode(GZip.compress([UInt8](repeating: 0, count: 1_024)))
        #expect(throws: StatusListError.tooShort(bits: 8_192)) { try BitstringStatusList(encodedList: short) }
        #expect(throws: StatusListError.invalidEncoding) { try BitstringStatusList(encodedList: "zabc") }
        #expect(throws: StatusListError.invalidEncoding) { try BitstringStatusList(encodedList: "u!!") }
        #expect(throws: StatusListError.self) { try BitstringStatusList(encodedList: "uAAAA") }
    }

    @Test func picksFreePositionsAtRandom() throws {
        let list = BitstringStatusList()
        var generator = SplitMix64(seed: 11)
        var taken = Set<Int>()
        for _ in 0..<500 {
            let index = try #require(list.randomFreeIndex(isTaken: { taken.contains($0) }, using: &generator))
            #expect(!taken.contains(index))
            taken.insert(index)
        }
        // Not sequential: the first few positions are spread across the list.
        #expect(Set(taken.map { $0 / 16_384 }).count == 8)
        #expect(list.randomFreeIndex(isTaken: { _ in true }, using: &generator) == nil)
    }

    @Test func entriesWriteAndReadTheSpecForm() throws {
        let entry = StatusListEntry(listURL: TestWorld.statusListURL, index: 94_567)
        #expect(
            entry.json.serialized
                == #"{"id":"https://carepath.example/status/sunrise-care-group/1#94567","type":"BitstringStatusListEntry","#
                + #""statusPurpose":"revocation","statusListIndex":"94567","#
                + #""statusListCredential":"https://carepath.example/status/sunrise-care-group/1"}"#)
        #expect(try StatusListEntry(json: entry.json) == entry)
        let suspendable = StatusListEntry.suspendable(listURL: TestWorld.statusListURL, index: 5)
        #expect(try StatusListEntry(json: suspendable.json) == suspendable)
        var bad = entry.json
        bad["statusListIndex"] = .number(94_567)
        #expect(throws: StatusListError.self) { try StatusListEntry(json: bad) }
        bad["statusListIndex"] = "-1"
        #expect(throws: StatusListError.self) { try StatusListEntry(json: bad) }
    }

    @Test func statusListCredentialsRoundTrip() throws {
        var list = BitstringStatusList()
        try list.set(12_345)
        let credential = StatusListCredential(
            url: TestWorld.statusListURL, issuer: TestWorld.issuerDID,
            validFrom: TestWorld.date("2025-03-14T00:00:00Z"),
            list: list)
        #expect(try StatusListCredential(json: credential.json) == credential)
        let spec = try JSONValue.parse(Fixtures.text("spec/status-list.credential.json")).objectValue!
        let parsed = try StatusListCredential(json: spec)
        #expect(parsed.list == list)
        #expect(parsed.purpose == .revocation)
    }
}
