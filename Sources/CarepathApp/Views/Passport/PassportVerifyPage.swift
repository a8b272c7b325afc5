import Foundation
import Passport
import Plot

/// `GET` and `POST /verify`: paste a credential or a passport bundle and see, for each credential,
/// whether it is genuine, from a trusted issuer, and still valid.
enum PassportVerifyPage {
    struct Model {
        var submission: String
        var verdicts: [CredentialVerdict] = []
        /// Providers the signed-in person may add training records to.
        var employers: [(reference: String, name: String)] = []
        var errors: [Components.FieldError] = []
        var confirmation: String?
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Check a training passport",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .unwrap(model.confirmation) { message in Components.confirmation(message) },
                .h1(.class("cp-heading-xl"), .text("Check a training passport")),
                .if(!model.verdicts.isEmpty, results(model)),
                form(model)
            )
        ).render()
    }

    private static func form(_ model: Model) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: PassportURL.verify.path),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                FormFields.textarea(
                    name: "credential", label: "Credential or passport file",
                    hint: "Paste a credential (it starts with eyJ) or the whole of a downloaded passport file.",
                    value: model.verdicts.isEmpty ? model.submission : "", error: model.errors.first?.message),
                FormFields.submit("Check"),
            ])
    }

    private static func results(_ model: Model) -> Node<HTML.BodyContext> {
        let acceptable = model.verdicts.filter(\.isAcceptable).count
        return .group(
            .p(.text("\(acceptable) of \(model.verdicts.count) credentials can be relied on today.")),
            Components.table(
                caption: "What each credential says, and whether it holds",
                headers: ["Training", "Issued by", "Completed", "Last valid day", "Result", "Why"],
                rows: model.verdicts.map { verdict in
                    [
                        .text(verdict.details.name ?? "Unreadable credential"),
                        .text(verdict.details.issuerName ?? verdict.details.issuer ?? "–"),
                        .text(verdict.details.validFrom.map(Format.day) ?? "–"),
                        .text(CredentialStateWords.lastValidDay(verdict)),
                        .node(CredentialStateWords.tag(verdict.outcome)),
                        .text(verdict.reason),
                    ]
                }),
            .if(
                acceptable > 0 && !model.employers.isEmpty,
                PassportAcceptFormView.render(
                    action: PassportURL.verifyAccept.path, submission: model.submission, employers: model.employers))
        )
    }
}
