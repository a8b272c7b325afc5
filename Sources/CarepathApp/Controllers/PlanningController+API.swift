import CarepathCore
import Foundation
import Planning
import Vapor

extension PlanningController {
    /// `POST /api/v1/projections`: runs one projection for an area, role group, horizon and levers.
    func apiProject(_ request: Request) async throws -> APIv1.Projection {
        let body = try request.content.decode(APIv1.ProjectionRequest.self)
        try APIv1.ProjectionRequest.refuseUnknownLevers(in: request.body.data)
        let code: AreaCode
        do {
            code = try AreaCode(body.area)
        } catch {
            throw CarepathError.invalidAreaCode(body.area, reason: error.description)
        }
        guard let area = try await request.geography.area(code)?.area else {
            throw CarepathError.areaNotFound(code: code.rawValue)
        }
        let selection = try PlanningSelection(role: body.roleGroup, horizon: body.horizon.map(String.init))
        let outcome = try await PlanningService(request).context(
            for: area, group: selection.group, horizon: selection.horizon)
        switch outcome {
        case .failure(let reason): throw CarepathError.planningUnavailable(reason.message)
        case .success(let context):
            let levers = body.levers ?? ScenarioLevers()
            return APIv1.Projection(
                context: context, projection: try PlanningService.project(context, levers: levers),
                bands: try PlanningService.uncertainty(context, levers: levers), selection: selection)
        }
    }

    /// `GET /api/v1/areas/{code}/scenarios`: the area's saved scenarios.
    func apiScenarios(_ request: Request) async throws -> APIv1.ScenarioList {
        let area = try await request.planningArea()
        let saved = try await ScenarioStore(database: request.db).scenarios(in: area.code)
        return APIv1.ScenarioList(
            area: area.code.rawValue,
            scenarios: saved.map {
                APIv1.Scenario(
                    id: $0.id.uuidString.lowercased(), name: $0.name, createdAt: $0.createdAt.formatted(.iso8601),
                    levers: $0.levers)
            })
    }
}

extension APIv1 {
    struct ProjectionRequest: Content {
        var area: String
        var roleGroup: String?
        var horizon: Int?
        var levers: ScenarioLevers?

        /// A misspelt lever would otherwise be ignored and the baseline returned as if it were the scenario.
        static func refuseUnknownLevers(in body: ByteBuffer?) throws {
            guard let body, let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any],
                let levers = object["levers"] as? [String: Any]
            else { return }
            let unknown = Set(levers.keys).subtracting(ScenarioLevers.fieldNames).sorted()
            guard unknown.isEmpty else {
                throw CarepathError.invalidLevers(
                    unknown.map {
                        LeverProblem(
                            field: $0,
                            message:
                                "\($0) is not a lever. Levers: \(ScenarioLevers.fieldNames.sorted().joined(separator: ", "))."
                        )
                    })
            }
        }
    }

    struct Projection: Content {
        struct Population: Content {
            var release: String
            var variant: String
            var synthetic: Bool
            var citation: String
        }

        struct BandValue: Content {
            var band: String
            var filledPosts: Double
        }

        struct Year: Content {
            var year: Int
            var demand: Double
            var supply: Double
            var supplyByBand: [BandValue]
            var gap: Double
            var impliedVacancyRate: Double
            var leavers: Double?
            var entrants: Double?
            var entrantsNeeded: Double?
            var hires: Double?
            var turnoverCost: Double?
            var payUpliftCost: Double?
        }

        var area: String
        var areaName: String
        var roleGroup: String
        var baseYear: Int
        var horizon: Int
        var rounding: String
        var population: Population
        var assumptions: [Assumption]
        var levers: [Assumption]
        var years: [Year]
        var uncertainty: Uncertainty

        /// Percentiles of the gap and supply over Monte Carlo runs (fixed seed), rounded as estimates.
        struct Uncertainty: Content {
            var runs: Int
            var seed: UInt64
            var years: [UncertaintyBands.Year]
        }

        init(
            context: PlanningContext, projection: Planning.Projection, bands: UncertaintyBands,
            selection: PlanningSelection
        ) {
            area = context.area.code.rawValue
            areaName = context.area.name
            roleGroup = selection.groupKey
            baseYear = projection.baseYear
            horizon = projection.years.count - 1
            rounding =
                "Estimates: counts to the nearest 10 below 1,000, 100 below 100,000, 1,000 above; costs to £1,000."
            population = Population(
                release: context.population.release, variant: context.population.variant,
                synthetic: context.population.isSynthetic,
                citation: context.population.citation)
            assumptions = context.assumptions
            levers = projection.levers.assumptions
            let published = PublishedProjection(projection, rounding: .standard, percentPlaces: context.percentPlaces)
            let round = EstimateRounding.standard.round
            uncertainty = Uncertainty(
                runs: bands.runs, seed: bands.seed,
                years: bands.years.map {
                    UncertaintyBands.Year(
                        year: $0.year, gapLow: round($0.gapLow), gapMiddle: round($0.gapMiddle),
                        gapHigh: round($0.gapHigh),
                        supplyLow: round($0.supplyLow), supplyHigh: round($0.supplyHigh))
                })
            years = published.years.map { row in
                Year(
                    year: row.year, demand: row.demand, supply: row.supply,
                    supplyByBand: zip(AgeBand.allCases, row.supplyByBand).map {
                        BandValue(band: $0.label, filledPosts: $1)
                    },
                    gap: row.gap, impliedVacancyRate: row.impliedVacancyRate, leavers: row.leavers,
                    entrants: row.entrants,
                    entrantsNeeded: row.entrantsNeeded, hires: row.hires, turnoverCost: row.turnoverCost,
                    payUpliftCost: row.payUpliftCost)
            }
        }
    }

    struct Scenario: Content {
        var id: String
        var name: String
        /// ISO 8601, UTC.
        var createdAt: String
        var levers: ScenarioLevers
    }

    struct ScenarioList: Content {
        var area: String
        var scenarios: [Scenario]
    }
}
