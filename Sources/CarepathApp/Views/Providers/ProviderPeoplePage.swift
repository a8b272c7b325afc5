import Identity
import Plot

/// `GET /providers/{reference}/people`: who belongs to the organisation, and inviting more.
enum ProviderPeoplePage {
    struct Model {
        var reference: String
        var name: String
        var members: [MemberRow]
        var pending: [PendingInvitationRow] = []
        var invited: String?
        var errors: [Components.FieldError] = []
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let byField = Components.byField(model.errors)
        return PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + "People – \(model.name)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.name, url: .provider(model.reference)),
            ],
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .unwrap(model.invited) { email in Components.confirmation("Invitation sent to \(email)") },
                .span(.class("cp-caption-l"), .text(model.name)),
                .h1(.class("cp-heading-xl"), .text("People")),
                Components.table(
                    caption: "People who belong to \(model.name)",
                    headers: ["Name", "Email", "Role", "Two-factor sign-in"],
                    rows: model.members.map { member in
                        [
                            .text(member.name), .text(member.email), .text(member.role.displayName),
                            .text(member.hasTwoFactor ? "On" : "Not yet"),
                        ]
                    }),
                .forEach(model.members) { member in
                    PostButton.node(
                        action: AccountURL.removeMember(provider: model.reference, member: member.id).path,
                        label: "Remove \(member.name)", style: "cp-button cp-button--secondary")
                },
                pendingSection(model),
                .element(
                    named: "form",
                    nodes: [
                        .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                        .attribute(named: "action", value: AccountURL.providerPeople(model.reference).path),
                        .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                        .element(
                            named: "h2",
                            nodes: [.attribute(named: "class", value: "cp-heading-l"), .text("Invite someone")]),
                        FormFields.text(
                            name: "email", label: "Email address", value: "", error: byField["email"],
                            widthClass: "cp-input--width-20", type: "email", autocomplete: "off"),
                        FormFields.select(
                            name: "role", label: "Role",
                            options: MemberRole.allCases.map { ($0.rawValue, $0.displayName) }, selected: "viewer"),
                        FormFields.submit("Send invitation"),
                    ])
            )
        ).render()
    }

    private static func pendingSection(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.pending.isEmpty else { return .empty }
        return .group(
            .h2(.class("cp-heading-l"), .text("Invitations not yet accepted")),
            Components.table(
                caption: "Invitations sent by \(model.name)", headers: ["Email", "Role", "Expires (UTC)"],
                rows: model.pending.map {
                    [.text($0.email), .text($0.role.capitalized), .text(AuditTable.format($0.expiresAt))]
                }),
            .forEach(model.pending) { invitation in
                PostButton.node(
                    action: AccountURL.cancelInvitation(provider: model.reference, invitation: invitation.id).path,
                    label: "Cancel the invitation to \(invitation.email)", style: "cp-button cp-button--secondary")
            })
    }
}
