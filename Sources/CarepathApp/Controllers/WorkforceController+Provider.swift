import CarepathCore
import Fluent
import SQLKit
import Vapor
import WorkforceMetrics

extension WorkforceController {
    /// The KPIs a provider compares: those ASC-WDS benchmarks, and pay.
    static let providerKPIs: [KPI] = [
        .turnover, .vacancy, .sicknessDays, .zeroHours, .qualified, .timeInRole, .careWorkerHourlyPay,
        .seniorCareWorkerHourlyPay,
    ]

    /// `GET /providers/{reference}/workforce`: the provider's workplaces against their benchmarks.
    func providerDashboard(_ request: Request) async throws -> Response {
        let reference = request.parameters.get(SiteURL.Segment.reference) ?? ""
        // A workplace's own figures are for the people the policy allows (workforce-metrics.md 6.1
        // rule 5): the provider's own, its parent as shared, and councils it has consented to.
        let organisation = try await request.access.provider(reference, for: .viewWorkplaceFigures)
        guard let organisationID = organisation.id else { throw CarepathError.providerNotFound(reference: reference) }
        try await request.audit(
            .init(
                action: .workplaceFiguresViewed, subjectKind: "organisation", subjectID: reference,
                organisationID: organisationID))
        let service = try await request.workforceService()
        let month = service.month(WorkforceQuery())
        let control = request.application.carepathConfig.disclosure
        let services = request.application.ascwdsCodes[.mainServices]
        let names = try await workplaceNames(organisationID, on: request.db)
        var filter = MetricsFilter.england
        filter.organisationID = organisationID.uuidString
        let facts = month.map { service.snapshot.cube.facts(filter, at: $0) } ?? []
        let sections = facts.map { workplace in
            let benchmarks = service.snapshot.cube.benchmarks(
                for: workplace, kpis: Self.providerKPIs, at: month!, control: control)
            let own = service.snapshot.cube.measure(
                Self.providerKPIs,
                MetricsFilter(areaLevel: .country, areaCode: England.code.rawValue, workplaceID: workplace.workplaceID),
                at: month!)
            return ProviderWorkforcePage.WorkplaceSection(
                reference: names[workplace.workplaceID]?.reference ?? "",
                name: names[workplace.workplaceID]?.name ?? "",
                serviceName: workplace.mainService.flatMap { services.attribute("label", of: $0) } ?? "Not known",
                facts: workplace, own: own.measurements, benchmarks: benchmarks.map { publish($0, control: control) })
        }.sorted { $0.name < $1.name }
        return HTMLResponse.page(
            ProviderWorkforcePage.render(
                .init(
                    reference: organisation.reference, name: organisation.name, month: month, kpis: Self.providerKPIs,
                    workplaces: sections, isDemo: request.isDemo)), for: request)
    }

    private func publish(_ benchmark: Benchmark, control: DisclosureControl) -> ProviderWorkforcePage.PublishedBenchmark
    {
        // Every group is narrowed to one main service, so England's exemption from rule 3 does not
        // apply: another provider's figures must never show through a small England group.
        let level: AreaLevel = benchmark.filter.areaLevel == .country ? .region : benchmark.filter.areaLevel
        let title =
            switch benchmark.group {
            case .localSameService: "Same council"
            case .regionalSameService: "Same region"
            case .englandSameService: "England"
            }
        return .init(
            benchmark: benchmark, title: title,
            values: benchmark.cell.measurements.reduce(into: [:]) { values, entry in
                values[entry.key] = control.publish(entry.key, entry.value, level: level)
            }, workers: control.count(Double(benchmark.cell.staffRecords), level: level), level: level)
    }

    /// Each current workplace's reference and name, by workplace id.
    private func workplaceNames(
        _ organisationID: UUID, on database: any Database
    ) async throws
        -> [String: (reference: String, name: String)]
    {
        let rows = try await database.sql.raw(
            """
            SELECT w.id, w.reference, v.name FROM workplaces w JOIN workplace_versions v ON v.id = w.current_version_id
            WHERE w.organisation_id = \(bind: organisationID)
            """
        ).all()
        var names: [String: (reference: String, name: String)] = [:]
        for row in rows {
            names[try row.decode(column: "id", as: UUID.self).uuidString] = (
                try row.decode(column: "reference", as: String.self), try row.decode(column: "name", as: String.self)
            )
        }
        return names
    }
}
