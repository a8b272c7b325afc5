import CarepathCore
import Fluent
import Planning
import Vapor

/// Everything a planning page or API call shows for one area and role group, before levers.
struct PlanningContext: Sendable {
    var area: Area
    var group: JobRoleGroup?
    var base: WorkforceBase
    var calibrated: CalibratedWorkforce
    var population: PopulationRelease
    var inputs: ProjectionInputs

    /// The assumptions that hold whatever the scenario: calibration, demand and costs.
    var assumptions: [Assumption] {
        calibrated.assumptions + [
            Assumption(
                key: "population", label: "Population projection", value: nil, text: population.citation, unit: .text,
                origin: population.isSynthetic ? .default : .localData, source: "Imported from \(population.sourceFile)"
            ),
            Assumption(
                key: "recruitmentCostPerHire", label: "Recruitment cost per hire",
                value: inputs.costs.recruitmentPerHire, unit: .pounds, origin: .default,
                source: "Skills for Care values-based recruitment infographic (2019)"),
            Assumption(
                key: "inductionTrainingCostPerStarter", label: "Induction and training cost per starter",
                value: inputs.costs.inductionTrainingPerStarter, unit: .pounds, origin: .default,
                source: "Skills for Care values-based recruitment infographic (2019)"),
        ]
    }

    /// Percentages have 1 decimal place for regions and England, none below (rule 3).
    var percentPlaces: Int { area.level == .country || area.level == .region ? 1 : 0 }
}

/// Why an area has no projection, in words a planner can act on.
enum PlanningUnavailable: Error, Sendable, Equatable {
    case noReturns
    case noPopulation(String)
    case suppressed(String)

    var message: String {
        switch self {
        case .noReturns:
            "No returns yet: no workplace in this area has sent its workforce data, so there is no base to project from."
        case .noPopulation(let detail): detail
        case .suppressed(let reason): "Not published. \(reason)"
        }
    }
}

/// Joins the stored returns, the population projection and the model.
struct PlanningService {
    let database: any Database
    var thresholds: DisclosureThresholds = .standard

    /// The service for one request, with the configured disclosure thresholds.
    init(_ request: Request) {
        database = request.db
        thresholds = request.application.carepathConfig.disclosure.thresholds
    }

    init(database: any Database, thresholds: DisclosureThresholds = .standard) {
        self.database = database
        self.thresholds = thresholds
    }

    /// The default and largest horizons, in years after the base year.
    static let defaultHorizon = 15
    static let maximumHorizon = 30

    /// The context for `area` and `group`, or why there is none.
    func context(
        for area: Area, group: JobRoleGroup?, horizon requested: Int?
    ) async throws -> Result<PlanningContext, PlanningUnavailable> {
        guard let base = try await PlanningRepository(database: database).workforceBase(in: area, group: group),
            base.totalStock > 0
        else { return .failure(.noReturns) }
        if case .suppress(let reason) = ProjectionDisclosure.decide(
            base, isEngland: area.level == .country, thresholds: thresholds)
        {
            return .failure(.suppressed(reason))
        }
        guard let (release, series) = try await PopulationStore(database: database).series(for: area.code) else {
            return .failure(
                .noPopulation(
                    "No population projection has been imported for \(area.name). An administrator can import the ONS file with `carepath population import`."
                ))
        }
        guard release.years.contains(base.asOfYear), release.years.upperBound > base.asOfYear else {
            return .failure(
                .noPopulation(
                    "The population projection covers \(release.years.lowerBound)–\(release.years.upperBound), which does not start by the base year \(base.asOfYear)."
                ))
        }
        let horizon = min(
            requested ?? Self.defaultHorizon, Self.maximumHorizon, release.years.upperBound - base.asOfYear)
        let calibrated = SupplyCalibration.calibrate(base, group: group, thresholds: thresholds)
        let inputs = ProjectionInputs(
            baseYear: base.asOfYear, horizon: max(1, horizon), supply: calibrated.supply,
            baseVacancies: calibrated.baseVacancies, population: series)
        return .success(
            PlanningContext(
                area: area, group: group, base: base, calibrated: calibrated, population: release, inputs: inputs))
    }

    /// The projection under `levers`.
    /// - Throws: ``CarepathError/invalidLevers(_:)`` for levers out of range.
    static func project(_ context: PlanningContext, levers: ScenarioLevers) throws -> Projection {
        try ProjectionModel.project(context.inputs, levers: levers).mapError(carepathError).get()
    }

    /// The uncertainty bands of the projection under `levers`: 200 runs with seed 1, so a page
    /// shows the same bands every time.
    static func uncertainty(_ context: PlanningContext, levers: ScenarioLevers) throws -> UncertaintyBands {
        try ProjectionModel.uncertainty(context.inputs, levers: levers).mapError(carepathError).get()
    }

    private static func carepathError(_ error: ProjectionError) -> CarepathError {
        switch error {
        case .invalidLevers(let problems): .invalidLevers(problems)
        case .populationMissing(let missing):
            .planningUnavailable("The population projection has no figures for \(missing.year).")
        case .noDemandBase(_, let year):
            .planningUnavailable("The demand driver's population is 0 in \(year), so demand cannot grow from it.")
        }
    }
}
