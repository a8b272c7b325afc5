import CarepathCore
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

/// Measured movement over hand-made returns of two organisations.
///
/// ALPHA (a parent) sends four returns. Its Leeds workplace starts with P1 (permanent, NI), P2
/// (temporary, no NI), AG (agency), OLD and L5; OLD leaves and E1 starts on 1 April 2023, exactly
/// the window's excluded start; P1, P2, AG and L5 leave and S1 and AG2 (agency) start on 1 October
/// 2023. Norwich gains N2 (temporary); a second Leeds workplace opens on 1 October 2023; a
/// Wakefield workplace goes on 1 April 2023. BETA (Bradford) has X5 with L5's NI number, who leaves
/// on 1 September 2023, a month before L5 leaves ALPHA, and takes on X1 with P1's NI number in
/// June 2024.
@Suite("Measured movement")
struct MovementRepositoryTests {
    static let leeds = "E08000035"
    static let norwich = "E07000148"
    static let norfolk = "E10000020"
    static let bradford = "E08000032"
    static let yorkshire = "E12000003"
    static let east = "E12000006"

    /// Imports the scenario's seven returns.
    static func importScenario(_ app: Application) async throws {
        typealias W = MovementScenario.Worker
        let scenario = MovementScenario(app)
        let leeds = ("A-LEEDS", "LS1 1AA")
        let norwich = ("A-NORWICH", "NR1 1AA")
        let leeds2 = ("A-LEEDS2", "LS6 2AB")
        let p1 = W("A-LEEDS", "P1", status: 1, ni: "QQ100001A")
        let p2 = W("A-LEEDS", "P2", status: 2)
        let agency = W("A-LEEDS", "AG", status: 4, ni: "QQ100003A")
        let l5 = W("A-LEEDS", "L5", status: 1, ni: "QQ100005A")
        let e1 = W("A-LEEDS", "E1", status: 1, ni: "QQ100008A")
        let n1 = W("A-NORWICH", "N1", status: 1, ni: "QQ100006A")
        try await scenario.send(
            "ALPHA", asOf: "2023-01-15", workplaces: [leeds, norwich, ("A-GONE", "WF1 1AB")],
            staff: [
                p1, p2, agency, W("A-LEEDS", "OLD", status: 1, ni: "QQ100004A"), l5, n1,
                W("A-GONE", "G1", status: 1, ni: "QQ100007A"),
            ])
        try await scenario.send(
            "ALPHA", asOf: "2023-04-01", workplaces: [leeds, norwich], staff: [p1, p2, agency, l5, e1, n1])
        let after = [
            e1, W("A-LEEDS", "S1", status: 1), W("A-LEEDS", "AG2", status: 4), n1, W("A-NORWICH", "N2", status: 2),
            W("A-LEEDS2", "Y1", status: 1, ni: "QQ100009A"),
        ]
        try await scenario.send("ALPHA", asOf: "2023-10-01", workplaces: [leeds, norwich, leeds2], staff: after)
        try await scenario.send("ALPHA", asOf: "2024-04-01", workplaces: [leeds, norwich, leeds2], staff: after)
        let bradford = [("B-BRAD", "BD1 4AB")]
        let x9 = W("B-BRAD", "X9", status: 1)
        let x5 = W("B-BRAD", "X5", status: 1, ni: l5.nationalInsuranceNumber)
        let x1 = W("B-BRAD", "X1", status: 1, ni: p1.nationalInsuranceNumber)
        try await scenario.send("BETA", asOf: "2023-06-01", workplaces: bradford, staff: [x5, x9])
        try await scenario.send("BETA", asOf: "2023-09-01", workplaces: bradford, staff: [x9])
        try await scenario.send("BETA", asOf: "2024-06-01", workplaces: bradford, staff: [x9, x1])
    }

    static func movement(_ app: Application, _ level: AreaLevel, _ code: String) async throws -> [WorkplaceMovement] {
        try await MovementRepository(database: app.db).movement(areaLevel: level, areaCode: code)
    }

