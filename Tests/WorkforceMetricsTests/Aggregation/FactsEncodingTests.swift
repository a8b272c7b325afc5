import CarepathCore
import Testing
import WorkforceMetrics

@Suite("Workplace facts: the stored binary form")
struct FactsEncodingTests {
    @Test func roleFactsSurviveTheRoundTrip() throws {
        var built = facts("a", workers: randomWorkers(80, workplaceID: "a", seed: 9))
        // A total that is neither whole nor half takes the raw 8-byte form.
        built.allRoles.tallies[.sicknessDays]!.numerator += 0.3
        let decoded = try WorkplaceMetricFacts.decodeRoleFacts(built.encodedRoleFacts())
        #expect(decoded.allRoles == built.allRoles)
        #expect(decoded.byRoleGroup == built.byRoleGroup)
    }

    @Test func damagedBytesAreRefusedNotMisread() {
        let bytes = facts("a", workers: randomWorkers(10, workplaceID: "a", seed: 4)).encodedRoleFacts()
        #expect(throws: MetricFactsDecodingError.truncated) {
            _ = try WorkplaceMetricFacts.decodeRoleFacts(Array(bytes.dropLast()))
        }
        #expect(throws: MetricFactsDecodingError.unknownVersion(9)) {
            _ = try WorkplaceMetricFacts.decodeRoleFacts([9] + bytes.dropFirst())
        }
        #expect(throws: MetricFactsDecodingError.trailingBytes) {
            _ = try WorkplaceMetricFacts.decodeRoleFacts(bytes + [0])
        }
    }
}
