import Fluent
import Foundation
import Passport
import Vapor

/// `GET /providers/{reference}/workplaces/{workplace}/training` and its API twin: the workplace's
/// training compliance by role group, and each worker's state, for people who may see staff records.
struct TrainingComplianceController: Sendable {
    func page(_ request: Request) async throws -> Response {
        let model = try await load(request)
        return HTMLResponse.page(TrainingCompliancePage.render(model), for: request)
    }

    func api(_ request: Request) async throws -> APIv1.TrainingCompliance {
        APIv1.TrainingCompliance(try await load(request))
    }

    private func load(_ request: Request) async throws -> TrainingCompliancePage.Model {
        let workplace = try await request.staffWorkplace()
        let organisation = workplace.organisation
        let workplaceReference = workplace.reference
        let app = request.application
        let (matrix, workers) = try await TrainingCompliance(
            database: request.db, catalogue: app.trainingCatalogue, required: app.requiredTraining, now: app.now
        ).matrix(workplaceID: workplace.id, organisationID: organisation.requireID())
        try await request.audit(
            .init(
                action: .staffRecordsViewed, subjectKind: "workplace", subjectID: workplaceReference,
                organisationID: organisation.id, reason: "training compliance of \(workers.count) staff"))
        return TrainingCompliancePage.Model(
            providerReference: organisation.reference, providerName: organisation.name,
            workplaceReference: workplaceReference, workplaceName: workplace.name, matrix: matrix, workers: workers,
            groups: app.requiredTraining.groups,
            titles: Dictionary(
                app.trainingCatalogue.items.map { ($0.code, $0.title) }, uniquingKeysWith: { first, _ in first }),
            isDemo: request.isDemo)
    }
}

extension APIv1 {
    /// A workplace's training compliance in the API.
    struct TrainingCompliance: Content, Equatable {
        struct Item: Content, Equatable {
            var code: String
            var current: Int
            var expiringSoon: Int
            var expired: Int
            var missing: Int
        }

        struct Group: Content, Equatable {
            var roleGroup: String
            var workers: Int
            var items: [Item]
        }

        struct Worker: Content, Equatable {
            var uniqueWorkerID: String
            /// Catalogue code → `current`, `expiring_soon`, `expired` or `missing`.
            var training: [String: String]
        }

        var provider: String
        var workplace: String
        var groups: [Group]
        var workers: [Worker]

        init(_ model: TrainingCompliancePage.Model) {
            provider = model.providerReference
            workplace = model.workplaceReference
            groups = model.matrix.rows.map { row in
                Group(
                    roleGroup: row.roleGroup, workers: row.workers,
                    items: row.cells.map {
                        Item(
                            code: $0.code, current: $0.cell.current, expiringSoon: $0.cell.expiringSoon,
                            expired: $0.cell.expired, missing: $0.cell.missing)
                    })
            }
            workers = model.workers.map { worker in
                Worker(
                    uniqueWorkerID: worker.reference,
                    training: (model.matrix.states[worker.id.uuidString] ?? [:]).mapValues { $0?.rawValue ?? "missing" }
                )
            }
        }
    }
}
