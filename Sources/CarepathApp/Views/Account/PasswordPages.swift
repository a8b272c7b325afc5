import Plot

/// Changing a password, asking for a reset link, and choosing a new password from one.
enum PasswordPages {
    struct Model {
        var title: String
        var intro: String
        var action: String
        /// (name, label, autocomplete) of each field.
        var fields: [(name: String, label: String, type: String, autocomplete: String)]
        var button: String
        var values: [String: String] = [:]
        var errors: [Components.FieldError] = []
        var confirmation: String?
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let byField = Components.byField(model.errors)
        return PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + model.title,
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .unwrap(model.confirmation) { message in
                    .div(
                        .class("cp-panel cp-panel--confirmation"), .attribute(named: "role", value: "status"),
                        .p(.text(message)))
                },
                .h1(.class("cp-heading-xl"), .text(model.title)),
                .p(.text(model.intro)),
                .element(
                    named: "form",
                    nodes: [
                        .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                        .attribute(named: "action", value: model.action.htmlEscaped),
                        .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                    ]
                        + model.fields.map { field in
                            FormFields.text(
                                name: field.name, label: field.label, value: model.values[field.name] ?? "",
                                error: byField[field.name], widthClass: "cp-input--width-20", type: field.type,
                                autocomplete: field.autocomplete)
                        }
                        + [
                            .element(
                                named: "button",
                                nodes: [
                                    .attribute(named: "class", value: "cp-button"),
                                    .attribute(named: "type", value: "submit"), .text(model.button),
                                ])
                        ])
            )
        ).render()
    }

    static let newPasswordHint =
        "At least 12 characters. A few unrelated words make a strong password that is easy to remember."
}
