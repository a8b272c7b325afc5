import CarepathCore
import Vapor
import WorkforceMetrics

extension WorkforceController {
    /// `GET /workforce/{code}/data-quality`: returns received and how recent, how complete the
    /// answers are, and declared against measured starters and leavers.
    func dataQuality(_ request: Request) async throws -> Response {
        let detail = try await request.workforceArea()
        let service = try await request.workforceService()
        let area = detail.area.reference
        let everything = WorkforceQuery()
        let month = service.month(everything)
        let facts = month.map { service.snapshot.cube.facts(everything.filter(area), at: $0) } ?? []
        let returns = month.map { ReturnsQuality(facts, countDate: $0.lastDay) } ?? ReturnsQuality()
        let declared = Dictionary(facts.map { ($0.workplaceID, $0) }, uniquingKeysWith: { first, _ in first })
        // Measuring movement reads staff records, so its result is kept until the next completion.
        let key = "movement|\(area.code)"
        let summary: MovementSummary?
        if let cached = await request.application.metricsStore.cached(
            key, sequence: service.snapshot.sequence, as: CachedMovement.self)
        {
            summary = cached.summary
        } else {
            let measured = try await MovementRepository(database: request.db).movement(
                areaLevel: area.level, areaCode: area.code.rawValue)
            summary =
                measured.isEmpty
                ? nil
                : MovementSummary(
                    measured.map { workplace in
                        let facts = declared[workplace.workplaceID.uuidString]
                        return MovementSummary.Workplace(
                            workplaceID: workplace.workplaceID.uuidString, measuredStarters: workplace.measuredStarters,
                            measuredLeavers: workplace.measuredLeavers,
                            leaversWithPersonKey: workplace.leaversWithPersonKey,
                            leaversStayedInSector: workplace.leaversStayedInSector, coversYear: workplace.coversWindow,
                            declaredStarters: facts?.declaredTotal(.starters),
                            declaredLeavers: facts?.declaredTotal(.turnover))
                    })
            await request.application.metricsStore.store(
                CachedMovement(summary: summary), for: key, sequence: service.snapshot.sequence)
        }
        let control = request.application.carepathConfig.disclosure
        return HTMLResponse.page(
            DataQualityPage.render(
                .init(
                    detail: detail, month: month, returns: returns,
                    figures: service.figures(area, parent: detail.ancestors.last, everything),
                    movement: summary.map { PublishedMovement($0, control: control, level: area.level) },
                    isDemo: request.isDemo)), for: request)
    }
}

/// A kept movement result. A wrapper, not an optional: casting a missing entry to an optional type
/// would succeed, as `nil`, and hide that nothing was kept.
private struct CachedMovement: Sendable {
    var summary: MovementSummary?
}
