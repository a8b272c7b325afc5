import ASCWDS
import Foundation

/// Reads an uploaded file from disk in chunks through ``UploadFileReader``, handing back the rows
/// of each chunk, so the caller can write them before reading on.
struct UploadFileStream {
    private let handle: FileHandle
    private var reader: UploadFileReader
    private var finished = false

    private static let chunkSize = 1 << 20

    init(url: URL) throws {
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw UploadFileError(
                fileName: url.lastPathComponent, line: nil, problem: "cannot be read: \(error.localizedDescription)")
        }
        reader = UploadFileReader(fileName: url.lastPathComponent)
    }

    /// The file's header, once the first chunk has been read.
    var header: FileHeader? { reader.header }

    /// The rows of the next chunk; `nil` once the file is exhausted.
    mutating func nextRows() throws -> [UploadRow]? {
        guard !finished else { return nil }
        var rows: [UploadRow] = []
        let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
        if data.isEmpty {
            finished = true
            try? handle.close()
            try reader.finish { rows.append($0) }
        } else {
            try data.withUnsafeBytes { bytes in try reader.consume(bytes) { rows.append($0) } }
        }
        return rows
    }

    /// Reads a whole (small) file, such as the Workplace file.
    static func allRows(of url: URL) throws -> (header: FileHeader?, rows: [UploadRow]) {
        var stream = try UploadFileStream(url: url)
        var rows: [UploadRow] = []
        while let chunk = try stream.nextRows() { rows += chunk }
        return (stream.header, rows)
    }
}
