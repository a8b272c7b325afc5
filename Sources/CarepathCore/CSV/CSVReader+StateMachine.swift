// The byte-level state machine behind CSVReader, apart from its public interface.
extension CSVReader {
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// The state machine over one chunk with no byte order mark in it.
    mutating func read(_ buffer: UnsafeBufferPointer<UInt8>, _ emit: (CSVRecord) throws -> Void) throws {
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
    mutating func finishField(_ run: UnsafeBufferPointer<UInt8>) throws {
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

    mutating func emitRecord(_ emit: (CSVRecord) throws -> Void) throws {
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
