/// Readers for the Staff file's own cell formats, strict like ``Cells``: the whole cell must match.
enum StaffCells {
    /// ASC-WDS limits text by JavaScript string length, which counts UTF-16 code units; counting
    /// the same way keeps the 49/119-character limits (10.4) identical.
    static func length(_ text: String) -> Int { text.utf16.count }

    /// Hours as ASC-WDS writes them, `^\d+(\.[05])?$`: `37`, `37.5`, `37.0` (not `37.50`).
    static func hours(_ text: String) -> HalfSteps? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = digits(parts[0]) else { return nil }
        guard parts.count == 2 else { return HalfSteps(whole: whole) }
        switch parts[1] {
        case "0": return HalfSteps(whole: whole)
        case "5": return HalfSteps(halves: whole * 2 + 1)
        default: return nil
        }
    }

    /// A decimal compared by value (10.3): `2.50` is 2.5. `nil` when not a number; `.failure` when
    /// a number but not a whole or half step (`2.05`).
    static func halfStepValue(_ text: String) -> Result<HalfSteps, NotHalfStep>? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = digits(parts[0]) else { return nil }
        guard parts.count == 2 else { return .success(HalfSteps(whole: whole)) }
        let fraction = parts[1]
        guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let rest = fraction.dropFirst()
        guard rest.allSatisfy({ $0 == "0" }) else { return .failure(NotHalfStep()) }
        switch fraction.first {
        case "0": return .success(HalfSteps(whole: whole))
        case "5": return .success(HalfSteps(halves: whole * 2 + 1))
        default: return .failure(NotHalfStep())
        }
    }

    struct NotHalfStep: Error {}

    /// Pounds with at most two decimals, `^\d+(\.\d{1,2})?$`, as pence: `11.44` → 1144, `12.6` → 1260.
    static func pence(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let pounds = digits(parts[0]) else { return nil }
        guard parts.count == 2 else { return pounds * 100 }
        guard (1...2).contains(parts[1].count), let fraction = digits(parts[1]) else { return nil }
        return pounds * 100 + (parts[1].count == 1 ? fraction * 10 : fraction)
    }

    /// The leading number of a cell, as JavaScript's `parseFloat` reads it (`20abc` → 20).
    ///
    /// Used only where ASC-WDS compares another column's value in a cross-column *error*
    /// (ZEROHRCONT with CONTHOURS), so Carepath rejects every row ASC-WDS rejects.
    static func leadingNumber(_ text: String) -> Double? {
        var prefix = ""
        var seenPoint = false
        for (offset, character) in text.enumerated() {
            let isSign = offset == 0 && (character == "-" || character == "+")
            let isDigit = character.isASCII && character.isNumber
            let isPoint = character == "." && !seenPoint
            guard isSign || isDigit || isPoint else { break }
            seenPoint = seenPoint || isPoint
            prefix.append(character)
        }
        guard prefix.contains(where: \.isNumber) else { return nil }
        return Double(prefix.hasSuffix(".") ? String(prefix.dropLast()) : prefix)
    }

    /// A National Insurance number as ASC-WDS accepts it, `^\s*[a-zA-Z]{2}(?:\s*\d\s*){6}[a-zA-Z]?\s*$`,
    /// normalised to upper case without spaces (10.19); `nil` when it does not match.
    static func nationalInsuranceNumber(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        // The two prefix letters must be adjacent; whitespace may only follow them.
        guard scalars.count >= 2, isASCIILetter(scalars[0]), isASCIILetter(scalars[1]) else { return nil }
        let rest = scalars.dropFirst(2).filter { !$0.properties.isWhitespace }
        guard rest.count == 6 || rest.count == 7, rest.prefix(6).allSatisfy(isASCIIDigit),
            rest.count == 6 || isASCIILetter(rest[rest.startIndex + 6])
        else { return nil }
        var normalised = String.UnicodeScalarView()
        normalised.append(contentsOf: scalars.prefix(2))
        normalised.append(contentsOf: rest)
        return String(normalised).uppercased()
    }

    /// A home postcode as ASC-WDS accepts it, `^[A-Za-z]{1,2}[0-9]{1,2}[A-Za-z]?\s{1}[0-9][A-Za-z]{2}$`
    /// (exactly one space, never normalised first), returned upper case with a plain space.
    static func homePostcode(_ text: String) -> String? {
        let parts = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0.properties.isWhitespace }
        guard parts.count == 2 else { return nil }
        let outward = Array(parts[0])
        let inward = Array(parts[1])
        guard inward.count == 3, isASCIIDigit(inward[0]), isASCIILetter(inward[1]), isASCIILetter(inward[2]) else {
            return nil
        }
        let letters = outward.prefix { isASCIILetter($0) }.count
        let digitCount = outward.dropFirst(letters).prefix { isASCIIDigit($0) }.count
        let tail = outward.count - letters - digitCount
        guard (1...2).contains(letters), (1...2).contains(digitCount),
            tail == 0 || (tail == 1 && isASCIILetter(outward[outward.count - 1]))
        else { return nil }
        return (String(String.UnicodeScalarView(outward)) + " " + String(String.UnicodeScalarView(inward))).uppercased()
    }

    /// STARTDATE's pattern, `^([0-2][0-9]|3[0-1])/(0[0-9]|1[0-2])/\d{4}$`: the only check ASC-WDS
    /// makes on the form, so `00/00/2020` passes it (10.5).
    static func matchesStartDatePattern(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
            let day = digits(parts[0]), let month = digits(parts[1]), digits(parts[2]) != nil
        else { return false }
        return day <= 31 && month <= 12
    }

    /// A four-digit year, `^\d{4}$`.
    static func fourDigitYear(_ text: String) -> Int? {
        text.count == 4 ? digits(text[...]) : nil
    }

    /// Digits only, at most 12 of them (larger values are out of every range here).
    static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 12, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
