import Plot

/// The form that adds credentials just verified to one of the employer's staff records.
enum PassportAcceptFormView {
    /// `submission` is carried back for verifying again; `employers` offers a choice when the person
    /// may add records to more than one (none: the action already names the employer).
    static func render(
        action: String, submission: String? = nil, employers: [(reference: String, name: String)] = []
    ) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: action.htmlEscaped),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                submission.map { FormFields.hidden(name: "credential", value: $0) } ?? .empty,
                .element(
                    named: "h2",
                    nodes: [.attribute(named: "class", value: "cp-heading-l"), .text("Add to your training records")]),
                .element(
                    named: "p",
                    nodes: [
                        .text(
                            "The credentials that can be relied on are added to the staff record you name, so the "
                                + "worker does not repeat training that is still valid. They are checked again now.")
                    ]),
                employers.isEmpty
                    ? .empty
                    : FormFields.select(
                        name: "provider", label: "Employer", options: employers.map { ($0.reference, $0.name) },
                        selected: employers.first?.reference ?? ""),
                FormFields.text(
                    name: "workplace", label: "Workplace ID", value: "", error: nil, widthClass: "cp-input--width-20"),
                FormFields.text(
                    name: "worker", label: "Unique worker ID", value: "", error: nil, widthClass: "cp-input--width-20"),
                FormFields.submit("Add to training records"),
            ])
    }
}
