import CarepathCore
import Foundation
import Vapor

/// The upload form (multipart): the three files and the date the return describes.
struct ReturnUploadForm: Content, Sendable {
    var workplace: File?
    var staff: File?
    var training: File?
    var asOf: String?
    /// The provider's reference; the API names it here, the web in the path.
    var provider: String?

    enum CodingKeys: String, CodingKey {
        case workplace, staff, training, provider
        case asOf = "as-of"
    }

    /// The files and the date, or each field's problem.
    func parsed(today: CalendarDate) -> Result<(PendingUploads.Files, CalendarDate), FieldErrors> {
        var errors: [Components.FieldError] = []
        let workplace = Self.file(workplace)
        let staff = Self.file(staff)
        if workplace == nil { errors.append(.init(fieldID: "workplace", message: "Choose the Workplace file")) }
        if staff == nil { errors.append(.init(fieldID: "staff", message: "Choose the Staff file")) }
        let asOf = (asOf ?? "").isEmpty ? today : CalendarDate(iso: asOf ?? "")
        if asOf == nil || asOf! > today {
            errors.append(
                .init(fieldID: "as-of", message: "Enter the date the return describes as YYYY-MM-DD, not after today"))
        }
        guard errors.isEmpty, let workplace, let staff, let asOf else { return .failure(FieldErrors(errors: errors)) }
        return .success((PendingUploads.Files(workplace: workplace, staff: staff, training: Self.file(training)), asOf))
    }

    /// The form field a file error belongs to, by the file's name.
    static func field(for fileName: String, in files: PendingUploads.Files) -> String {
        if fileName == files.staff.name { return "staff" }
        if fileName == files.training?.name { return "training" }
        return "workplace"
    }

    /// A chosen file; a browser sends an empty, unnamed part for a file input left empty.
    private static func file(_ file: File?) -> PendingUploads.File? {
        guard let file, !(file.filename.isEmpty && file.data.readableBytes == 0) else { return nil }
        return PendingUploads.File(
            name: file.filename.isEmpty ? "upload.csv" : file.filename, data: Data(buffer: file.data))
    }
}
