/// A reference data file could not be loaded. Nothing from it is kept: loading is one transaction.
enum ReferenceDataLoadError: Error, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformed(file: String, detail: String)

    var description: String {
        switch self {
        case .unreadable(let file, let reason): return "cannot read reference data file \(file): \(reason)"
        case .malformed(let file, let detail): return "\(file): \(detail)"
        }
    }
}
