import Plot

/// The pages emailed links open: unlocking an account and accepting an invitation.
enum LinkPages {
    static func unlock(isValid: Bool, action: String, isDemo: Bool) -> String {
        PageLayout(
            title: isValid ? "Unlock your account" : "This link does not work",
            section: nil,
            isDemo: isDemo,
            main: isValid
                ? .group(
                    .h1(.class("cp-heading-xl"), .text("Unlock your account")),
                    .p(.text("Your account was locked after too many wrong passwords or security codes.")),
                    PostButton.node(action: action, label: "Unlock my account"))
                : .group(
                    .h1(.class("cp-heading-xl"), .text("This link does not work")),
                    .p(
                        .text(
                            "It may have been used already or be more than an hour old. Try signing in again: "
                                + "if your account is still locked, we will email you a new link.")))
        ).render()
    }

    struct Invitation {
        /// Whether the invited address already has an account, and whether that account is the one
        /// signed in.
        enum ExistingAccount {
            case signedIn
            case signedOut
        }

        var email: String
        var organisation: String
        var role: String
        var action: String
        var name = ""
        var errors: [Components.FieldError] = []
        var existingAccount: ExistingAccount? = nil
        var isDemo: Bool
        /// Set for a passport invitation, which claims a passport instead of joining.
        var passportWorker: String? = nil

        var heading: String {
            passportWorker == nil ? "Join \(organisation)" : "Claim your training passport from \(organisation)"
        }
    }

    static func invitation(_ model: Invitation) -> String {
        let byField = Components.byField(model.errors)
        return PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + model.heading,
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .h1(.class("cp-heading-xl"), .text(model.heading + " on Carepath")),
                Components.summaryList([
                    .init("Email", text: model.email),
                    model.passportWorker.map { .init("Your staff record", text: $0) }
                        ?? .init("Role", text: model.role.capitalized),
                ]),
                .unwrap(model.passportWorker) { _ in
                    .p(
                        .text(
                            "Your employer will issue your training to you as signed credentials. The passport is "
                                + "yours: it stays with you when you change employer, and only you decide who sees it."
                        ))
                },
                existingAccountSection(model),
                .if(model.existingAccount != nil, .empty, else: newAccountForm(model, byField: byField))
            )
        ).render()
    }

    private static func existingAccountSection(_ model: Invitation) -> Node<HTML.BodyContext> {
        switch model.existingAccount {
        case .none: .empty
        case .signedIn?:
            PostButton.node(
                action: model.action,
                label: model.passportWorker == nil ? "Join \(model.organisation)" : "Claim your passport")
        case .signedOut?:
            .p(
                .text("You already have a Carepath account. "),
                .a(.href(SiteURL.signIn(returnTo: model.action).path), .text("Sign in as \(model.email)")),
                .text(" to accept."))
        }
    }

    private static func newAccountForm(_ model: Invitation, byField: [String: String]) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: model.action.htmlEscaped),
                .attribute(named: "novalidate", value: "novalidate"),
                PageSlots.csrfField(),
                FormFields.text(
                    name: "name", label: "Your name", value: model.name, error: byField["name"],
                    widthClass: "cp-input--width-20", autocomplete: "name"),
                FormFields.text(
                    name: "password", label: "Create a password",
                    hint:
                        "At least 12 characters. A few unrelated words make a strong password that is easy to remember.",
                    value: "", error: byField["password"], widthClass: "cp-input--width-20", type: "password",
                    autocomplete: "new-password"),
                FormFields.submit("Create account"),
            ])
    }
}
