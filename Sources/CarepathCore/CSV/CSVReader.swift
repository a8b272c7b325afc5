/// A streaming reader for comma-separated values as defined by RFC 4180.
///
/// Feed it bytes in chunks of any size with `consume(_:_:)`
/// and call ``finish(_:)`` at the end of the document; each complete record is
/// handed to a closure as soon as it has been read, so a file of any length is
/// read in constant memory. Chunks may split the input anywhere, including
/// inside a line break, a `""` escape or a multi-byte character.
///
/// The reader accepts:
/// - UTF-8 text, with or without a byte order mark at the very start (skipped);
/// - records ending in CRLF, LF or a lone CR, and a last record with no line end;
/// - quoted fields holding commas, line breaks and quotes written as `""`.
///   Line breaks inside quotes are kept exactly as written.
///
/// It is strict about quotes, because a stray quote usually means a field was
/// cut or mangled and guessing would silently shift data between columns: a `"`
/// inside an unquoted field, or anything other than a comma or line end after a
/// closing quote, is a ``CSVError``. So is invalid UTF-8.
///
/// A completely empty line produces no record (spreadsheets often leave one at
/// the end). A line holding only `""` or only spaces is a record with one field.
/// Records may have different numbers of fields; checking that is the caller's job.
///
/// Once the reader has thrown a ``CSVError`` it throws the same error on every later
/// call. If `emit` throws, the rest of that chunk is not read and the reader should
/// be discarded. After ``finish(_:)`` succeeds the reader is ready for a new document.
public struct CSVReader: Sendable {
    enum State: UInt8, Sendable {
        /// At the start of a field, which may also be the start of a record.
        case fieldStart
        /// Inside a field that did not begin with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: either the closing quote or
        /// the first half of a `""` escape, depending on the next byte.
        case quoteInQuoted
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    var state = State.fieldStart
    var fields: [String] = []
    /// Bytes of the current field that could not be decoded straight from the
    /// chunk: the part read from earlier chunks, or any field with `""` in it.
    var pending: [UInt8] = []
    var line = 1
    var recordLine = 1
    var fieldLine = 1
    /// The previous chunk ended with a CR, so an LF at the start of this one
    /// belongs to the same line break.
    var endedWithCR = false
    /// How many byte order mark bytes have matched at the start of the document,
    /// or nil once the start is behind us.
    var byteOrderMarkMatched: Int? = 0
    /// Characters of the current line that were in earlier chunks, for columns.
    var columnBase = 0
    var failure: CSVError?

    // Positions within the chunk being read.
    var lineStart = 0
    var runStart = 0

    /// A reader at the start of a document.
    public init() {}

    /// Reads the next chunk of the document, calling `emit` for each record it completes.
    /// - Throws: ``CSVError`` for malformed input, or whatever `emit` throws.
    public mutating func consume(_ bytes: some Collection<UInt8>, _ emit: (CSVRecord) throws -> Void) throws {
        let done: Void? = try bytes.withContiguousStorageIfAvailable { try consumeBuffer($0, emit) }
        if done == nil {
            try Array(bytes).withUnsafeBufferPointer { try consumeBuffer($0, emit) }
        }
    }

    /// Reads the next chunk of the document from raw memory, such as a `Data` or
    /// `ByteBuffer` view, calling `emit` for each record it completes.
    /// - Throws: ``CSVError`` for malformed input, or whatever `emit` throws.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer, _ emit: (CSVRecord) throws -> Void) throws {
        try bytes.withMemoryRebound(to: UInt8.self) { try consumeBuffer($0, emit) }
    }

    /// Ends the document, emitting a last record that had no line break after it.
    /// - Throws: ``CSVError`` if a quoted field is still open (naming the line it
    ///   started on) or the last field is not valid UTF-8, or whatever `emit` throws.
    public mutating func finish(_ emit: (CSVRecord) throws -> Void) throws {
        if let failure { throw failure }
        if let matched = byteOrderMarkMatched, matched > 0 {
            // The document was only the first bytes of a byte order mark: they are data.
            byteOrderMarkMatched = nil
            try Self.byteOrderMark[0..<matched].withUnsafeBufferPointer { try read($0, emit) }
        }
        switch state {
        case .quoted:
            throw fail(CSVError(line: fieldLine, field: fields.count + 1, rule: .unterminatedQuote))
        case .unquoted, .quoteInQuoted:
            try finishField(Self.emptyRun)
            try emitRecord(emit)
        case .fieldStart:
            if !fields.isEmpty {
                fields.append("")
                try emitRecord(emit)
            }
        }
        self = CSVReader()
    }

    /// Reads a whole document held in memory.
    /// - Throws: ``CSVError`` for malformed input.
    public static func records(in bytes: some Collection<UInt8>) throws -> [CSVRecord] {
        var reader = CSVReader()
        var records: [CSVRecord] = []
        try reader.consume(bytes) { records.append($0) }
        try reader.finish { records.append($0) }
        return records
    }

    private mutating func consumeBuffer(
        _ buffer: UnsafeBufferPointer<UInt8>, _ emit: (CSVRecord) throws -> Void
    ) throws {
        if let failure { throw failure }
        var rest = buffer[...]
        if let matched = byteOrderMarkMatched {
            var count = matched
            while count < 3, let byte = rest.first, byte == Self.byteOrderMark[count] {
                count += 1
                rest = rest.dropFirst()
            }
            if count < 3 && rest.isEmpty {
                byteOrderMarkMatched = count
                return
            }
            byteOrderMarkMatched = nil
            if count < 3 && count > 0 {
                // A partial mark followed by something else was never a mark.
                try Self.byteOrderMark[0..<count].withUnsafeBufferPointer { try read($0, emit) }
            }
        }
        try read(UnsafeBufferPointer(rebasing: rest), emit)
    }

    static var emptyRun: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    mutating func fail(_ error: CSVError) -> CSVError {
        failure = error
        return error
    }
}
