import CarepathCore
import Plot

/// The planning start page: the areas with returns to project, and the population data loaded.
enum PlanningIndexPage {
    struct Model {
        var regions: [AreaReference]
        var councils: [AreaReference]
        var releases: [PopulationRelease]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let areas =
            [AreaReference(code: England.code, name: "England", level: .country)] + model.regions + model.councils
        let main: Node<HTML.BodyContext> = .group(
            .h1(.class("cp-heading-xl"), .text("Plan the workforce")),
            .p(
                .class("cp-body-l"),
                .text(
                    "Project how many care posts an area will need and how many people its workforce will supply, then test what would change the picture."
                )),
            .p(
                .class("cp-body"),
                .text(
                    "Demand grows with the population aged 65 and over (the Skills for Care method); supply follows a stock-flow model by age band, calibrated from the returns Carepath holds."
                )),
            .h2(.class("cp-heading-l"), .text("Choose an area")),
            .if(
                model.regions.isEmpty && model.councils.isEmpty,
                .p(
                    .class("cp-inset-text"),
                    .text(
                        "No returns yet: no workplace has sent its workforce data, so there is nothing to project from."
                    )),
                else: Components.table(
                    caption: "Areas with returns", headers: ["Area", "Level"],
                    rows: areas.map {
                        [
                            .link(
                                $0.name, .planningArea($0.code, selection: PlanningSelection(group: nil, horizon: nil))),
                            .text($0.level.displayName),
                        ]
                    })
            ),
            .h2(.class("cp-heading-l"), .text("Population projections")),
            .if(
                model.releases.isEmpty,
                .p(
                    .class("cp-body"),
                    .text("None imported yet. An administrator imports the ONS file with carepath population import.")),
                else: Components.table(
                    caption: "Imported population projections", headers: ["Release", "Years", "Areas", "Source file"],
                    rows: model.releases.map { release in
                        [
                            .text(release.citation), .text("\(release.years.lowerBound)–\(release.years.upperBound)"),
                            .number(release.areaCount), .text(release.sourceFile),
                        ]
                    })
            )
        )
        return PageLayout(title: "Plan the workforce", section: .planning, isDemo: model.isDemo, main: main).render()
    }
}
