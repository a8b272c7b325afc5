import Vapor

/// Registers every route. Paths come from ``SiteURL``, so links and routes cannot drift apart.
func routes(_ app: Application) throws {
    let web = WebController()
    app.get(use: web.home)
    app.get(.constant(SiteURL.Segment.areas), .parameter(SiteURL.Segment.areaCode), use: web.area)
    app.get(.constant(SiteURL.Segment.postcodes), use: web.postcodes)
    let providers = ProvidersController()
    app.get(.constant(SiteURL.Segment.providers), use: providers.list)
    app.get(.constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference), use: providers.detail)

    let planning = PlanningController()
    let planningArea = app.grouped(.constant(SiteURL.Segment.planning), .parameter(SiteURL.Segment.areaCode))
    app.get(.constant(SiteURL.Segment.planning), use: planning.index)
    planningArea.get(use: planning.area)
    planningArea.post(.constant(SiteURL.Segment.scenarios), use: planning.createScenario)
    planningArea.get(.constant(SiteURL.Segment.compare), use: planning.compare)
    planningArea.get(.constant(SiteURL.Segment.compareCSV), use: planning.compareCSV)
    planningArea.post(
        .constant(SiteURL.Segment.scenarios), .parameter(SiteURL.Segment.scenarioID), .constant(SiteURL.Segment.delete),
        use: planning.deleteScenario)

    let workforce = WorkforceController()
    let workforceArea = app.grouped(.constant(SiteURL.Segment.workforce), .parameter(SiteURL.Segment.areaCode))
    app.get(.constant(SiteURL.Segment.workforce), use: workforce.index)
    app.get(.constant(SiteURL.Segment.workforce), .constant(SiteURL.Segment.map), use: workforce.map)
    workforceArea.get(use: workforce.dashboard)
    workforceArea.get(.constant(SiteURL.Segment.csv), use: workforce.csv)
    workforceArea.get(.constant(SiteURL.Segment.dataQuality), use: workforce.dataQuality)
    app.get(
        .constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference),
        .constant(SiteURL.Segment.workforce),
        use: workforce.providerDashboard)

    try accountRoutes(app)
    try passportRoutes(app)
    try returnRoutes(app)

    let operations = OperationsController()
    app.get("healthz", use: operations.healthz)
    app.get("metrics", use: operations.metrics)

    let api = APIController()
    let v1 = app.grouped(SiteURL.Segment.api.map { PathComponent.constant($0) })
    v1.get(.constant(SiteURL.Segment.areas), use: api.areas)
    v1.get(.constant(SiteURL.Segment.areas), .parameter(SiteURL.Segment.areaCode), use: api.area)
    v1.get(.constant(SiteURL.Segment.postcodes), .parameter(SiteURL.Segment.postcode), use: api.postcode)
    v1.get(.constant(SiteURL.Segment.providers), use: providers.apiList)
    v1.get(.constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference), use: providers.apiDetail)
    v1.post(.constant(SiteURL.Segment.projections), use: planning.apiProject)
    v1.get(
        .constant(SiteURL.Segment.areas), .parameter(SiteURL.Segment.areaCode), .constant(SiteURL.Segment.scenarios),
        use: planning.apiScenarios)
    let areaMetrics = v1.grouped(
        .constant(SiteURL.Segment.areas), .parameter(SiteURL.Segment.areaCode), .constant(SiteURL.Segment.metrics))
    areaMetrics.get(use: workforce.apiMetrics)
    areaMetrics.get(.parameter(SiteURL.Segment.kpi), .constant(SiteURL.Segment.series), use: workforce.apiSeries)
}
