import Foundation

/// The training catalogue as data: read from the CSV text the application loads at start-up.
public enum TrainingCatalogue {
    static let header = ["code", "title", "framework", "level", "refresh_months", "confidence", "source", "notes"]

    /// Parses the catalogue CSV (RFC 4180: commas, double-quoted fields with `""` escapes, CRLF or LF).
    public static func parse(csv text: String) throws(CatalogueError) -> [CatalogueItem] {
        let rows = try CSV.rows(text)
        guard let first = rows.first, first.fields == header else { throw .unexpectedHeader }
        var items: [CatalogueItem] = []
        var codes = Set<String>()
        for row in rows.dropFirst() where row.fields != [""] {
            let fields = row.fields
            guard fields.count == header.count else {
                throw .invalidRow(line: row.line, "expected \(header.count) fields, found \(fields.count)")
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .invalidRow(line: row.line, "code and title are required")
            }
            guard let confidence = CatalogueItem.Confidence(rawValue: fields[5]) else {
                throw .invalidRow(line: row.line, "unknown confidence \"\(fields[5])\"")
            }
            var refresh: Int?
            if !fields[4].isEmpty {
                guard let months = Int(fields[4]), (1...1_200).contains(months) else {
                    throw .invalidRow(line: row.line, "refresh_months must be a whole number from 1 to 1200, or blank")
                }
                refresh = months
            }
            guard codes.insert(fields[0]).inserted else { throw .duplicateCode(fields[0]) }
            let sources = fields[6].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            items.append(
                CatalogueItem(
                    code: fields[0], title: fields[1], framework: fields[2], level: fields[3], refreshMonths: refresh,
                    confidence: confidence, sources: sources, notes: fields[7]))
        }
        return items
    }
}

/// A minimal RFC 4180 reader.
private enum CSV {
    struct Row {
        let line: Int
        let fields: [String]
    }

    static func rows(_ text: String) throws(CatalogueError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var characters = text.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if inQuotes {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\n", "\r\n":
                fields.append(field)
                rows.append(Row(line: rowLine, fields: fields))
                fields = []
                field = ""
                line += 1
                rowLine = line
            default: field.append(character)
            }
        }
        guard !inQuotes else { throw .unterminatedQuote(line: rowLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }
}
