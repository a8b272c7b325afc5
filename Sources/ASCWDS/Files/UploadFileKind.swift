/// The three ASC-WDS bulk-upload files. A file's kind comes from its header, never its name.
public enum UploadFileKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case workplace
    case staff
    case training

    /// The name used in reports and messages: "Workplace", "Staff", "Training".
    public var title: String {
        switch self {
        case .workplace: return "Workplace"
        case .staff: return "Staff"
        case .training: return "Training"
        }
    }

    public static func < (lhs: UploadFileKind, rhs: UploadFileKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
