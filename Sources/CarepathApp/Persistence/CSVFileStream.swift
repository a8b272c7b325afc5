import CarepathCore
import CompressNIO
import Foundation
import NIOCore

/// Reads a CSV file, plain or gzip-compressed, in chunks, so memory stays flat however big it is.
struct CSVFileStream {
    private let handle: FileHandle
    private let decompressor: ZlibDecompressor?
    private var reader = CSVReader()
    private var output = ByteBuffer()
    private var finished = false
    /// The file's name, for error messages.
    let fileName: String

    private static let chunkSize = 256 * 1024

    init(url: URL) throws {
        fileName = url.lastPathComponent
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ReferenceDataLoadError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        decompressor = url.pathExtension == "gz" ? try ZlibDecompressor(algorithm: .gzip) : nil
        output.reserveCapacity(4 * Self.chunkSize)
    }

    /// Reads the next chunk and passes each complete record to `emit`.
    /// - Returns: `false` once the file is exhausted and its last record emitted.
    mutating func readChunk(_ emit: (CSVRecord) throws -> Void) throws -> Bool {
        guard !finished else { return false }
        let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
        if data.isEmpty {
            finished = true
            try handle.close()
            try reader.finish(emit)
            return false
        }
        guard let decompressor else {
            try data.withUnsafeBytes { try reader.consume($0, emit) }
            return true
        }
        var input = ByteBuffer(data: data)
        while input.readableBytes > 0 {
            output.clear()
            let before = input.readableBytes
            do {
                try decompressor.inflate(from: &input, to: &output)
            } catch let error as CompressNIOError where error == .bufferOverflow || error == .inputBufferOverflow {
                // The output window filled, or the input ran out mid-block: both just mean "carry on".
            } catch {
                throw ReferenceDataLoadError.unreadable(file: fileName, reason: "not valid gzip data (\(error))")
            }
            try output.withUnsafeReadableBytes { try reader.consume($0, emit) }
            if input.readableBytes == before && output.readableBytes == 0 { break }
        }
        return true
    }
}
