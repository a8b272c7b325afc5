import Identity
import Plot

/// The API tokens part of the account page: the list with revoke buttons, and the form for a new one.
enum AccountTokensSection {
    static let lifetimes = [("30", "30 days"), ("90", "90 days"), ("365", "1 year")]

    static func render(_ tokens: [AccountPage.TokenRow], errors: [Components.FieldError]) -> Node<HTML.BodyContext> {
        let byField = Dictionary(errors.map { ($0.fieldID, $0.message) }, uniquingKeysWith: { first, _ in first })
        return .group(
            .h2(.class("cp-heading-l"), .text("API tokens")),
            .p(
                .text(
                    "A token lets a program use the Carepath API as you, within the scopes you choose. "
                        + "Send it as \"Authorization: Bearer <token>\".")),
            tokens.isEmpty
                ? .p(.text("You have no API tokens."))
                : Components.table(
                    caption: "Your API tokens",
                    headers: ["Name", "Starts with", "Scopes", "Expires", "Last used", "State"],
                    rows: tokens.map { token in
                        [
                            .text(token.name), .text("cp_\(token.prefix)_…"),
                            .text(token.scopes.joined(separator: ", ")),
                            .text(AuditTable.format(token.expiresAt)),
                            .text(token.lastUsedAt.map(AuditTable.format) ?? "Never"),
                            .text(token.isRevoked ? "Revoked" : "Active"),
                        ]
                    }),
            .forEach(tokens.filter { !$0.isRevoked }) { token in
                PostButton.node(
                    action: AccountURL.revokeToken(token.id).path, label: "Revoke \(token.name)",
                    style: "cp-button cp-button--secondary")
            },
            .element(
                named: "form",
                nodes: [
                    .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                    .attribute(named: "action", value: AccountURL.tokens.path),
                    .attribute(named: "novalidate", value: "novalidate"),
                    PageSlots.csrfField(),
                    .element(
                        named: "h3",
                        nodes: [.attribute(named: "class", value: "cp-heading-m"), .text("Create a token")]),
                    FormFields.text(
                        name: "name", label: "Token name", hint: "To tell your tokens apart, such as \"HR system\".",
                        value: "", error: byField["name"], widthClass: "cp-input--width-20"),
                    FormFields.fieldset(
                        legend: "What may it do?",
                        [
                            byField["scopes"].map { error in
                                .element(
                                    named: "p",
                                    nodes: [
                                        .attribute(named: "class", value: "cp-error-message"),
                                        .attribute(named: "id", value: "scopes"), .text(error),
                                    ])
                            } ?? .empty
                        ]
                            + TokenScope.allCases.map { scope in
                                FormFields.checkbox(
                                    name: "scopes[]",
                                    id: "scope-\(scope.rawValue.replacingOccurrences(of: ":", with: "-"))",
                                    value: scope.rawValue, label: "\(scope.summary) (\(scope.rawValue))", checked: false
                                )
                            }),
                    FormFields.select(
                        name: "lifetime", label: "Expires after", options: lifetimes.map { ($0.0, $0.1) },
                        selected: "90"),
                    FormFields.submit("Create token"),
                ])
        )
    }
}
