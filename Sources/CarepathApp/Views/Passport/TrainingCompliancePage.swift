import Foundation
import Passport
import Plot

/// `GET /providers/{reference}/workplaces/{workplace}/training`: for each role group, how many staff
/// hold each required item current, expiring soon or expired, or have no record; then each worker.
enum TrainingCompliancePage {
    struct Model {
        var providerReference: String
        var providerName: String
        var workplaceReference: String
        var workplaceName: String
        var matrix: ComplianceMatrix
        var workers: [TrainingCompliance.Worker]
        var groups: [RequiredTrainingFile.Group]
        var titles: [String: String]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: "Training compliance – \(model.workplaceName)",
            section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.providerName, url: .provider(model.providerReference)),
            ],
            isDemo: model.isDemo,
            main: .group(
                .span(.class("cp-caption-l"), .text(model.workplaceName)),
                .h1(.class("cp-heading-xl"), .text("Training compliance")),
                .p(
                    .text(
                        "From this workplace's training records in its latest return and the passport credentials "
                            + "you have accepted. A worker counts once per item, by their most recent training, so a "
                            + "refresher replaces what it renews. Expiring soon means within 90 days.")),
                .forEach(model.matrix.rows.filter { $0.workers > 0 }) { row in
                    Components.table(
                        caption: "\(label(row.roleGroup, model)): \(row.workers) staff",
                        headers: ["Training", "Current", "Expiring soon", "Expired", "No record"],
                        rows: row.cells.map { item in
                            [
                                .text(model.titles[item.code].map { "\($0) (\(item.code))" } ?? item.code),
                                .number(item.cell.current), .number(item.cell.expiringSoon),
                                .number(item.cell.expired), .number(item.cell.missing),
                            ]
                        })
                },
                .h2(.class("cp-heading-l"), .text("Each worker")),
                workerTable(model)
            )
        ).render()
    }

    private static func label(_ group: String, _ model: Model) -> String {
        model.groups.first { $0.id == group }?.label ?? group
    }

    private static func workerTable(_ model: Model) -> Node<HTML.BodyContext> {
        Components.table(
            caption: "Required training each worker lacks or must renew",
            headers: ["Unique worker ID", "Needs training", "Renew soon"],
            rows: model.workers.map { worker in
                let states = model.matrix.states[worker.id.uuidString] ?? [:]
                let missing = states.filter { $0.value == nil || $0.value == .expired }.keys.sorted()
                let soon = states.filter { $0.value == .expiringSoon }.keys.sorted()
                return [
                    .text(worker.reference),
                    .text(missing.isEmpty ? "None" : missing.joined(separator: ", ")),
                    .text(soon.isEmpty ? "None" : soon.joined(separator: ", ")),
                ]
            })
    }
}
