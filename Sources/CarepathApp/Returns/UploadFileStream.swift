import ASCWDS
import Foundation

/// Reads an uploaded file from disk in chunks through ``UploadFileReader``, handing back the rows
/// of each chunk, so the caller can write them before reading on.
struct UploadFileStream {
    private let handle: FileHandle
    private var reader: UploadFileReader
    private var finished = false

    private static let chunkSize = 1 << 20

    init(url: URL, maximumBytes: Int = UploadFileReader.defaultMaximumBytes) throws {
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw UploadFileError(
                fileName: url.lastPathComponent, line: nil, problem: "cannot be read: \(error.localizedDescription)")
        }
        reader = UploadFileReader(fileName: url.lastPathComponent, maximumBytes: maximumBytes)
        // A file on disk has a known size: refuse it now rather than after reading the allowed part.
        if let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size > maximumBytes {
            try? handle.close()
            throw UploadFileError(
                fileName: url.lastPathComponent, line: nil,
                problem: "the file is larger than \(maximumBytes / 1_000_000) MB; split the upload by workplace")
        }
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
    static func allRows(
        of url: URL, maximumBytes: Int = UploadFileReader.defaultMaximumBytes
    ) throws -> (
        header: FileHeader?, rows: [UploadRow]
    ) {
        var stream = try UploadFileStream(url: url, maximumBytes: maximumBytes)
        var rows: [UploadRow] = []
        while let chunk = try stream.nextRows() { rows += chunk }
        return (stream.header, rows)
    }
}
