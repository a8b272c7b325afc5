/// A streaming reader for comma-separated values as defined by RFC 4180.
///
/// Feed it bytes in chunks of any size with ``consume(_:_:)-(UnsafeRawBufferPointer,_)``
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
    private enum State: UInt8, Sendable {
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

    private var state = State.fieldStart
    private var fields: [String] = []
    /// Bytes of the current field that could not be decoded straight from the
    /// chunk: the part read from earlier chunks, or any field with `""` in it.
    private var pending: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var fieldLine = 1
    /// The previous chunk ended with a CR, so an LF at the start of this one
    /// belongs to the same line break.
    private var endedWithCR = false
    /// How many byte order mark bytes have matched at the start of the document,
    /// or nil once the start is behind us.
    private var byteOrderMarkMatched: Int? = 0
    /// Characters of the current line that were in earlier chunks, for columns.
    private var columnBase = 0
    private var failure: CSVError?

    // Positions within the chunk being read.
    private var lineStart = 0
    private var runStart = 0

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

    private static var emptyRun: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    private mutating func fail(_ error: CSVError) -> CSVError {
        failure = error
        return error
    }
}

extension CSVReader {
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// The state machine over one chunk with no byte order mark in it.
    private mutating func read(_ buffer: UnsafeBufferPointer<UInt8>, _ emit: (CSVRecord) throws -> Void) throws {
        let end = buffer.count
        var index = 0
        lineStart = 0
        runStart = 0
        if endedWithCR, end > 0 {
            endedWithCR = false
            if buffer[0] == Self.lf {
                // The LF of a CRLF split across chunks: the line was counted at the CR.
                // Inside quotes it is field text, which the run starting at 0 keeps.
                index = 1
                lineStart = 1
            }
        }

        while index < end {
            switch state {
            case .fieldStart:
                let byte = buffer[index]
                if byte == Self.quote {
                    state = .quoted
                    fieldLine = line
                    index += 1
                    runStart = index
                } else if byte == Self.comma {
                    fields.append("")
                    index += 1
                } else if byte == Self.lf || byte == Self.cr {
                    if fields.isEmpty {
                        // A completely empty line: no record, but the next one starts later.
                        index = lineBreak(at: index, in: buffer)
                        recordLine = line
                    } else {
                        fields.append("")
                        index = lineBreak(at: index, in: buffer)
                        try emitRecord(emit)
                    }
                } else {
                    state = .unquoted
                    fieldLine = line
                    runStart = index
                }

            case .unquoted:
                while index < end {
                    let byte = buffer[index]
                    if byte == Self.comma || byte == Self.quote || byte == Self.lf || byte == Self.cr { break }
                    index += 1
                }
                guard index < end else { break }
                let byte = buffer[index]
                if byte == Self.quote {
                    throw fail(
                        CSVError(
                            line: line, column: column(at: index, in: buffer), field: fields.count + 1,
                            rule: .quoteInUnquotedField))
                }
                try finishField(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                state = .fieldStart
                if byte == Self.comma {
                    index += 1
                } else {
                    index = lineBreak(at: index, in: buffer)
                    try emitRecord(emit)
                }

            case .quoted:
                while index < end {
                    let byte = buffer[index]
                    if byte == Self.quote || byte == Self.lf || byte == Self.cr { break }
                    index += 1
                }
                guard index < end else { break }
                if buffer[index] == Self.quote {
                    pending.append(contentsOf: buffer[runStart..<index])
                    state = .quoteInQuoted
                    index += 1
                } else {
                    index = lineBreak(at: index, in: buffer)
                }

            case .quoteInQuoted:
                let byte = buffer[index]
                if byte == Self.quote {
                    pending.append(Self.quote)
                    state = .quoted
                    index += 1
                    runStart = index
                } else if byte == Self.comma || byte == Self.lf || byte == Self.cr {
                    try finishField(Self.emptyRun)
                    state = .fieldStart
                    if byte == Self.comma {
                        index += 1
                    } else {
                        index = lineBreak(at: index, in: buffer)
                        try emitRecord(emit)
                    }
                } else {
                    throw fail(
                        CSVError(
                            line: line, column: column(at: index, in: buffer), field: fields.count + 1,
                            rule: .textAfterClosingQuote))
                }
            }
        }

        // Carry the unfinished field and the line's width over to the next chunk.
        if state == .unquoted || state == .quoted {
            pending.append(contentsOf: buffer[runStart..<end])
        }
        columnBase += Self.characterCount(buffer[lineStart..<end])
    }

    /// Counts the line break at `index` (CRLF, LF or CR) and returns the index after it.
    private mutating func lineBreak(at index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var next = index + 1
        if buffer[index] == Self.cr {
            if next == buffer.count {
                endedWithCR = true
            } else if buffer[next] == Self.lf {
                next += 1
            }
        }
        line += 1
        lineStart = next
        columnBase = 0
        return next
    }

    /// Ends the current field with the pending bytes followed by `run`.
    private mutating func finishField(_ run: UnsafeBufferPointer<UInt8>) throws {
        let value: String?
        if pending.isEmpty {
            value = Self.decode(run)
        } else {
            pending.append(contentsOf: run)
            value = pending.withUnsafeBufferPointer { Self.decode($0) }
            pending.removeAll(keepingCapacity: true)
        }
        guard let value else {
            throw fail(CSVError(line: fieldLine, field: fields.count + 1, rule: .invalidUTF8))
        }
        fields.append(value)
    }

    private mutating func emitRecord(_ emit: (CSVRecord) throws -> Void) throws {
        let record = CSVRecord(fields: fields, line: recordLine)
        // The emitted record keeps the old storage; keep the capacity for the next.
        fields.removeAll(keepingCapacity: true)
        recordLine = line
        try emit(record)
    }

    /// The bytes as a string, or nil if they are not valid UTF-8.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let string = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces invalid sequences, so valid input is exactly what comes back.
        if bytes.allSatisfy({ $0 < 0x80 }) || string.utf8.elementsEqual(bytes) { return string }
        return nil
    }

    /// The 1-based character position on the current line of the byte at `index`.
    private func column(at index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        columnBase + Self.characterCount(buffer[lineStart..<index]) + 1
    }

    /// Unicode scalars in some UTF-8 bytes: every byte that is not a continuation byte.
    private static func characterCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
