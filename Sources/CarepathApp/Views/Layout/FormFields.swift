import Plot

/// GOV.UK form fields built from Plot's generic elements, so they fit in any form layout
/// (Plot's typed form context allows inputs only directly inside `<form>`).
///
/// Plot escapes text but not attribute values, so every value that can carry what someone typed
/// is escaped here.
enum FormFields {
    /// A hidden input, such as a filter carried through a form.
    static func hidden<Context>(name: String, value: String) -> Node<Context> {
        .selfClosedElement(
            named: "input",
            attributes: [
                .attribute(named: "type", value: "hidden"), .attribute(named: "name", value: name),
                .attribute(named: "value", value: value.htmlEscaped),
            ])
    }

    /// A text input with its label, hint and error message; the field's `name` is also its id,
    /// so the error summary can link to it.
    static func text<Context>(
        name: String, label: String, hint: String? = nil, value: String, error: String?,
        widthClass: String = "cp-input--width-10",
        inputMode: String? = nil, type: String = "text", autocomplete: String? = nil
    ) -> Node<Context> {
        let hintID = "\(name)-hint"
        let errorID = "\(name)-error"
        let describedBy = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }.joined(
            separator: " ")
        var attributes: [Attribute<Context>] = [
            .attribute(named: "class", value: "cp-input \(widthClass)" + (error == nil ? "" : " cp-input--error")),
            .attribute(named: "id", value: name), .attribute(named: "name", value: name),
            .attribute(named: "type", value: type), .attribute(named: "value", value: value.htmlEscaped),
        ]
        if let autocomplete { attributes.append(.attribute(named: "autocomplete", value: autocomplete)) }
        if !describedBy.isEmpty { attributes.append(.attribute(named: "aria-describedby", value: describedBy)) }
        if let inputMode { attributes.append(.attribute(named: "inputmode", value: inputMode)) }
        return labelled(
            name: name, label: label, hint: hint, error: error,
            control: .selfClosedElement(named: "input", attributes: attributes))
    }

    /// A control in its form group, after its label, hint and error message (ids `<name>-hint`,
    /// `<name>-error`).
    static func labelled<Context>(
        name: String, label: String, hint: String?, error: String?, control: Node<Context>
    ) -> Node<Context> {
        group(
            error: error,
            [
                .element(
                    named: "label",
                    nodes: [
                        .attribute(named: "class", value: "cp-label"), .attribute(named: "for", value: name),
                        .text(label),
                    ]),
                hint.map { hint in
                    .element(
                        named: "div",
                        nodes: [
                            .attribute(named: "class", value: "cp-hint"),
                            .attribute(named: "id", value: "\(name)-hint"),
                            .text(hint),
                        ])
                } ?? .empty,
                errorMessage(id: "\(name)-error", error),
                control,
            ])
    }

    /// A drop-down list; `options` are (value, label) pairs.
    static func select<Context>(
        name: String, label: String, options: [(value: String, label: String)], selected: String
    ) -> Node<Context> {
        let optionNodes: [Node<Context>] = options.map { option in
            var nodes: [Node<Context>] = [.attribute(named: "value", value: option.value.htmlEscaped)]
            if option.value == selected { nodes.append(.attribute(named: "selected", value: "selected")) }
            nodes.append(.text(option.label))
            return .element(named: "option", nodes: nodes)
        }
        return group(
            error: nil,
            [
                .element(
                    named: "label",
                    nodes: [
                        .attribute(named: "class", value: "cp-label"), .attribute(named: "for", value: name),
                        .text(label),
                    ]),
                .element(
                    named: "select",
                    nodes: [
                        .attribute(named: "class", value: "cp-select"), .attribute(named: "id", value: name),
                        .attribute(named: "name", value: name),
                    ]
                        + optionNodes),
            ])
    }

    /// One checkbox with its label.
    static func checkbox<Context>(
        name: String, id: String, value: String, label: String, checked: Bool
    ) -> Node<Context> {
        var attributes: [Attribute<Context>] = [
            .attribute(named: "class", value: "cp-checkbox__input"), .attribute(named: "id", value: id),
            .attribute(named: "name", value: name), .attribute(named: "type", value: "checkbox"),
            .attribute(named: "value", value: value.htmlEscaped),
        ]
        if checked { attributes.append(.attribute(named: "checked", value: "checked")) }
        return .element(
            named: "div",
            nodes: [
                .attribute(named: "class", value: "cp-checkbox"),
                .selfClosedElement(named: "input", attributes: attributes),
                .element(
                    named: "label",
                    nodes: [
                        .attribute(named: "class", value: "cp-label cp-checkbox__label"),
                        .attribute(named: "for", value: id), .text(label),
                    ]),
            ])
    }

    /// A fieldset with a legend around related fields.
    static func fieldset<Context>(legend: String, _ content: [Node<Context>]) -> Node<Context> {
        .element(
            named: "fieldset",
            nodes: [
                .attribute(named: "class", value: "cp-fieldset"),
                .element(
                    named: "legend", nodes: [.attribute(named: "class", value: "cp-fieldset__legend"), .text(legend)]),
            ] + content)
    }

    private static func group<Context>(error: String?, _ content: [Node<Context>]) -> Node<Context> {
        .element(
            named: "div",
            nodes: [
                .attribute(named: "class", value: error == nil ? "cp-form-group" : "cp-form-group cp-form-group--error")
            ] + content)
    }

    private static func errorMessage<Context>(id: String, _ error: String?) -> Node<Context> {
        guard let error else { return .empty }
        return .element(
            named: "p",
            nodes: [
                .attribute(named: "class", value: "cp-error-message"), .attribute(named: "id", value: id),
                .element(
                    named: "span", nodes: [.attribute(named: "class", value: "cp-visually-hidden"), .text("Error: ")]),
                .text(error),
            ])
    }
}
