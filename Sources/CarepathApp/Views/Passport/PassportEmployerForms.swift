import Foundation
import Plot

/// The forms on an employer's passport page.
enum PassportEmployerForms {
    static func issue(_ model: PassportEmployerPage.Model) -> Node<HTML.BodyContext> {
        .group(
            .h2(.class("cp-heading-l"), .text("Issue credentials from your training records")),
            .p(
                .text(
                    "Every current training record of a worker with a passport becomes a signed credential, if the "
                        + "training is in the catalogue and has a completion date. Records already issued are skipped. "
                        + "\(model.issuable) training records of linked workers are on file.")),
            PostButton.node(action: PassportURL.employerIssue(model.reference).path, label: "Issue credentials"))
    }

    /// Issues one worker's new credentials.
    static func issueOne(provider: String, staffID: UUID, worker: String) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-inline-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: PassportURL.employerIssue(provider).path.htmlEscaped),
                PageSlots.csrfField(), FormFields.hidden(name: "staff", value: staffID.uuidString),
                .element(
                    named: "button",
                    nodes: [
                        .attribute(named: "class", value: "cp-button cp-button--secondary"),
                        .attribute(named: "type", value: "submit"), .text("Issue for \(worker)"),
                    ]),
            ])
    }

    static func invite(_ model: PassportEmployerPage.Model) -> Node<HTML.BodyContext> {
        let byField = Components.byField(model.errors)
        return .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: PassportURL.employerInvitations(model.reference).path.htmlEscaped),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                .element(
                    named: "h2",
                    nodes: [
                        .attribute(named: "class", value: "cp-heading-l"),
                        .text("Invite a worker to claim their passport"),
                    ]),
                FormFields.text(
                    name: "workplace", label: "Workplace ID", hint: "The LOCALESTID of the workplace in your return",
                    value: model.form.workplace ?? "", error: byField["workplace"], widthClass: "cp-input--width-20"),
                FormFields.text(
                    name: "worker", label: "Unique worker ID", hint: "The UNIQUEWORKERID of their staff record",
                    value: model.form.worker ?? "", error: byField["worker"], widthClass: "cp-input--width-20"),
                FormFields.text(
                    name: "email", label: "Their email address", value: model.form.email ?? "",
                    error: byField["email"], widthClass: "cp-input--width-20", type: "email", autocomplete: "off"),
                FormFields.submit("Send passport invitation"),
            ])
    }

    static func rotate(_ model: PassportEmployerPage.Model) -> Node<HTML.BodyContext> {
        guard model.keyNumber != nil else { return .empty }
        return .group(
            .h2(.class("cp-heading-l"), .text("Signing key")),
            .p(
                .text(
                    "Rotating starts a new key for what you issue from now on. Credentials signed with earlier keys "
                        + "still verify. Only admins can rotate.")),
            PostButton.node(
                action: PassportURL.employerRotateKey(model.reference).path, label: "Rotate the signing key",
                style: "cp-button cp-button--secondary"))
    }
}
