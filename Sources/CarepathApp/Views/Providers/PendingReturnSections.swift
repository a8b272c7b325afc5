import ASCWDS
import Foundation
import Plot

/// The parts of ``PendingReturnPage``.
enum PendingReturnSections {
    static func summary(_ model: PendingReturnPage.Model) -> Node<HTML.BodyContext> {
        let names = model.upload.fileNames.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return Components.summaryList([
            .init("Files", text: names.filter { !$0.isEmpty }.joined(separator: ", ")),
            .init("Return date", text: model.upload.asOf),
            .init("Rows", text: Format.grouped(model.upload.rows)),
            .init("Errors", text: Format.grouped(model.upload.errors)),
            .init("Warnings", text: Format.grouped(model.upload.warnings)),
            .init(
                "Waiting until",
                text: model.upload.completedAt == nil ? "\(AuditTable.format(model.upload.expiresAt)) UTC" : "Completed"
            ),
        ])
    }

    /// The difference report: what completing the upload changes.
    static func changes(_ changes: ReturnChanges) -> Node<HTML.BodyContext> {
        .group(
            .h2(.class("cp-heading-l"), .text("What the return changes")),
            Components.table(
                caption: "Records created, updated, confirmed and removed",
                headers: ["Records", "Created", "Updated", "Confirmed", "Removed", "Left out of the files"],
                rows: [
                    [
                        .text("Workplaces"), .number(changes.workplacesCreated), .number(changes.workplacesUpdated),
                        .number(changes.workplacesConfirmed), .number(changes.workplacesRemoved),
                        .number(changes.workplacesRemovedImplicitly),
                    ],
                    [
                        .text("Staff"), .number(changes.staffCreated), .number(changes.staffUpdated),
                        .number(changes.staffConfirmed), .number(changes.staffRemoved),
                        .number(changes.staffRemovedImplicitly),
                    ],
                ]),
            .p(
                .text(
                    "\(changes.staffRenamed) staff renamed, \(changes.staffMoved) moved between workplaces; training "
                        + "replaced for \(changes.workersWithTrainingReplaced) workers, \(changes.trainingRecordsAdded) "
                        + "training records added.")))
    }

    static func completeForm(_ model: PendingReturnPage.Model) -> Node<HTML.BodyContext> {
        let upload = model.upload
        guard upload.completedAt == nil else { return .empty }
        guard upload.errors == 0 else {
            return .div(
                .class("cp-warning-text"),
                .text("This upload has errors, so it cannot be completed. Correct the files and upload them again."))
        }
        guard upload.expiresAt > model.now else {
            return .div(.class("cp-warning-text"), .text("This upload has expired. Upload the files again."))
        }
        let removals = model.changes.implicitRemovals
        return .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(
                    named: "action", value: ReturnURL.complete(provider: model.reference, upload: upload.id!).path),
                PageSlots.csrfField(),
                removals == 0
                    ? .empty
                    : .element(
                        named: "div",
                        nodes: [
                            .attribute(named: "class", value: "cp-checkboxes__item"),
                            .selfClosedElement(
                                named: "input",
                                attributes: [
                                    .attribute(named: "type", value: "checkbox"),
                                    .attribute(named: "id", value: "confirm-removals"),
                                    .attribute(named: "name", value: "confirm-removals"),
                                    .attribute(named: "value", value: "yes"),
                                ]),
                            .element(
                                named: "label",
                                nodes: [
                                    .attribute(named: "for", value: "confirm-removals"),
                                    .text(
                                        "Remove the \(removals) records these files leave out (ASC-WDS would delete "
                                            + "them; Carepath keeps them in the history)"),
                                ]),
                        ]),
                FormFields.submit("Complete upload"),
            ])
    }

    static func group(_ group: PendingReturnPage.Group) -> Node<HTML.BodyContext> {
        let shown = group.findings.prefix(PendingReturnPage.shownPerGroup)
        let colour = group.severity == .error ? "red" : (group.severity == .warning ? "yellow" : nil)
        return .section(
            .id(group.anchor),
            .h3(
                .class("cp-heading-m"), Components.tag(group.severity.rawValue.capitalized, colour: colour),
                .text(
                    " \(group.file.title) file, \(group.rule)"
                        + (group.findings[0].code.map { " (ASC-WDS \($0))" } ?? "") + ": \(group.findings.count)")),
            Components.table(
                caption: group.findings.count > shown.count
                    ? "The first \(shown.count) of \(group.findings.count); the CSV has them all" : "Each finding",
                headers: ["Line", "Workplace", "Worker", "Column", "Message"],
                rows: shown.map { finding in
                    [
                        .number(finding.line), .text(finding.localEstablishmentID ?? "–"),
                        .text(finding.uniqueWorkerID ?? "–"), .text(finding.column), .text(finding.message),
                    ]
                }))
    }
}
