import Plot

/// The wallet's form for sharing chosen credentials with one organisation for a time.
enum PassportShareForm {
    static func render(_ model: PassportWalletPage.Model) -> Node<HTML.BodyContext> {
        let shareable = model.credentials.filter(\.verdict.isAcceptable)
        guard !shareable.isEmpty, !model.organisations.isEmpty else { return .empty }
        return .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: PassportURL.shares.path),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                .element(
                    named: "h2",
                    nodes: [.attribute(named: "class", value: "cp-heading-l"), .text("Share your passport")]),
                .element(
                    named: "fieldset",
                    nodes: [
                        .attribute(named: "class", value: "cp-checkboxes"),
                        .element(
                            named: "legend",
                            nodes: [.attribute(named: "class", value: "cp-label"), .text("Which credentials to share")]),
                        .group(
                            shareable.map { row in
                                .element(
                                    named: "div",
                                    nodes: [
                                        .attribute(named: "class", value: "cp-checkboxes__item"),
                                        .selfClosedElement(
                                            named: "input",
                                            attributes: [
                                                .attribute(named: "type", value: "checkbox"),
                                                .attribute(named: "id", value: "share-\(row.id.uuidString)"),
                                                .attribute(named: "name", value: "share-\(row.id.uuidString)"),
                                                .attribute(named: "value", value: "on"),
                                                .attribute(named: "checked", value: "checked"),
                                            ]),
                                        .element(
                                            named: "label",
                                            nodes: [
                                                .attribute(named: "for", value: "share-\(row.id.uuidString)"),
                                                .text("\(row.name), from \(row.issuer)"),
                                            ]),
                                    ])
                            }),
                    ]),
                FormFields.select(
                    name: "organisation", label: "Who to share with",
                    options: model.organisations.map { ($0.id.uuidString, $0.name) },
                    selected: model.organisations.first?.id.uuidString ?? ""),
                FormFields.select(
                    name: "days", label: "For how long",
                    options: PassportShares.durations.map { (String($0), $0 == 1 ? "1 day" : "\($0) days") },
                    selected: "7"),
                FormFields.submit("Share"),
            ])
    }
}
