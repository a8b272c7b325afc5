import Vapor

/// Registers uploading returns on the web and through the API. Upload bodies may be up to
/// ``PendingUploads/maximumBytes``.
func returnRoutes(_ app: Application) throws {
    typealias Segment = ReturnURL.Segment
    let maximum = ByteCount(value: PendingUploads.maximumBytes)
    let web = ReturnUploadController()
    let returns = app.grouped(
        .constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference), .constant(Segment.returns))
    returns.get(.constant(Segment.new), use: web.form)
    returns.on(.POST, body: .collect(maxSize: maximum), use: web.upload)
    let upload = returns.grouped(.constant(Segment.uploads), .parameter(Segment.upload))
    upload.get(use: web.pending)
    upload.get(.constant(Segment.findings), use: web.findingsCSV)
    upload.post(.constant(Segment.complete), use: web.complete)

    app.get(
        .constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference),
        .constant(AccountURL.Segment.workplaces), .parameter(AccountURL.Segment.workplace), .constant(Segment.export),
        .parameter(Segment.file), use: WorkplaceExportController().file)

    let api = ReturnAPIController()
    let v1 = app.grouped(SiteURL.Segment.api.map { PathComponent.constant($0) }).grouped(.constant(Segment.returns))
    v1.on(.POST, body: .collect(maxSize: maximum), use: api.upload)
    v1.post(.parameter(Segment.upload), .constant(Segment.complete), use: api.complete)
}
