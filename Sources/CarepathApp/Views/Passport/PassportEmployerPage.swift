import Foundation
import Plot

/// `GET /providers/{reference}/passport`: the employer as an issuer: its DID and key, the workers who
/// have claimed their passport, issuing from training records, and what it has issued.
enum PassportEmployerPage {
    struct Model {
        var reference: String
        var name: String
        var did: String?
        var keyNumber: Int?
        var workers: [PassportEmployerRecords.LinkedWorker]
        var issuable: Int
        var issued: [PassportEmployerRecords.IssuedRow]
        var counts: (issued: Int, revoked: Int)
        var confirmation: String?
        var form: PassportInvitationForm
        var errors: [Components.FieldError]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Training passport – \(model.name)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.name, url: .provider(model.reference)),
            ],
            isDemo: model.isDemo,
            main: .group(
                .if(!model.errors.isEmpty, Components.errorSummary(model.errors)),
                .unwrap(model.confirmation) { message in Components.confirmation(message) },
                .span(.class("cp-caption-l"), .text(model.name)),
                .h1(.class("cp-heading-xl"), .text("Training passport")),
                Components.summaryList([
                    .init(
                        "Issuer identifier", model.did.map { .code(.text($0)) } ?? .text("Made when you first issue")),
                    .init("Signing key", text: model.keyNumber.map { "Key \($0)" } ?? "None yet"),
                    .init(
                        "Credentials issued", text: "\(model.counts.issued), of which \(model.counts.revoked) revoked"),
                ]),
                workersSection(model),
                PassportEmployerForms.issue(model),
                PassportCheckFormView.render(model),
                PassportEmployerForms.invite(model),
                issuedSection(model),
                PassportEmployerForms.rotate(model)
            )
        ).render()
    }

    private static func workersSection(_ model: Model) -> Node<HTML.BodyContext> {
        .group(
            .h2(.class("cp-heading-l"), .text("Workers with a passport")),
            .if(
                model.workers.isEmpty,
                .p(.text("No worker has claimed a passport from you yet. Invite them below.")),
                else: Components.table(
                    caption: "\(model.workers.count) staff records linked to a passport",
                    headers: ["Workplace", "Unique worker ID", "Linked on", "Action"],
                    rows: model.workers.map { worker in
                        [
                            .text(worker.workplace), .text(worker.uniqueWorkerID), .text(Format.day(worker.linkedAt)),
                            .node(
                                PassportEmployerForms.issueOne(
                                    provider: model.reference, staffID: worker.staffID, worker: worker.uniqueWorkerID)),
                        ]
                    })))
    }

    private static func issuedSection(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.issued.isEmpty else { return .empty }
        return .group(
            .h2(.class("cp-heading-l"), .text("Credentials you have issued")),
            Components.table(
                caption: "The latest \(model.issued.count), newest first",
                headers: ["Training", "Worker", "Completed", "Valid until", "State", "Action"],
                rows: model.issued.map { row in
                    let credential = row.credential
                    return [
                        .text(credential.name), .text(row.uniqueWorkerID ?? "–"), .text(credential.completedOn),
                        .text(credential.validUntil ?? "Does not expire"),
                        .node(
                            credential.revokedAt == nil
                                ? Components.tag("Issued", colour: "green") : Components.tag("Revoked", colour: "red")),
                        .node(
                            credential.revokedAt == nil
                                ? PostButton.node(
                                    action: PassportURL.employerRevoke(
                                        provider: model.reference, credential: credential.id!
                                    )
                                    .path,
                                    label: "Revoke \(credential.name) for \(row.uniqueWorkerID ?? "this worker")",
                                    style: "cp-button cp-button--warning")
                                : .text(credential.revocationReason ?? "")),
                    ]
                }))
    }
}
