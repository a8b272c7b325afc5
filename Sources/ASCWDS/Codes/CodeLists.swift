import CarepathCore

/// Every code list the three files use (spec section 11), passed to the validators as a value.
public struct CodeLists: Sendable, Hashable {
    /// The files expected in an `ascwds-codes` folder, by table.
    public enum List: String, CaseIterable, Sendable {
        case mainServices = "main-services.csv"
        case serviceUsers = "service-users.csv"
        case establishmentTypes = "establishment-types.csv"
        case jobRoles = "job-roles.csv"
        case ethnicity = "ethnicity.csv"
        case nationality = "nationality.csv"
        case countryOfBirth = "country-of-birth.csv"
        case recruitmentSources = "recruitment-sources.csv"
        case employmentStatus = "employment-status.csv"
        case qualificationLevels = "qualification-levels.csv"
        case qualifications = "qualifications.csv"
        case trainingCategories = "training-categories.csv"
        case trainingProviders = "training-providers.csv"
        case pathwayRoleCategories = "care-workforce-pathway-role-categories.csv"
        case pathwayAwareness = "care-workforce-pathway-awareness.csv"
        case pathwayUseReasons = "care-workforce-pathway-use-reasons.csv"
        case delegatedHealthcareActivities = "delegated-healthcare-activities.csv"
        case travelTimePayOptions = "travel-time-pay-options.csv"
    }

    private var tables: [String: CodeTable]
    /// `small-enumerations.csv`: short lists keyed by file (`all`, `workplace`, `staff`, `training`)
    /// and column.
    public private(set) var enumerations: [String: Set<String>]

    /// Reads every list from its CSV bytes, keyed by file name.
    /// - Throws: ``CodeListError`` naming the first missing or malformed list.
    public init(files: [String: [UInt8]]) throws(CodeListError) {
        tables = [:]
        for list in List.allCases {
            guard let bytes = files[list.rawValue] else {
                throw CodeListError(list: list.rawValue, line: 0, problem: "the code list is missing")
            }
            tables[list.rawValue] = try CodeTable(name: list.rawValue, records: try Self.records(list.rawValue, bytes))
        }
        let name = "small-enumerations.csv"
        guard let bytes = files[name] else {
            throw CodeListError(list: name, line: 0, problem: "the code list is missing")
        }
        let records = try Self.records(name, bytes)
        guard records.first?.fields.prefix(3) == ["file", "column", "code"] else {
            throw CodeListError(list: name, line: 1, problem: "the header must start file,column,code")
        }
        enumerations = [:]
        for record in records.dropFirst() where record.fields.count >= 3 {
            enumerations["\(record.fields[0])/\(record.fields[1])", default: []].insert(record.fields[2])
        }
    }

    public subscript(list: List) -> CodeTable {
        tables[list.rawValue]!
    }

    /// The codes `small-enumerations.csv` lists for a file and column, such as `("staff", "GENDER")`.
    public func enumeration(file: String, column: String) -> Set<String> {
        enumerations["\(file)/\(column)"] ?? []
    }

    /// Every file name a complete set of code lists has.
    public static var fileNames: [String] {
        List.allCases.map(\.rawValue) + ["small-enumerations.csv"]
    }

    private static func records(_ name: String, _ bytes: [UInt8]) throws(CodeListError) -> [CSVRecord] {
        do {
            return try CSVReader.records(in: bytes)
        } catch {
            throw CodeListError(list: name, line: (error as? CSVError)?.line ?? 0, problem: "\(error)")
        }
    }
}
