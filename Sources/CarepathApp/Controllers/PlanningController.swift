import CarepathCore
import Foundation
import Planning
import Vapor

/// Workforce planning pages: an area's baseline projection, saving scenarios, and comparing them.
struct PlanningController: Sendable {
    /// The most saved scenarios one comparison shows beside the baseline.
    static let maximumCompared = 4

    func index(_ request: Request) async throws -> Response {
        let withReturns = try await PlanningRepository(database: request.db).areaCodesWithReturns()
        let regions = try await request.geography.areas(level: .region)
        let cassrs = try await request.geography.areas(level: .cassr).filter {
            withReturns.contains($0.reference.code.rawValue)
        }
        let releases = try await PopulationStore(database: request.db).releases()
        let model = PlanningIndexPage.Model(
            regions: regions.map(\.reference).filter { withReturns.contains($0.code.rawValue) },
            councils: cassrs.map(\.reference),
            releases: releases, isDemo: request.isDemo)
        return HTMLResponse.page(PlanningIndexPage.render(model), for: request)
    }

    func area(_ request: Request) async throws -> Response {
        let area = try await request.planningArea()
        let selection = try request.planningSelection()
        let outcome = try await PlanningService(request).context(
            for: area, group: selection.group, horizon: selection.horizon)
        return try await areaPage(request, area: area, selection: selection, outcome: outcome)
    }

    func createScenario(_ request: Request) async throws -> Response {
        let area = try await request.planningAreaToEdit()
        let selection = try request.planningSelection()
        var form = ScenarioForm()
        let body = try request.content.decode([String: String].self)
        form.name = body["name"] ?? ""
        form.demandDriver = body["demandDriver"] ?? DemandDriver.Kind.aged65Plus.rawValue
        form.retireAtStatePensionAge = body["retireAtStatePensionAge"] == "yes"
        form.values = body
        let outcome = try await PlanningService(request).context(
            for: area, group: selection.group, horizon: selection.horizon)
        guard case .success(let context) = outcome else {
            return try await areaPage(request, area: area, selection: selection, outcome: outcome, form: form)
        }
        let store = ScenarioStore(database: request.db)
        let existing = Set(try await store.scenarios(in: area.code).map(\.name))
        let lastYear = context.inputs.baseYear + context.inputs.horizon
        switch form.parse(baseYear: context.inputs.baseYear, lastYear: lastYear, existingNames: existing) {
        case .failure(let problems):
            return try await areaPage(
                request, area: area, selection: selection, outcome: outcome, form: form, problems: problems.list)
        case .success(let levers):
            let saved = try await store.save(
                name: form.name.trimmingCharacters(in: .whitespacesAndNewlines), levers: levers, in: area.code)
            let url = SiteURL.planningCompare(
                area.code, selection: selection, scenarios: [saved.id.uuidString.lowercased()])
            return request.redirect(to: url.path, redirectType: .normal)
        }
    }

    func deleteScenario(_ request: Request) async throws -> Response {
        let area = try await request.planningAreaToEdit()
        let id = request.parameters.get(SiteURL.Segment.scenarioID) ?? ""
        try await ScenarioStore(database: request.db).delete(id, in: area.code)
        let selection = PlanningSelection(group: nil, horizon: nil)
        return request.redirect(to: SiteURL.planningArea(area.code, selection: selection).path, redirectType: .normal)
    }

    func compare(_ request: Request) async throws -> Response {
        let comparison = try await comparison(request)
        return HTMLResponse.page(PlanningComparePage.render(comparison), for: request)
    }

    func compareCSV(_ request: Request) async throws -> Response {
        let comparison = try await comparison(request)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        let file = "carepath-projection-\(comparison.area.code.rawValue)-\(comparison.selection.groupKey).csv"
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(file)\"")
        return Response(status: .ok, headers: headers, body: .init(string: PlanningCSV.render(comparison)))
    }

    private func comparison(_ request: Request) async throws -> PlanningComparePage.Model {
        let area = try await request.planningArea()
        let selection = try request.planningSelection()
        let ids = request.queryValues(named: "scenario")
        guard ids.count <= Self.maximumCompared else {
            throw CarepathError.invalidLevers([
                LeverProblem(
                    field: "scenario",
                    message: "Choose up to \(Self.maximumCompared) scenarios to compare with the baseline.")
            ])
        }
        let scenarios = try await ScenarioStore(database: request.db).scenarios(ids, in: area.code)
        let context = try await PlanningService(request).context(
            for: area, group: selection.group, horizon: selection.horizon
        ).mapError { CarepathError.planningUnavailable($0.message) }.get()
        var columns = [
            PlanningComparePage.Column(
                id: nil, name: "Baseline", levers: ScenarioLevers(),
                projection: try PlanningService.project(context, levers: ScenarioLevers()))
        ]
        for scenario in scenarios {
            columns.append(
                .init(
                    id: scenario.id.uuidString.lowercased(), name: scenario.name, levers: scenario.levers,
                    projection: try PlanningService.project(context, levers: scenario.levers)))
        }
        return PlanningComparePage.Model(
            area: area, selection: selection, context: context, columns: columns,
            canEdit: try await request.mayEditScenarios(area), isDemo: request.isDemo)
    }

    /// The area page for a context already worked out, with the form as submitted.
    private func areaPage(
        _ request: Request, area: Area, selection: PlanningSelection,
        outcome: Result<PlanningContext, PlanningUnavailable>, form: ScenarioForm = ScenarioForm(),
        problems: [ScenarioForm.Problem] = []
    ) async throws -> Response {
        let saved = try await ScenarioStore(database: request.db).scenarios(in: area.code)
        let state: PlanningAreaPage.State
        switch outcome {
        case .success(let context):
            let levers = ScenarioLevers()
            state = .projected(
                context, try PlanningService.project(context, levers: levers),
                try PlanningService.uncertainty(context, levers: levers))
        case .failure(let reason):
            state = .unavailable(reason)
        }
        let model = PlanningAreaPage.Model(
            area: area, selection: selection, state: state, saved: saved, form: form, problems: problems,
            canEdit: try await request.mayEditScenarios(area), isDemo: request.isDemo)
        return HTMLResponse.page(
            PlanningAreaPage.render(model), for: request, status: problems.isEmpty ? .ok : .unprocessableEntity)
    }
}
