import CarepathCore

/// A file that cannot be read at all: nothing in it is validated or stored.
public struct UploadFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as uploaded.
    public var fileName: String
    /// The line of the problem, when it has one.
    public var line: Int?
    public var problem: String

    public init(fileName: String, line: Int?, problem: String) {
        self.fileName = fileName
        self.line = line
        self.problem = problem
    }

    public var description: String {
        "\(fileName)\(line.map { " line \($0)" } ?? ""): \(problem)"
    }
}

/// Streams one uploaded file: recognises its header, then hands over each data row.
///
/// Memory stays flat: only the row being read is held.
public struct UploadFileReader: Sendable {
    public let fileName: String
    /// Files larger than this are refused before they are read through.
    public let maximumBytes: Int
    /// The recognised header, once the first line has been read.
    public private(set) var header: FileHeader?
    /// Bytes consumed so far.
    public private(set) var byteCount = 0
    /// Data rows handed over so far.
    public private(set) var rowCount = 0
    private var reader = CSVReader()
    private var failure: UploadFileError?

    /// 200 MB: ten times ASC-WDS's 20 MB limit, and far above any real provider's file.
    public static let defaultMaximumBytes = 200_000_000

    public init(fileName: String, maximumBytes: Int = UploadFileReader.defaultMaximumBytes) {
        self.fileName = fileName
        self.maximumBytes = maximumBytes
    }

    /// Reads a chunk of the file, calling `emit` for each complete data row.
    /// - Throws: ``UploadFileError`` for a file that is too large, not UTF-8, badly quoted, or whose
    ///   header is not recognised; the caller must then discard everything from this upload.
    public mutating func consume(_ bytes: some Collection<UInt8>, _ emit: (UploadRow) throws -> Void) throws {
        if let failure { throw failure }
        byteCount += bytes.count
        guard byteCount <= maximumBytes else {
            throw fail(nil, "the file is larger than \(maximumBytes / 1_000_000) MB; split the upload by workplace")
        }
        // The CSV reader is moved out while it runs, because each record it emits updates `self`.
        var csv = reader
        defer { reader = csv }
        do {
            try csv.consume(bytes) { record in try handle(record, emit) }
        } catch let error as CSVError {
            throw fail(error.line, error.rule.description)
        }
    }

    /// Reads the end of the file.
    /// - Throws: ``UploadFileError`` for an empty file or an unterminated quoted cell.
    public mutating func finish(_ emit: (UploadRow) throws -> Void) throws {
        if let failure { throw failure }
        var csv = reader
        defer { reader = csv }
        do {
            try csv.finish { record in try handle(record, emit) }
        } catch let error as CSVError {
            throw fail(error.line, error.rule.description)
        }
        guard header != nil else { throw fail(nil, "the file is empty: it has no header line") }
    }

    private mutating func handle(_ record: CSVRecord, _ emit: (UploadRow) throws -> Void) throws {
        let cells = record.fields.map(Cells.trimmed)
        guard let header else {
            switch HeaderRecognition.recognise(cells) {
            case .success(let recognised): header = recognised
            case .failure(let problem): throw fail(record.line, problem.description)
            }
            return
        }
        rowCount += 1
        try emit(UploadRow(line: record.line, cells: cells, header: header))
    }

    private mutating func fail(_ line: Int?, _ problem: String) -> UploadFileError {
        let error = UploadFileError(fileName: fileName, line: line, problem: problem)
        failure = error
        return error
    }
}
