import Plot

/// The form that adds the credentials just checked to one of the employer's staff records.
enum PassportAcceptFormView {
    static func render(_ model: PassportVerifyPage.Model) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: PassportURL.verifyAccept.path),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                FormFields.hidden(name: "credential", value: model.submission),
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
                FormFields.select(
                    name: "provider", label: "Employer", options: model.employers.map { ($0.reference, $0.name) },
                    selected: model.employers.first?.reference ?? ""),
                FormFields.text(name: "workplace", label: "Workplace ID", value: "", error: nil, widthClass: "cp-input--width-20"),
                FormFields.text(name: "worker", label: "Unique worker ID", value: "", error: nil, widthClass: "cp-input--width-20"),
                .element(
                    named: "button",
                    nodes: [
                        .attribute(named: "class", value: "cp-button"), .attribute(named: "type", value: "submit"),
                        .text("Add to training records"),
                    ]),
            ])
    }
}