    @Test("starters and leavers of the window, without the baseline, agency staff or the window's start")
    func countsInsideTheWindow() async throws {
        try await withTestApp { app in
            try await Self.importScenario(app)
            let all = try await Self.movement(app, .country, "E92000001")
            let leeds = try #require(all.first { $0.reference == "A-LEEDS" })
            #expect(leeds.asOf == CalendarDate(iso: "2024-04-01"))
            #expect(leeds.firstAsOf == CalendarDate(iso: "2023-01-15"))
            #expect(leeds.window.start == CalendarDate(iso: "2023-04-01"))
            #expect(leeds.coversWindow)
            // S1 only: the baseline, E1 (on the excluded start) and AG2 (agency) are not starters.
            #expect(leeds.measuredStarters == 1)
            // P1, P2 and L5: not AG (agency), not OLD (on the excluded start).
            #expect(leeds.measuredLeavers == 3)
            // P2 has no NI number, so cannot be linked.
            #expect(leeds.leaversWithPersonKey == 2)
            // P1 joined BETA later; L5's other record (X5) had gone before L5 left.
            #expect(leeds.leaversStayedInSector == 1)
            #expect(leeds.leaversNotFoundInSector == 1)

            let norwich = try #require(all.first { $0.reference == "A-NORWICH" })
            #expect(norwich.organisationID == leeds.organisationID)
            #expect((norwich.measuredStarters, norwich.measuredLeavers, norwich.coversWindow) == (1, 0, true))

            let bradford = try #require(all.first { $0.reference == "B-BRAD" })
            #expect(bradford.organisationID != leeds.organisationID)
            // The first return is dated exactly on the window's start: the window is covered.
            #expect(bradford.firstAsOf == bradford.window.start)
            #expect(bradford.coversWindow)
            // X1 only: X5 and X9 are the baseline.
            #expect(bradford.measuredStarters == 1)
            #expect(bradford.measuredLeavers == 1)
            #expect(bradford.leaversWithPersonKey == 1)
            // X5 left while L5, with the same NI number, was still at ALPHA's Leeds workplace.
            #expect(bradford.leaversStayedInSector == 1)
        }
    }

    @Test("a workplace younger than the window does not cover it, and its first records are no starters")
    func youngWorkplace() async throws {
        try await withTestApp { app in
            try await Self.importScenario(app)
            let young = try #require(
                try await Self.movement(app, .cassr, Self.leeds).first { $0.reference == "A-LEEDS2" })
            #expect(young.firstAsOf == CalendarDate(iso: "2023-10-01"))
            #expect(!young.coversWindow)
            #expect(young.measuredStarters == 0)
            #expect(young.measuredLeavers == 0)
        }
    }

    @Test("areas select workplaces by their current version; removed workplaces are left out")
    func areaFiltering() async throws {
        try await withTestApp { app in
            try await Self.importScenario(app)
            func references(_ level: AreaLevel, _ code: String) async throws -> [String] {
                try await Self.movement(app, level, code).map(\.reference)
            }
            #expect(try await references(.country, "E92000001") == ["A-LEEDS", "A-LEEDS2", "A-NORWICH", "B-BRAD"])
            #expect(try await references(.region, Self.yorkshire) == ["A-LEEDS", "A-LEEDS2", "B-BRAD"])
            #expect(try await references(.region, Self.east) == ["A-NORWICH"])
            #expect(try await references(.cassr, Self.norfolk) == ["A-NORWICH"])
            #expect(try await references(.cassr, Self.leeds) == ["A-LEEDS", "A-LEEDS2"])
            #expect(try await references(.district, Self.norwich) == ["A-NORWICH"])
            #expect(try await references(.district, Self.bradford) == ["B-BRAD"])
            #expect(try await references(.region, "E12000001").isEmpty)
            let bradford = try #require(try await Self.movement(app, .district, Self.bradford).first)
            #expect((bradford.measuredStarters, bradford.measuredLeavers) == (1, 1))
        }
    }

    @Test("on a leap-day count date, a start on 28 February a year before is outside and 1 March inside")
    func leapDayWindowInSQL() async throws {
        try await withTestApp { app in
            typealias W = MovementScenario.Worker
            let scenario = MovementScenario(app)
            let workplace = [("G-WAKE", "WF1 1AB")]
            var staff = [W("G-WAKE", "B1", status: 1)]
            for (asOf, starter) in [
                ("2023-01-10", ""), ("2023-02-28", "FEB28"), ("2023-03-01", "MAR01"), ("2024-02-29", ""),
            ] {
                if !starter.isEmpty { staff.append(W("G-WAKE", starter, status: 1)) }
                try await scenario.send("GAMMA", asOf: asOf, workplaces: workplace, staff: staff)
            }
            let movement = try #require(try await Self.movement(app, .country, "E92000001").first)
            #expect(movement.window.start == CalendarDate(iso: "2023-02-28"))
            #expect(movement.measuredStarters == 1)
        }
    }

    @Test("the window is the 12 months after the same date a year before; a leap day's starts on 28 February")
    func window() {
        let window = MovementWindow(endingAt: CalendarDate(year: 2024, month: 2, day: 29)!)
        #expect(window.start == CalendarDate(year: 2023, month: 2, day: 28))
        #expect(!window.contains(CalendarDate(year: 2023, month: 2, day: 28)!))
        #expect(window.contains(CalendarDate(year: 2023, month: 3, day: 1)!))
        #expect(window.contains(window.end))
        #expect(!window.contains(CalendarDate(year: 2024, month: 3, day: 1)!))
    }
}
