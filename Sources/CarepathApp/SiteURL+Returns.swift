import ASCWDS
import Foundation

/// The addresses of uploading a return on the web and through the API.
enum ReturnURL: Equatable, Sendable {
    case new(String)
    case upload(String)
    case pending(provider: String, upload: UUID)
    case findings(provider: String, upload: UUID)
    case complete(provider: String, upload: UUID)
    /// One of a workplace's three ASC-WDS files.
    case export(provider: String, workplace: String, file: UploadFileKind)
    case apiUpload
    case apiComplete(UUID)

    enum Segment {
        static let returns = "returns"
        static let new = "new"
        static let uploads = "uploads"
        static let upload = "upload"
        static let findings = "findings.csv"
        static let complete = "complete"
        static let export = "export"
        static let file = "file"

        /// The last path segment of an export: `staff.csv`.
        static func exportFile(_ kind: UploadFileKind) -> String { "\(kind.rawValue).csv" }
    }

    var path: String {
        switch self {
        case .new(let provider): return Self.returns(provider) + "/\(Segment.new)"
        case .upload(let provider): return Self.returns(provider)
        case .pending(let provider, let upload):
            return Self.returns(provider) + "/\(Segment.uploads)/\(upload.uuidString)"
        case .findings(let provider, let upload):
            return ReturnURL.pending(provider: provider, upload: upload).path + "/\(Segment.findings)"
        case .complete(let provider, let upload):
            return ReturnURL.pending(provider: provider, upload: upload).path + "/\(Segment.complete)"
        case .export(let provider, let workplace, let file):
            return
                "\(SiteURL.provider(provider).path)/\(AccountURL.Segment.workplaces)/\(AccountURL.escape(workplace))/"
                + "\(Segment.export)/\(Segment.exportFile(file))"
        case .apiUpload: return "/api/v1/\(Segment.returns)"
        case .apiComplete(let upload): return "/api/v1/\(Segment.returns)/\(upload.uuidString)/\(Segment.complete)"
        }
    }

    private static func returns(_ provider: String) -> String {
        "\(SiteURL.provider(provider).path)/\(Segment.returns)"
    }
}
