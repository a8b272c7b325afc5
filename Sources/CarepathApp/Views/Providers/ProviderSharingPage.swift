import Foundation
import Identity
import Plot

/// `GET /providers/{reference}/sharing`: consents for councils and regions, and the parent link.
enum ProviderSharingPage {
    struct Model {
        var reference: String
        var name: String
        var consents: [ConsentRow]
        var parentLink: ParentLinkRow?
        var grantees: [(id: UUID, name: String)]
        var now: Date
        /// The data owner's admins give consents and set sharing.
        var canManage: Bool
        /// A subsidiary's admins may leave their parent.
        var canLeaveParent: Bool
        var errors: [Components.FieldError] = []
        var isDemo: Bool
    }

    static let durations = [("90", "3 months"), ("182", "6 months"), ("365", "1 year")]

    static func render(_ model: Model) -> String {
        let byField = Components.byField(model.errors)
        return PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Sharing – \(model.name)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.name, url: .provider(model.reference)),
            ],
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .span(.class("cp-caption-l"), .text(model.name)),
                .h1(.class("cp-heading-xl"), .text("Who can see your figures")),
                .p(
                    .text(
                        "Councils and regions see published, disclosure-controlled figures for their area. They see "
                            + "your workplaces' own figures only while you consent, for the purpose you state. They "
                            + "never see staff records.")),
                .h2(.class("cp-heading-l"), .text("Consents")),
                consentsTable(model),
                .if(
                    model.canManage,
                    .group(
                        .forEach(model.consents.filter { $0.isActive(at: model.now) }) { consent in
                            PostButton.node(
                                action: AccountURL.revokeConsent(provider: model.reference, consent: consent.id).path,
                                label: "Revoke consent for \(consent.grantee)", style: "cp-button cp-button--secondary")
                        },
                        grantForm(model, errors: byField)),
                    else: .p(.text("Your parent organisation owns this data, so it decides on consents."))),
                .h2(.class("cp-heading-l"), .text("Parent organisation")),
                parentSection(model)
            )
        ).render()
    }

    private static func consentsTable(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.consents.isEmpty else { return .p(.text("You have not given any consents.")) }
        return Components.table(
            caption: "Consents you have given",
            headers: ["Council or region", "Purpose", "From", "Until", "State"],
            rows: model.consents.map { consent in
                let state =
                    consent.revokedAt != nil ? "Revoked" : consent.isActive(at: model.now) ? "In force" : "Ended"
                return [
                    .text(consent.grantee), .text(consent.purpose.displayName),
                    .text(AuditTable.format(consent.validFrom)), .text(AuditTable.format(consent.validUntil)),
                    .text(state),
                ]
            })
    }

    private static func grantForm(_ model: Model, errors: [String: String]) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: AccountURL.consents(model.reference).path),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                .element(
                    named: "h3", nodes: [.attribute(named: "class", value: "cp-heading-m"), .text("Give a consent")]),
                FormFields.select(
                    name: "grantee", label: "Council or region",
                    options: [("", "Choose one")] + model.grantees.map { ($0.id.uuidString, $0.name) }, selected: ""),
                errors["grantee"].map {
                    .element(named: "p", nodes: [.attribute(named: "class", value: "cp-error-message"), .text($0)])
                } ?? .empty,
                FormFields.select(
                    name: "purpose", label: "Purpose",
                    options: ConsentPurpose.allCases.map { ($0.rawValue, $0.displayName) }, selected: "commissioning"),
                FormFields.select(
                    name: "duration", label: "For", options: durations.map { ($0.0, $0.1) }, selected: "365"),
                FormFields.submit("Give consent"),
            ])
    }

    private static func parentSection(_ model: Model) -> Node<HTML.BodyContext> {
        guard let link = model.parentLink else { return .p(.text("This organisation has no parent.")) }
        let owner = link.dataOwner == .parent ? "The parent" : "This organisation"
        return .group(
            Components.summaryList([
                .init("Parent", text: link.parent), .init("Owns the data", text: owner),
                .init("The other side sees", text: sharingName(link.sharing)),
            ]),
            .if(
                model.canLeaveParent,
                PostButton.node(
                    action: AccountURL.removeParentLink(model.reference).path, label: "Leave \(link.parent)",
                    style: "cp-button cp-button--warning")),
            .if(
                !model.canManage, .empty,
                else: .element(
                    named: "form",
                    nodes: [
                        .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                        .attribute(named: "action", value: AccountURL.parentSharing(model.reference).path),
                        PageSlots.csrfField(),
                        FormFields.select(
                            name: "sharing", label: "What the side that does not own the data may see",
                            options: SharingLevel.allCases.map { ($0.rawValue, sharingName($0)) },
                            selected: link.sharing.rawValue),
                        FormFields.submit("Change sharing"),
                    ])))
    }

    static func sharingName(_ level: SharingLevel) -> String {
        switch level {
        case .none: "Nothing (linked only)"
        case .workplace: "Workplaces and their figures"
        case .workplaceAndStaff: "Workplaces, figures and staff records"
        }
    }
}
