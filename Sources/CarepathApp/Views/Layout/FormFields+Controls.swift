import Plot

extension FormFields {
    /// A multi-line text area with its label, hint and error message; `name` is also its id.
    static func textarea<Context>(
        name: String, label: String, hint: String? = nil, value: String, error: String?, rows: Int = 8
    ) -> Node<Context> {
        let hintID = "\(name)-hint"
        let errorID = "\(name)-error"
        let describedBy = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }
            .joined(separator: " ")
        var nodes: [Node<Context>] = [
            .attribute(named: "class", value: "cp-textarea" + (error == nil ? "" : " cp-input--error")),
            .attribute(named: "id", value: name), .attribute(named: "name", value: name),
            .attribute(named: "rows", value: String(rows)), .attribute(named: "spellcheck", value: "false"),
        ]
        if !describedBy.isEmpty { nodes.append(.attribute(named: "aria-describedby", value: describedBy)) }
        nodes.append(.text(value))
        return labelled(
            name: name, label: label, hint: hint, error: error, control: .element(named: "textarea", nodes: nodes))
    }

    /// The form's main button.
    static func submit<Context>(_ label: String) -> Node<Context> {
        .element(
            named: "button",
            nodes: [
                .attribute(named: "class", value: "cp-button"), .attribute(named: "type", value: "submit"),
                .text(label),
            ])
    }
}
