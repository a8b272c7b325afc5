import ASCWDS
import CarepathCore
import Fluent
import Planning
import SQLKit
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Planning inputs from returns")
struct PlanningBaseTests {
    @Test("the base counts every current staff record, workplace and declared leaver of the region")
    func baseMatchesTheStoredReturns() async throws {
        try await withTestApp { app in
            let staff = try await PlanningFixture.load(app)
            let area = try #require(
                try await GeographyRepository(database: app.db).area(AreaCode(PlanningFixture.region))?.area)
            let base = try #require(try await PlanningRepository(database: app.db).workforceBase(in: area, group: nil))
            #expect(base.asOfYear == 2025)
            #expect(Int(base.totalStock) == staff)
            #expect(base.workplaceCount == PlanningFixture.workplaces)

            // Declared leavers, summed independently from the stored workplace records.
            var leavers = 0
            for version in try await WorkplaceVersionEntity.query(on: app.db).all() {
                let record = try RecordJSON.decode(WorkplaceRecord.self, from: version.record)
                leavers += record.leavers?.total ?? 0
            }
            #expect(Int(try #require(base.declaredLeavers).numerator) == leavers)

            let byGroup = try await JobRoleGroup.allCases.asyncMap { group in
                try await PlanningRepository(database: app.db).workforceBase(in: area, group: group)?.totalStock ?? 0
            }
            #expect(Int(byGroup.reduce(0, +)) == staff)
        }
    }

    @Test("an area with no returns has no base, and a council with few workplaces is suppressed")
    func noReturnsAndSuppression() async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            let geography = GeographyRepository(database: app.db)
            let northEast = try #require(try await geography.area(AreaCode("E12000001"))?.area)
            let service = PlanningService(database: app.db)
            #expect(try await service.context(for: northEast, group: nil, horizon: nil).failureValue == .noReturns)

            let codes = try await PlanningRepository(database: app.db).areaCodesWithReturns()
            var sawSuppressed = false
            for code in codes where code.hasPrefix("E06") || code.hasPrefix("E10") {
                let council = try #require(try await geography.area(AreaCode(code))?.area)
                let base = try #require(
                    try await PlanningRepository(database: app.db).workforceBase(in: council, group: nil))
                let outcome = try await service.context(for: council, group: nil, horizon: nil)
                if base.workplaceCount < 3 || base.totalStock < 10 || base.largestWorkplaceShare > 0.5 {
                    guard case .suppressed = outcome.failureValue else {
                        Issue.record("\(code) has a base that must be suppressed")
                        continue
                    }
                    sawSuppressed = true
                }
            }
            #expect(sawSuppressed, "the fixture should have at least one council below the thresholds")
        }
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
