import Foundation
import Identity
import Plot

/// `GET /account`: who you are, where you belong, your API tokens and what your account has done.
enum AccountPage {
    struct MembershipRow: Equatable {
        var organisation: String
        var reference: String
        var kind: OrganisationKind
        var role: MemberRole
    }

    struct TokenRow: Equatable {
        var id: UUID
        var name: String
        var prefix: String
        var scopes: [String]
        var expiresAt: Date
        var lastUsedAt: Date?
        var isRevoked: Bool
    }

    struct Model {
        var displayName: String
        var email: String
        var hasTwoFactor: Bool
        var memberships: [MembershipRow]
        var tokens: [TokenRow]
        var activity: [AuditRow]
        /// A token just made, shown once.
        var newToken: String?
        var tokenErrors: [Components.FieldError] = []
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: model.tokenErrors.isEmpty ? "Your account" : "Error: Your account",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!model.tokenErrors.isEmpty, Components.errorSummary(model.tokenErrors)),
                .h1(.class("cp-heading-xl"), .text("Your account")),
                .unwrap(model.newToken) { token in
                    .div(
                        .class("cp-panel cp-panel--confirmation"), .attribute(named: "role", value: "status"),
                        .h2(.class("cp-panel__title"), .text("API token created")),
                        .p(.text("Copy it now: Carepath keeps only a hash and cannot show it again.")),
                        .element(named: "code", nodes: [.attribute(named: "id", value: "new-token"), .text(token)]))
                },
                Components.summaryList([
                    .init("Name", text: model.displayName),
                    .init("Email", text: model.email),
                    .init("Password", .a(.href(AccountURL.changePassword.path), .text("Change your password"))),
                    .init("Two-factor sign-in", .group(twoFactorStatus(model.hasTwoFactor))),
                ]),
                .h2(.class("cp-heading-l"), .text("Your organisations")),
                membershipsTable(model.memberships),
                .p(.a(.href(PassportURL.wallet.path), .text("Your training passport"))),
                AccountTokensSection.render(model.tokens, errors: model.tokenErrors),
                .h2(.class("cp-heading-l"), .text("Signed-in devices")),
                .p(
                    .text(
                        "If you think someone else has signed in as you, sign out everywhere and change your password.")
                ),
                PostButton.node(
                    action: AccountURL.signOutEverywhere.path, label: "Sign out everywhere",
                    style: "cp-button cp-button--warning"),
                .h2(.class("cp-heading-l"), .text("Your recent activity")),
                AuditTable.render(model.activity, caption: "What your account has done, newest first")
            )
        ).render()
    }

    private static func twoFactorStatus(_ isOn: Bool) -> [Node<HTML.BodyContext>] {
        guard !isOn else { return [Components.tag("On", colour: "green")] }
        return [
            Components.tag("Off", colour: "grey"), .text(" "),
            .a(.href(AccountURL.setUpTwoFactor.path), .text("Set up two-factor sign-in")),
        ]
    }

    /// Providers link to their page, training providers to their course completions.
    private static func organisationCell(_ row: MembershipRow) -> Components.Cell {
        switch row.kind {
        case .provider: .link(row.organisation, .provider(row.reference))
        case .trainingProvider: .node(.a(.href(PassportURL.courses(row.reference).path), .text(row.organisation)))
        default: .text(row.organisation)
        }
    }

    private static func membershipsTable(_ rows: [MembershipRow]) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.text("You do not belong to any organisation yet.")) }
        return Components.table(
            caption: "Organisations you belong to",
            headers: ["Organisation", "Kind", "Role"],
            rows: rows.map { row in
                [
                    organisationCell(row), .text(row.kind.displayName), .text(row.role.displayName),
                ]
            })
    }
}
