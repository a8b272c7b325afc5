import ASCWDS
import CarepathCore
import Foundation
import Testing

/// The shared specification folder (`../shared/specs` beside the project), read by tests only.
enum SpecFiles {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/specs")

    static func bytes(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
        let url = directory.appendingPathComponent(relativePath)
        let data = try #require(
            FileManager.default.contents(atPath: url.path), "spec file missing: \(url.path)",
            sourceLocation: sourceLocation)
        return Array(data)
    }

    static func codeLists() throws -> CodeLists {
        var files: [String: [UInt8]] = [:]
        for name in CodeLists.fileNames {
            files[name] = try bytes("ascwds-codes/\(name)")
        }
        return try CodeLists(files: files)
    }

    /// Reads a whole file through ``UploadFileReader``, `chunkSize` bytes at a time.
    static func rows(
        _ bytes: [UInt8], fileName: String = "upload.csv", chunkSize: Int = 4096
    ) throws -> (
        header: FileHeader?, rows: [UploadRow]
    ) {
        var reader = UploadFileReader(fileName: fileName)
        var rows: [UploadRow] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + chunkSize, bytes.count)
            try reader.consume(bytes[start..<end]) { rows.append($0) }
            start = end
        }
        try reader.finish { rows.append($0) }
        return (reader.header, rows)
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
}
