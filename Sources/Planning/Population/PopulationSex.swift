/// Which people a row counts.
enum PopulationSex: Hashable, Sendable, CaseIterable {
    case persons
    case males
    case females

    /// The sex in a SEX, GENDER or C_SEX cell: the ONS words in any case, or the Nomis
    /// codes 0 (all persons), 1 (male) and 2 (female); nil for anything else.
    init?(cell: String) {
        switch cell.lowercased() {
        case "persons", "person", "all persons", "all", "total", "0": self = .persons
        case "males", "male", "1": self = .males
        case "females", "female", "2": self = .females
        default: return nil
        }
    }

    /// The word for rows of this sex in messages, such as "male" in "has only male rows".
    var rowWord: String {
        switch self {
        case .persons: "persons"
        case .males: "male"
        case .females: "female"
        }
    }
}
