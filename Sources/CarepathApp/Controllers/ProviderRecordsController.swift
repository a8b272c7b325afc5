import Fluent
import Identity
import Vapor

/// A provider's own records: staff lists and the audit log, each behind the access policy and
/// each view recorded.
struct ProviderRecordsController: Sendable {
    /// `GET /providers/{reference}/workplaces/{workplace}/staff`.
    func staff(_ request: Request) async throws -> Response {
        let found = try await staffRecords(request)
        let codes = request.application.ascwdsCodes
        let model = StaffRecordsPage.Model(
            providerReference: found.organisation.reference, providerName: found.organisation.name,
            workplaceReference: found.workplace.reference, workplaceName: found.workplace.name, staff: found.staff,
            jobRoleNames: codes.labels(.jobRoles), employmentStatusNames: codes.labels(.employmentStatus),
            isDemo: request.isDemo)
        return HTMLResponse.page(StaffRecordsPage.render(model), for: request)
    }

    /// `GET /api/v1/providers/{reference}/workplaces/{workplace}/staff`.
    func apiStaff(_ request: Request) async throws -> APIv1.StaffList {
        let found = try await staffRecords(request)
        return APIv1.StaffList(
            provider: found.organisation.reference, workplace: found.workplace.reference,
            staff: found.staff)
    }

    /// `GET /providers/{reference}/audit`.
    func audit(_ request: Request) async throws -> Response {
        let (organisation, rows) = try await auditRows(request)
        return HTMLResponse.page(
            ProviderAuditPage.render(
                reference: organisation.reference, name: organisation.name, rows: rows, isDemo: request.isDemo),
            for: request)
    }

    /// `GET /api/v1/providers/{reference}/audit`.
    func apiAudit(_ request: Request) async throws -> APIv1.AuditLog {
        let (organisation, rows) = try await auditRows(request)
        return APIv1.AuditLog(provider: organisation.reference, entries: rows)
    }

    private func staffRecords(
        _ request: Request
    ) async throws
        -> (organisation: OrganisationEntity, workplace: (reference: String, name: String), staff: [StaffRecordRow])
    {
        let workplace = try await request.staffWorkplace()
        let staff = try await StaffRecordsRepository(database: request.db).currentStaff(workplaceID: workplace.id)
        try await request.audit(
            .init(
                action: .staffRecordsViewed, subjectKind: "workplace", subjectID: workplace.reference,
                organisationID: workplace.organisation.id, reason: "\(staff.count) staff records listed"))
        return (workplace.organisation, (workplace.reference, workplace.name), staff)
    }

    private func auditRows(_ request: Request) async throws -> (OrganisationEntity, [AuditRow]) {
        let reference = request.parameters.get(SiteURL.Segment.reference) ?? ""
        let organisation = try await request.access.provider(reference, for: .viewAuditLog)
        let rows = try await AuditQueries(database: request.db).rows(organisationID: organisation.id!, limit: 200)
        try await request.audit(
            .init(
                action: .auditLogViewed, subjectKind: "organisation", subjectID: reference,
                organisationID: organisation.id))
        return (organisation, rows)
    }
}

extension APIv1 {
    /// A workplace's staff records in the API.
    struct StaffList: Content, Equatable {
        var provider: String
        var workplace: String
        var staff: [StaffRecordRow]
    }

    /// A provider's audit log in the API.
    struct AuditLog: Content, Equatable {
        var provider: String
        var entries: [AuditRow]
    }
}
