import Plot

/// `GET /providers/{reference}/returns/new`: upload the ASC-WDS bulk-upload files as a return.
enum ReturnUploadPage {
    struct Model {
        var reference: String
        var name: String
        var asOf: String
        var errors: [Components.FieldError]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let byField = Components.byField(model.errors)
        return PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Upload a return – \(model.name)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.name, url: .provider(model.reference)),
            ],
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .span(.class("cp-caption-l"), .text(model.name)),
                .h1(.class("cp-heading-xl"), .text("Upload a return")),
                .p(
                    .text(
                        "Choose the Workplace, Staff and (if you have one) Training files exactly as ASC-WDS bulk "
                            + "upload produces them. Carepath checks every row first and shows you every finding and "
                            + "what the return would change. Nothing is stored until you complete the upload.")),
                .element(
                    named: "form",
                    nodes: [
                        .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                        .attribute(named: "action", value: ReturnURL.upload(model.reference).path.htmlEscaped),
                        .attribute(named: "enctype", value: "multipart/form-data"),
                        .attribute(named: "novalidate", value: "novalidate"),
                        .attribute(named: "data-upload-progress", value: "upload-progress"), PageSlots.csrfField(),
                        fileField("workplace", "Workplace file", byField),
                        fileField("staff", "Staff file", byField),
                        fileField("training", "Training file (optional)", byField),
                        FormFields.text(
                            name: "as-of", label: "The date the return describes",
                            hint: "YYYY-MM-DD. Leave it as today unless you are loading an older return.",
                            value: model.asOf, error: byField["as-of"], widthClass: "cp-input--width-10"),
                        FormFields.submit("Check the files"),
                        progress,
                    ])
            ),
            scripts: [.uploadProgressScript]
        ).render()
    }

    /// Filled in by `upload-progress.js` while the files are sent and checked; hidden without it.
    private static var progress: Node<HTML.BodyContext> {
        .div(
            .class("cp-upload-progress"), .id("upload-progress"), .attribute(named: "role", value: "status"),
            .attribute(named: "hidden", value: "hidden"),
            .element(
                named: "progress",
                nodes: [
                    .attribute(named: "max", value: "100"), .attribute(named: "value", value: "0"),
                    .attribute(named: "aria-labelledby", value: "upload-progress-text"),
                ]),
            .p(.id("upload-progress-text"), .class("cp-body")))
    }

    private static func fileField(_ name: String, _ label: String, _ errors: [String: String]) -> Node<HTML.BodyContext>
    {
        var attributes: [Attribute<HTML.BodyContext>] = [
            .attribute(named: "class", value: "cp-file-upload"), .attribute(named: "type", value: "file"),
            .attribute(named: "id", value: name), .attribute(named: "name", value: name),
            .attribute(named: "accept", value: ".csv,text/csv"),
        ]
        if errors[name] != nil { attributes.append(.attribute(named: "aria-describedby", value: "\(name)-error")) }
        return FormFields.labelled(
            name: name, label: label, hint: nil, error: errors[name],
            control: .selfClosedElement(named: "input", attributes: attributes))
    }
}
