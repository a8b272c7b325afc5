import Plot

/// Every provider organisation with a return, and the size of its current workforce.
enum ProvidersPage {
    struct Model {
        var organisations: [OrganisationSummary]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let rows: [[Components.Cell]] = model.organisations.map {
            [
                .link($0.reference, .provider($0.reference)), figure($0.workplaces), figure($0.staff),
                .text($0.workplaces == nil ? "Not shared with you" : $0.latestReturn ?? "None"),
            ]
        }
        let body: Node<HTML.BodyContext> =
            rows.isEmpty
            ? .p(
                .class("cp-body"),
                .text("No provider has sent a return yet. Import ASC-WDS files with "),
                .element(named: "code", text: "carepath import"), .text("."))
            : Components.table(
                caption: "Providers and their current workforce",
                headers: ["Organisation", "Workplaces", "Staff records", "Latest return"], rows: rows)
        return PageLayout(
            title: "Providers", section: .providers, isDemo: model.isDemo,
            main: .group(
                .h1(.class("cp-heading-xl"), .text("Providers")),
                .p(
                    .class("cp-body-l"),
                    .text(
                        "Care providers send their workforce data once, as the ASC-WDS bulk-upload files they already make."
                    )),
                body)
        ).render()
    }
}

/// A count the viewer may see, or a dash where the provider has not shared its figures.
private func figure(_ value: Int?) -> Components.Cell {
    value.map { .number($0) } ?? .figure("–")
}

/// One provider: its current workplaces and every return it has sent.
enum ProviderPage {
    struct Model {
        var organisation: OrganisationSummary
        var workplaces: [WorkplaceSummary]
        var returns: [ReturnSummary]
        /// Main service labels by code.
        var serviceNames: [Int: String]
        /// What the viewer may open from here.
        var canViewStaff = false
        var canViewFigures = false
        var canViewAudit = false
        var canUpload = false
        var canManageMembers = false
        var canManageSharing = false
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let reference = model.organisation.reference
        let workplaceRows: [[Components.Cell]] = model.workplaces.map { workplace in
            [
                model.canViewStaff
                    ? .link(
                        workplace.name,
                        .accounts(.providerStaff(provider: reference, workplace: workplace.reference)))
                    : .text(workplace.name),
                .text(workplace.reference), .text(workplace.postcode ?? ""),
                .text(workplace.mainService.flatMap { model.serviceNames[$0] } ?? ""),
                .text(workplace.cqcRegulated == true ? "Yes" : "No"), figure(workplace.staff),
            ]
        }
        let returnRows: [[Components.Cell]] = model.returns.map {
            [.text($0.asOf), .number($0.rows), .number($0.errors), .number($0.warnings)]
        }
        return PageLayout(
            title: model.organisation.reference, section: .providers,
            breadcrumbs: [Breadcrumb(title: "Providers", url: .providers)], isDemo: model.isDemo,
            main: .group(
                .span(.class("cp-caption-l"), .text("Provider")),
                .h1(.class("cp-heading-xl"), .text(model.organisation.name)),
                Components.summaryList([
                    .init("Reference", text: model.organisation.reference),
                    .init(
                        "Workplaces", text: model.organisation.workplaces.map(Format.grouped) ?? "Not shared with you"),
                    .init("Staff records", text: model.organisation.staff.map(Format.grouped) ?? "Not shared with you"),
                    .init("Latest return", text: model.organisation.latestReturn ?? "None"),
                ]),
                .ul(
                    .class("cp-list"),
                    .if(
                        model.canViewFigures,
                        .li(
                            .a(
                                .href(SiteURL.providerWorkforce(reference).path),
                                .text("Workforce figures against benchmarks")))),
                    .if(model.canUpload, .li(.a(.href(ReturnURL.new(reference).path), .text("Upload a return")))),
                    .if(
                        model.canViewStaff,
                        .li(.a(.href(PassportURL.employer(reference).path), .text("Training passport")))),
                    .if(
                        model.canViewAudit, .li(.a(.href(AccountURL.providerAudit(reference).path), .text("Audit log")))
                    ),
                    .if(
                        model.canManageMembers,
                        .li(.a(.href(AccountURL.providerPeople(reference).path), .text("People")))
                    ),
                    .if(
                        model.canManageSharing,
                        .li(.a(.href(AccountURL.providerSharing(reference).path), .text("Who can see your figures"))))),
                .if(model.canViewStaff, .p(.text("Open a workplace to see its staff records. Each view is recorded."))),
                .h2(.class("cp-heading-l"), .text("Workplaces")),
                Components.table(
                    caption: "Current workplaces of \(model.organisation.name)",
                    headers: ["Workplace", "Reference", "Postcode", "Main service", "CQC regulated", "Staff records"],
                    rows: workplaceRows),
                .if(
                    model.canViewFigures,
                    .group(
                        .h2(.class("cp-heading-l"), .text("Returns")),
                        Components.table(
                            caption: "Returns from \(model.organisation.name)",
                            headers: ["Return date", "Rows", "Errors", "Warnings"], rows: returnRows))))
        ).render()
    }
}
