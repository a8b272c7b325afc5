import ASCWDS
import Foundation

/// The ASC-WDS code lists bundled with the app (`Resources/ASCWDSCodes`, copied from the spec).
enum ASCWDSCodeLists {
    static var directory: URL { Bundle.module.resourceURL!.appendingPathComponent("ASCWDSCodes", isDirectory: true) }

    /// Reads every list. A missing or malformed list is a packaging error, reported by name.
    static func load(from directory: URL = directory) throws -> CodeLists {
        var files: [String: [UInt8]] = [:]
        for name in CodeLists.fileNames {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) {
                files[name] = Array(data)
            }
        }
        return try CodeLists(files: files)
    }
}
