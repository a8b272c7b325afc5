import Plot

extension PostcodePage {
    /// The search form, used on this page and the home page; `error` marks the field in red.
    ///
    /// The form element doubles as the GOV.UK form group, because Plot only allows inputs and labels
    /// directly inside a form.
    static func searchForm(
        value: String, error: String?, headingLevel: Int?, legend: String = "Find a postcode"
    ) -> Node<HTML.BodyContext> {
        let hintID = "\(fieldID)-hint"
        let errorID = "\(fieldID)-error"
        let labelText = headingLevel == nil ? "Postcode, sector or outcode" : legend
        // Generic, so the same label fits inside a heading or directly in the form.
        func label<Context>() -> Node<Context> {
            .element(
                named: "label",
                nodes: [
                    .attribute(named: "class", value: "cp-label"), .attribute(named: "for", value: fieldID),
                    .text(labelText),
                ])
        }
        let describedBy = error == nil ? hintID : "\(hintID) \(errorID)"
        let input: Node<HTML.FormContext> = .input(
            .class(error == nil ? "cp-input cp-input--width-10" : "cp-input cp-input--width-10 cp-input--error"),
            .id(fieldID), .name("postcode"), .type(.text), .value(value.htmlEscaped),
            .attribute(named: "autocomplete", value: "postal-code"),
            .attribute(named: "spellcheck", value: "false"),
            .attribute(named: "aria-describedby", value: describedBy)
        )
        let errorMessage: Node<HTML.FormContext> = .unwrap(error) { message in
            .p(
                .class("cp-error-message"), .id(errorID), .span(.class("cp-visually-hidden"), .text("Error: ")),
                .text(message))
        }
        let hint: Node<HTML.FormContext> = .div(
            .class("cp-hint"), .id(hintID),
            .text("A full postcode such as NR1 3JU, a sector such as NR1 3, or an outcode such as NR1"))
        let heading: Node<HTML.FormContext> =
            headingLevel == 2 ? .h2(.class("cp-label-wrapper"), label()) : label()
        return .form(
            .class(error == nil ? "cp-form cp-form-group" : "cp-form cp-form-group cp-form-group--error"),
            .method(.get), .action(SiteURL.postcodes(query: nil).path),
            heading, hint, errorMessage, input,
            .button(.class("cp-button"), .type(.submit), .text("Find"))
        )
    }
}
