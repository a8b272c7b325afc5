import ASCWDS
import Vapor

/// `GET /providers/{reference}/workplaces/{workplace}/export/{workplace|staff|training}.csv`: one
/// of the workplace's current ASC-WDS files, for people who may see its staff records. Rows are
/// `UNCHECKED`, as in ASC-WDS's own downloads, so sending the files back unedited changes none of
/// these records.
struct WorkplaceExportController: Sendable {
    func file(_ request: Request) async throws -> Response {
        let name = request.parameters.get(ReturnURL.Segment.file) ?? ""
        guard let kind = UploadFileKind.allCases.first(where: { ReturnURL.Segment.exportFile($0) == name }) else {
            throw CarepathError.recordNotFound(kind: "export file", id: name)
        }
        let workplace = try await request.staffWorkplace()
        let state = try await CurrentReturnState.load(
            organisationReference: workplace.organisation.reference, workplaceReference: workplace.reference,
            on: request.db)
        let text = try state.text(of: kind, status: .unchecked)
        try await request.audit(
            .init(
                action: .recordsExported, subjectKind: "workplace", subjectID: workplace.reference,
                organisationID: workplace.organisation.id,
                reason: "\(kind.title) file: \(state.staff.count) staff, \(state.training.count) training records"))
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        let fileName = ASCWDSExporter.fileName(for: kind, on: ImportClock.today(request.application.now))
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
