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

extension CodeLists {
    /// Each whole-number code of `list` with its label, for pages.
    func labels(_ list: List) -> [Int: String] {
        let table = self[list]
        return Dictionary(
            uniqueKeysWithValues: table.codes.compactMap { code in
                Int(code).map { ($0, table.attribute("label", of: code) ?? code) }
            })
    }
}
