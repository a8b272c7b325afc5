import Foundation
import Plot

/// `GET /courses/{reference}`: a training provider issues course completions to workers' passports
/// and sees, and can revoke, what it has issued.
enum CourseCompletionsPage {
    struct Model {
        var reference: String
        var name: String
        var did: String
        var courses: [(code: String, title: String)]
        var issued: [PassportCredentialEntity]
        var form: CourseCompletionForm
        var errors: [Components.FieldError]
        var confirmation: String?
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Course completions – \(model.name)",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .unwrap(model.confirmation) { message in Components.confirmation(message) },
                .span(.class("cp-caption-l"), .text(model.name)),
                .h1(.class("cp-heading-xl"), .text("Course completions")),
                Components.summaryList([.init("Issuer identifier", .code(.text(model.did)))]),
                form(model),
                issued(model)
            )
        ).render()
    }

    private static func form(_ model: Model) -> Node<HTML.BodyContext> {
        let byField = Components.byField(model.errors)
        return .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: PassportURL.courseCompletions(model.reference).path.htmlEscaped),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                .element(
                    named: "h2",
                    nodes: [.attribute(named: "class", value: "cp-heading-l"), .text("Issue a course completion")]),
                FormFields.text(
                    name: "subject", label: "The worker's passport identifier",
                    hint: "The worker finds it on their passport page. It starts did:key:z6Mk.",
                    value: model.form.subject ?? "", error: byField["subject"], widthClass: "cp-input--width-30"),
                FormFields.select(
                    name: "course", label: "Course",
                    options: model.courses.map { ($0.code, "\($0.title) (\($0.code))") },
                    selected: model.form.course ?? model.courses.first?.code ?? ""),
                FormFields.text(
                    name: "completed", label: "Completed on", hint: "For example, 2026-03-27",
                    value: model.form.completed ?? "", error: byField["completed"], widthClass: "cp-input--width-10"),
                FormFields.submit("Issue"),
            ])
    }

    private static func issued(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.issued.isEmpty else { return .empty }
        return .group(
            .h2(.class("cp-heading-l"), .text("Completions you have issued")),
            Components.table(
                caption: "The latest \(model.issued.count), newest first",
                headers: ["Course", "Completed", "Valid until", "State", "Action"],
                rows: model.issued.map { credential in
                    [
                        .text(credential.name), .text(credential.completedOn),
                        .text(credential.validUntil ?? "Does not expire"),
                        .node(
                            credential.revokedAt == nil
                                ? Components.tag("Issued", colour: "green") : Components.tag("Revoked", colour: "red")),
                        .node(
                            credential.revokedAt == nil
                                ? PostButton.node(
                                    action: PassportURL.courseRevoke(
                                        provider: model.reference, credential: credential.id!
                                    )
                                    .path,
                                    label: "Revoke \(credential.name) completed \(credential.completedOn)",
                                    style: "cp-button cp-button--warning") : .empty),
                    ]
                }))
    }
}
