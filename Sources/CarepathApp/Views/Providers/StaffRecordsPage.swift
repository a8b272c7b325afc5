import ASCWDS
import Plot

/// `GET /providers/{reference}/workplaces/{workplace}/staff`: a workplace's current staff records,
/// for the people allowed to see them. Each view is written to the audit log.
enum StaffRecordsPage {
    struct Model {
        var providerReference: String
        var providerName: String
        var workplaceReference: String
        var workplaceName: String
        var staff: [StaffRecordRow]
        var jobRoleNames: [Int: String]
        var employmentStatusNames: [Int: String]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: "Staff records – \(model.workplaceName)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.providerName, url: .provider(model.providerReference)),
            ],
            isDemo: model.isDemo,
            main: .group(
                .span(.class("cp-caption-l"), .text(model.workplaceName)),
                .h1(.class("cp-heading-xl"), .text("Staff records")),
                .p(
                    .a(
                        .href(
                            PassportURL.training(provider: model.providerReference, workplace: model.workplaceReference)
                                .path),
                        .text("Training compliance at this workplace"))),
                exportLinks(model),
                .div(
                    .class("cp-inset-text"),
                    .text(
                        "These records hold personal data. Your viewing them has been recorded in the audit log, "
                            + "which the provider can read.")),
                Components.table(
                    caption: "\(model.staff.count) current staff records",
                    headers: [
                        "Unique worker ID", "Main job role", "Employment status", "Contracted hours",
                        "Year of birth", "Start date", "Pay", "Days sick",
                    ],
                    rows: model.staff.map { record in
                        [
                            .text(record.uniqueWorkerID),
                            .text(record.mainJobRole.map { model.jobRoleNames[$0] ?? String($0) } ?? "Not known"),
                            .text(
                                record.employmentStatus.map { model.employmentStatusNames[$0] ?? String($0) }
                                    ?? "Not known"),
                            .figure(record.contractedHours.map { Format.decimal($0) } ?? "–"),
                            .figure(record.yearOfBirth.map(String.init) ?? "–"),
                            .text(record.startDate ?? "Not known"),
                            .figure(pay(record)),
                            .figure(record.daysSick.map { Format.decimal($0) } ?? "–"),
                        ]
                    })
            )
        ).render()
    }

    private static func pay(_ record: StaffRecordRow) -> String {
        if let pence = record.hourlyRatePence { return "\(Format.pounds(pence: pence)) an hour" }
        if let salary = record.annualSalary { return "£\(Format.grouped(salary)) a year" }
        return "–"
    }
}

/// `GET /providers/{reference}/audit`: who did what with the provider's data.
enum ProviderAuditPage {
    static func render(reference: String, name: String, rows: [AuditRow], isDemo: Bool) -> String {
        PageLayout(
            title: "Audit log – \(name)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers), Breadcrumb(title: name, url: .provider(reference)),
            ],
            isDemo: isDemo,
            main: .group(
                .span(.class("cp-caption-l"), .text(name)),
                .h1(.class("cp-heading-xl"), .text("Audit log")),
                .p(
                    .text(
                        "Every upload, every view of staff records or workplace figures, and every change to sharing "
                            + "and consents, by anyone. Entries can be added but never changed or removed.")),
                AuditTable.render(rows, caption: "The latest \(rows.count) entries, newest first")
            )
        ).render()
    }
}

extension StaffRecordsPage {
    /// The workplace's current state as the three ASC-WDS files, to send on to ASC-WDS or keep.
    fileprivate static func exportLinks(_ model: Model) -> Node<HTML.BodyContext> {
        .group(
            .h2(.class("cp-heading-m"), .text("Download as ASC-WDS files")),
            .p(
                .text(
                    "This workplace's current records as ASC-WDS bulk-upload files. Every row is marked UNCHECKED, "
                        + "so sending the files back unchanged changes none of these records. NI numbers and dates "
                        + "of birth are written as Admin, because Carepath does not keep them.")),
            .ul(
                .class("cp-list"),
                .forEach(UploadFileKind.allCases) { kind in
                    .li(
                        .a(
                            .href(
                                ReturnURL.export(
                                    provider: model.providerReference, workplace: model.workplaceReference, file: kind
                                ).path),
                            .text("\(kind.title) file (CSV)")))
                }))
    }
}
