import CarepathCore

/// Writes values in ASC-WDS's cell conventions (spec 2.5, 9), the inverse of the readers the row
/// validators use. Kept in its own namespace so it cannot clash with helpers other folders add.
enum ExportCells {
    /// One cell, quoted only when it holds a comma, a double quote, a tab or a line break (spec 9).
    ///
    /// ``CSVWriter/field(_:)`` compares `Character`s, and Swift reads CRLF as one `Character` equal
    /// to neither `"\r"` nor `"\n"`, so it leaves a cell with a CRLF inside unquoted, which would
    /// split the row. Line breaks are therefore checked here scalar by scalar.
    static func field(_ text: String) -> String {
        let hasLineBreak = text.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }
        let written = CSVWriter.field(text)
        guard hasLineBreak, written == text else { return written }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// A whole number, or blank when not supplied.
    static func number(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }

    /// A `;` list, written without spaces (spec 2.5).
    static func list(_ items: [String]) -> String {
        items.joined(separator: ";")
    }

    /// A whole-number `;` list.
    static func list(_ numbers: [Int]) -> String {
        list(numbers.map(String.init))
    }

    /// A free-text item of a positional `;` list. A `;` inside it would split it into two items
    /// and misalign every later one (an error on re-import), so it is written as a comma.
    static func listItem(_ text: String?) -> String {
        (text ?? "").replacing(";", with: ",")
    }

    /// A date as `DD/MM/YYYY` (spec 2.5).
    static func date(_ date: CalendarDate?) -> String {
        date?.ukFormat ?? ""
    }

    /// Pence as pounds with exactly two decimals, as money is written: 1144 → `11.44`,
    /// 1050 → `10.50`, 1100 → `11.00`.
    static func pounds(pence: Int?) -> String {
        guard let pence else { return "" }
        let sign = pence < 0 ? "-" : ""
        let magnitude = pence.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Hundredths of a percent as a percentage without trailing zeros, as providers write it:
    /// 450 → `4.5`, 455 → `4.55`, 500 → `5`.
    static func percentage(basisPoints: Int?) -> String {
        var text = pounds(pence: basisPoints)
        while text.hasSuffix("0"), text.contains(".") {
            text.removeLast()
        }
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// Hours or days in half steps (`37.5`, `40`), or `999` for "don't know" (spec 2.5).
    static func halfSteps(_ value: KnownOrDontKnow<HalfSteps>?) -> String {
        switch value {
        case .known(let steps)?: return steps.description
        case .dontKnow?: return "999"
        case nil: return ""
        }
    }

    /// A year, or `999` for "don't know".
    static func yearOrDontKnow(_ value: KnownOrDontKnow<Int>?) -> String {
        switch value {
        case .known(let year)?: return String(year)
        case .dontKnow?: return "999"
        case nil: return ""
        }
    }

    /// `DHA`, `OPTOUTPEN`, `SLEEPINS` and the answer of `CWPUSE`: `1`, `2`, `999`.
    static func yesNoDontKnow(_ answer: WorkplaceRecord.Answer?) -> String {
        switch answer {
        case .yes?: return "1"
        case .no?: return "2"
        case .dontKnow?: return "999"
        case nil: return ""
        }
    }

    /// `SICKPAY` and `PENSION`: `1`, `0`, and "don't know" as the word `unknown` (spec 9).
    static func oneZeroUnknown(_ answer: WorkplaceRecord.Answer?) -> String {
        switch answer {
        case .yes?: return "1"
        case .no?: return "0"
        case .dontKnow?: return "unknown"
        case nil: return ""
        }
    }

    /// `PERMCQC` and `PERMLA`: `1` or `0`.
    static func oneZero(_ value: Bool?) -> String {
        value.map { $0 ? "1" : "0" } ?? ""
    }
}
