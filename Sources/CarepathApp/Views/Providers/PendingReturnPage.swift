import ASCWDS
import Foundation
import Plot

/// `GET /providers/{reference}/returns/uploads/{upload}`: a checked upload. Every finding, grouped by
/// file and rule with the error summary linking to each group, the difference report, the findings
/// as CSV, and the button that completes the upload when it has no errors.
enum PendingReturnPage {
    struct Model {
        var reference: String
        var name: String
        var upload: PendingUploadEntity
        var findings: [Finding]
        var changes: ReturnChanges
        var now: Date
        var isDemo: Bool
    }

    /// Findings shown on the page per group; the CSV has them all.
    static let shownPerGroup = 50

    /// Findings of one file and rule, worst first.
    struct Group {
        var anchor: String
        var file: UploadFileKind
        var rule: String
        var severity: Finding.Severity
        var findings: [Finding]
    }

    static func groups(_ findings: [Finding]) -> [Group] {
        Dictionary(grouping: findings) { "\($0.file.rawValue)|\($0.rule)" }.values.map { members in
            let sorted = members.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            let first = sorted[0]
            return Group(
                anchor: "findings-\(first.file.rawValue)-\(first.rule)".lowercased(), file: first.file,
                rule: first.rule,
                severity: members.map(\.severity).min() ?? first.severity, findings: sorted)
        }.sorted { ($0.severity, $0.file, $0.rule) < ($1.severity, $1.file, $1.rule) }
    }

    static func render(_ model: Model) -> String {
        let groups = groups(model.findings)
        let blocking = groups.filter { $0.severity == .error }
        return PageLayout(
            title: (blocking.isEmpty ? "" : "Error: ") + "Check your upload – \(model.name)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.name, url: .provider(model.reference)),
            ],
            isDemo: model.isDemo,
            main: .group(
                .if(
                    !blocking.isEmpty && model.upload.completedAt == nil,
                    Components.errorSummary(
                        blocking.map {
                            .init(
                                fieldID: $0.anchor,
                                message:
                                    "\($0.file.title) file: \($0.findings.count) × \($0.rule): \($0.findings[0].message)"
                            )
                        })),
                .unwrap(model.upload.completedAt) { completed in
                    .div(
                        .class("cp-panel cp-panel--confirmation"), .attribute(named: "role", value: "status"),
                        .h2(.class("cp-panel__title"), .text("Return of \(model.upload.asOf) stored")),
                        .p(.text("Completed \(AuditTable.format(completed)) UTC.")))
                },
                .span(.class("cp-caption-l"), .text(model.name)),
                .h1(.class("cp-heading-xl"), .text("Check your upload")),
                PendingReturnSections.summary(model),
                PendingReturnSections.changes(model.changes),
                PendingReturnSections.completeForm(model),
                .h2(.class("cp-heading-l"), .text("Findings")),
                .p(
                    .a(
                        .href(ReturnURL.findings(provider: model.reference, upload: model.upload.id!).path),
                        .text("Download every finding (CSV)"))),
                .if(groups.isEmpty, .p(.text("No findings: every row passed every rule."))),
                .forEach(groups) { PendingReturnSections.group($0) }
            )
        ).render()
    }
}
