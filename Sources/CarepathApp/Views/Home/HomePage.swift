import CarepathCore
import Plot

/// The front page: what Carepath is, a postcode search, and England's regions to browse.
enum HomePage {
    struct Model {
        var england: AreaDetail
        /// In demo mode, the accounts to try each kind of person with.
        var demoAccounts: [DemoAccountSummary] = []
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: "Adult social care workforce in England",
            section: .areas,
            isDemo: model.isDemo,
            main: .group(
                .h1(.class("cp-heading-xl"), .text("Adult social care workforce in England")),
                .p(
                    .class("cp-body-l"),
                    .text(
                        "Carepath brings together workforce data for councils, care providers and care workers. "
                            + "Browse England by region and council, or find the areas a postcode belongs to.")),
                PostcodePage.searchForm(value: "", error: nil, headingLevel: 2),
                Components.summaryList([
                    .init("Name", text: England.name),
                    .init("Code", .element(named: "code", text: England.code.rawValue)),
                    .init("Type", text: AreaLevel.country.displayName),
                ]),
                .if(
                    !model.demoAccounts.isEmpty,
                    .group(
                        DemoAccountsTable.render(model.demoAccounts),
                        .p(.a(.href(SiteURL.signIn(returnTo: nil).path), .text("Sign in with a demo account"))))),
                AreaPage.childrenSection(model.england)
            )
        ).render()
    }
}
