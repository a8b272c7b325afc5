import CarepathCore
import Testing

struct AreaBoundaryChangesTests {
    private func code(_ text: String) -> AreaCode { AreaCode(rawValue: text)! }

    @Test func oldDistrictsMapToTheCouncilsThatAbsorbedThem() {
        let table = AreaBoundaryChanges.replacements
        #expect(table[code("E07000206")] == code("E07000244"))  // Waveney → East Suffolk
        #expect(table[code("E06000028")] == code("E06000058"))  // Bournemouth → BCP
        #expect(table[code("E07000190")] == code("E06000066"))  // Taunton Deane → Somerset, through 2019 and 2023
        #expect(table[code("E07000154")] == code("E06000062"))  // Northampton → West Northamptonshire
        #expect(table[code("E07000027")] == code("E06000064"))  // Barrow-in-Furness → Westmorland and Furness
        #expect(table.values.filter { $0 == code("E06000065") }.count == 7)
    }

    @Test func noCurrentCodeIsReplacedAndNoCountyIsMapped() {
        let table = AreaBoundaryChanges.replacements
        #expect(Set(table.keys).isDisjoint(with: Set(table.values)))
        #expect(Set(table.keys).isDisjoint(with: AreaBoundaryChanges.abolishedCounties))
        #expect(AreaBoundaryChanges.abolishedCounties.allSatisfy { $0.rawValue.hasPrefix("E10") })
    }
}
