import Testing

@testable import Passport

/// The shared currency rule and the compliance matrix built on it.
@Suite("Training currency and compliance")
struct ComplianceTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(
        "current, expiring soon (the window's last day included) and expired (the day after the last valid day)",
        arguments: [
            (nil, TrainingCurrency.current), ("2025-12-31", .expired), ("2026-01-01", .expiringSoon),
            ("2026-04-01", .expiringSoon), ("2026-04-02", .current),
        ] as [(String?, TrainingCurrency)])
    func currency(lastValidDay: String?, expected: TrainingCurrency) {
        #expect(
            TrainingCurrency.of(lastValidDay: lastValidDay.map(Self.day), today: Self.today, windowDays: 90)
                == expected)
    }

    @Test("A renewed course supersedes the expired one; each worker counts once; no record is missing")
    func matrix() {
        let workers = [
            ComplianceMatrix.Worker(id: "A", roleGroup: "care"), .init(id: "B", roleGroup: "care"),
            .init(id: "C", roleGroup: "care"), .init(id: "D", roleGroup: "office"),
        ]
        let records = [
            // A renewed fire safety: the old record expired, the new one is current.
            ComplianceMatrix.Record(workerID: "A", code: "FIRE", lastValidDay: Self.day("2025-06-30")),
            .init(workerID: "A", code: "FIRE", lastValidDay: Self.day("2027-06-30")),
            .init(workerID: "B", code: "FIRE", lastValidDay: Self.day("2026-02-01")),
            .init(workerID: "C", code: "FIRE", lastValidDay: Self.day("2025-06-30")),
            .init(workerID: "A", code: "CC", lastValidDay: nil),
            // Office staff's records of care training are not counted against care.
            .init(workerID: "D", code: "FIRE", lastValidDay: Self.day("2027-01-01")),
        ]
        let matrix = ComplianceMatrix(
            workers: workers, records: records,
            required: [(roleGroup: "care", codes: ["FIRE", "CC"]), (roleGroup: "office", codes: ["FIRE"])],
            today: Self.today, windowDays: 90)
        #expect(matrix.rows.map(\.roleGroup) == ["care", "office"])
        #expect(matrix.rows[0].workers == 3)
        let fire = matrix.rows[0].cells[0].cell
        #expect([fire.current, fire.expiringSoon, fire.expired, fire.missing] == [1, 1, 1, 0])
        let certificate = matrix.rows[0].cells[1].cell
        #expect([certificate.current, certificate.missing] == [1, 2])
        #expect(matrix.rows[1].cells[0].cell.current == 1)
        #expect(matrix.states["A"]?["FIRE"] == .some(.current))
        #expect(matrix.states["B"]?["CC"] == .some(nil))
    }
}
