import Plot

/// `GET /account/two-factor`: set up an authenticator app by scanning a QR code or typing the key.
enum TwoFactorSetupPage {
    struct Model {
        /// The key in groups of four, for typing.
        var key: String
        /// The QR code of the `otpauth://` address, as SVG.
        var qrSVG: String
        /// The key sealed under the master key, carried by the form to its POST.
        var pending: String
        var error: String?
        /// Whether the person cannot go on until this is done.
        var isRequired: Bool
        /// Whether an app is already set up, so the current password is asked for.
        var isReplacing: Bool
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let field = model.error?.contains("password") == true ? "current" : "code"
        let errors = model.error.map { [Components.FieldError(fieldID: field, message: $0)] } ?? []
        return PageLayout(
            title: errors.isEmpty ? "Set up two-factor sign-in" : "Error: Set up two-factor sign-in",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!errors.isEmpty, Components.errorSummary(errors)),
                .h1(.class("cp-heading-xl"), .text("Set up two-factor sign-in")),
                .if(
                    model.isRequired,
                    .p(
                        .text(
                            "Your role lets you see staff records or manage other people, so you need a second "
                                + "step when you sign in. You cannot continue until it is set up."))),
                .ol(
                    .class("cp-list cp-list--number"),
                    .li(.text("Install an authenticator app on your phone, if you do not have one.")),
                    .li(.text("In the app, add an account and scan this QR code, or type the key below.")),
                    .li(.text("Enter the 6-digit code the app then shows."))
                ),
                .div(.class("cp-qr"), .raw(model.qrSVG)),
                Components.summaryList([.init("Key", .element(named: "code", text: model.key))]),
                .element(
                    named: "form",
                    nodes: [
                        .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                        .attribute(named: "action", value: AccountURL.setUpTwoFactor.path),
                        .attribute(named: "novalidate", value: "novalidate"),
                        PageSlots.csrfField(),
                        FormFields.hidden(name: "pending", value: model.pending),
                        model.isReplacing
                            ? FormFields.text(
                                name: "current", label: "Your current password", value: "",
                                error: field == "current" ? model.error : nil, widthClass: "cp-input--width-20",
                                type: "password", autocomplete: "current-password") : .empty,
                        FormFields.text(
                            name: "code", label: "Security code", value: "", error: field == "code" ? model.error : nil,
                            widthClass: "cp-input--width-10", inputMode: "numeric", autocomplete: "one-time-code"),
                        FormFields.submit("Turn on two-factor sign-in"),
                    ])
            )
        ).render()
    }
}

/// Shown once, straight after two-factor sign-in is turned on.
enum RecoveryCodesPage {
    static func render(codes: [String], continueTo: String, isDemo: Bool) -> String {
        PageLayout(
            title: "Save your recovery codes",
            section: nil,
            isDemo: isDemo,
            main: .group(
                .div(
                    .class("cp-panel cp-panel--confirmation"),
                    .h1(.class("cp-panel__title"), .text("Two-factor sign-in is on"))),
                .h2(.class("cp-heading-l"), .text("Save your recovery codes")),
                .p(
                    .text(
                        "If you lose your phone, each of these codes lets you sign in once instead of a security "
                            + "code. Keep them somewhere safe. This is the only time Carepath shows them.")),
                .ul(.class("cp-list cp-recovery-codes"), .forEach(codes) { .li(.element(named: "code", text: $0)) }),
                .a(.class("cp-button"), .href(continueTo), .text("Continue"))
            )
        ).render()
    }
}
