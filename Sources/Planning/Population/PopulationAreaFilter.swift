import CarepathCore

/// Sorts a row by its area code: an area Carepath holds and knows, a geography it does not use
/// (skipped), or a mistake.
struct PopulationAreaFilter: Sendable {
    /// What to do with a row, going by its area code.
    enum Verdict: Equatable {
        /// Keep the row: the code, as written, is one Carepath knows, directly or through its replacement.
        case kept(AreaCode)
        /// Skip the row: a well-formed code for a geography Carepath does not use.
        case ignored
        /// Refuse the file: the text is not a GSS code.
        case malformed
        /// Refuse the file: a kind of area Carepath holds, but not one it knows, even after replacement.
        case unknown(current: AreaCode)
    }

    /// Unitaries, districts, metropolitan districts, London boroughs, counties, regions and England.
    static let heldPrefixes: Set<Substring> = ["E06", "E07", "E08", "E09", "E10", "E12", "E92"]

    let knownAreas: Set<AreaCode>
    /// Old code → the current code that replaced it.
    let replacements: [AreaCode: AreaCode]
    /// Codes of abolished areas whose rows are skipped because their parts are mapped instead.
    let superseded: Set<AreaCode>

    /// The current code for `code`: its replacement if it is an old one, otherwise itself.
    func current(for code: AreaCode) -> AreaCode {
        replacements[code] ?? code
    }

    /// The verdict for a trimmed area code cell.
    func verdict(_ cell: String) -> Verdict {
        let code = cell.uppercased()
        let bytes = code.utf8
        guard bytes.count == 9, let letter = bytes.first, (0x41...0x5A).contains(letter),
            bytes.dropFirst().allSatisfy({ (0x30...0x39).contains($0) })
        else { return .malformed }
        guard Self.heldPrefixes.contains(code.prefix(3)) else { return .ignored }
        // England codes of the held kinds are `E` and eight digits, so this cannot fail.
        guard let areaCode = AreaCode(rawValue: code) else { return .malformed }
        if superseded.contains(areaCode) { return .ignored }
        let current = current(for: areaCode)
        return knownAreas.contains(current) ? .kept(areaCode) : .unknown(current: current)
    }
}
