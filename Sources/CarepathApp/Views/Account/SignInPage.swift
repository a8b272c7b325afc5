import Plot

/// `GET /sign-in`: email and password, with the error summary when they are wrong.
enum SignInPage {
    struct Model {
        var email = ""
        var returnTo: String?
        /// A message for the whole form, such as a lockout.
        var problem: String?
        var fieldErrors: [Components.FieldError] = []
        var demoAccounts: [DemoAccountSummary] = []
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let errors =
            model.fieldErrors + (model.problem.map { [Components.FieldError(fieldID: "email", message: $0)] } ?? [])
        let byField = Dictionary(errors.map { ($0.fieldID, $0.message) }, uniquingKeysWith: { first, _ in first })
        return PageLayout(
            title: errors.isEmpty ? "Sign in" : "Error: Sign in",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!errors.isEmpty, Components.errorSummary(errors)),
                .h1(.class("cp-heading-xl"), .text("Sign in to Carepath")),
                .element(
                    named: "form",
                    nodes: [
                        .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                        .attribute(named: "action", value: SiteURL.signIn(returnTo: model.returnTo).path),
                        .attribute(named: "novalidate", value: "novalidate"),
                        PageSlots.csrfField(),
                        FormFields.text(
                            name: "email", label: "Email address", value: model.email, error: byField["email"],
                            widthClass: "cp-input--width-20", type: "email", autocomplete: "username"),
                        FormFields.text(
                            name: "password", label: "Password", value: "", error: byField["password"],
                            widthClass: "cp-input--width-20", type: "password", autocomplete: "current-password"),
                        FormFields.submit("Sign in"),
                    ]),
                .p(.a(.href(AccountURL.forgottenPassword.path), .text("Forgotten your password?"))),
                .p(
                    .text(
                        "If you have been invited, use the link in your invitation email to set your password. "
                            + "If your account is locked, use the link we emailed you, or wait and try again.")),
                .if(!model.demoAccounts.isEmpty, DemoAccountsTable.render(model.demoAccounts))
            )
        ).render()
    }
}

/// `GET /sign-in/two-factor`: the code from the authenticator app, or a recovery code.
enum TwoFactorPage {
    struct Model {
        var error: String?
        var demoCode: String?
        /// Where to go once the code is accepted.
        var returnTo: String?
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let errors = model.error.map { [Components.FieldError(fieldID: "code", message: $0)] } ?? []
        return PageLayout(
            title: errors.isEmpty ? "Enter your security code" : "Error: Enter your security code",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!errors.isEmpty, Components.errorSummary(errors)),
                .h1(.class("cp-heading-xl"), .text("Enter your security code")),
                .p(.text("Open your authenticator app and enter the 6-digit code it shows for Carepath.")),
                .unwrap(model.demoCode) { code in
                    .div(
                        .class("cp-inset-text"),
                        .text("Demo only: the code for this demo account is now "), .strong(.text(code)), .text("."))
                },
                .element(
                    named: "form",
                    nodes: [
                        .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                        .attribute(
                            named: "action", value: AccountURL.twoFactor(returnTo: model.returnTo).path.htmlEscaped),
                        .attribute(named: "novalidate", value: "novalidate"),
                        PageSlots.csrfField(),
                        FormFields.text(
                            name: "code", label: "Security code",
                            hint: "Or, if you have lost your device, one of your recovery codes.", value: "",
                            error: model.error, widthClass: "cp-input--width-10", inputMode: "numeric",
                            autocomplete: "one-time-code"),
                        FormFields.submit("Continue"),
                    ])
            )
        ).render()
    }
}
