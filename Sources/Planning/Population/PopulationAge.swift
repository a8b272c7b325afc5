/// Where a row's age goes in an area's figures: slots 0...89 are single years of age,
/// slot 90 is "90 and over" and slot 91 is "All ages", which is only used as a check.
enum PopulationAge {
    /// The slot for "90 and over".
    static let oldest = 90
    /// The slot for "All ages".
    static let allAges = 91
    /// Slots an area needs for each year: ages 0...89, 90 and over, and All ages.
    static let slotCount = 92

    /// The slot for an ONS AGE_GROUP label: "0" to "89", "90 and over" (or "90+"), "All ages".
    /// A leading "Age" or "Aged", as in Nomis names, is allowed.
    static func slot(label: String) -> Int? {
        var text = label.lowercased()
        for prefix in ["aged ", "age "] where text.hasPrefix(prefix) {
            text = PopulationFileText.trimmed(String(text.dropFirst(prefix.count)))
            break
        }
        switch text {
        case "all ages", "all": return allAges
        case "90 and over", "90+", "90 plus", "90 & over", "90": return oldest
        default:
            guard (1...2).contains(text.utf8.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                let age = Int(text), age < oldest
            else { return nil }
            return age
        }
    }

    /// The slot for a Nomis C_AGE code: 101–190 are ages 0–89, 191 is 90 and over, 200 is All ages.
    static func slot(nomisCode: String) -> Int? {
        guard let code = Int(nomisCode) else { return nil }
        switch code {
        case 101...191: return code - 101
        case 200: return allAges
        default: return nil
        }
    }

    /// The slot's name in messages: "age 37", "90 and over" or "All ages".
    static func name(_ slot: Int) -> String {
        switch slot {
        case oldest: "90 and over"
        case allAges: "All ages"
        default: "age \(slot)"
        }
    }
}
