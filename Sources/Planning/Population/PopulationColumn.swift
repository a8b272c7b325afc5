/// The columns the parser reads, each found by any of its names; every other column is ignored.
enum PopulationColumn: CaseIterable, Sendable {
    case areaCode
    case areaName
    case component
    case sex
    case age
    /// The projection year of a long-layout row.
    case year
    /// The figure of a long-layout row.
    case value

    /// The column's names, in the form of ``PopulationFileText/columnKey(_:)``; the first is the ONS one.
    var names: [String] {
        switch self {
        case .areaCode: ["area_code", "geography_code", "code", "areacode", "gss_code"]
        case .areaName: ["area_name", "geography_name", "name", "areaname", "area"]
        case .component: ["component"]
        case .sex: ["sex", "gender", "c_sex"]
        case .age: ["age_group", "c_age", "age"]
        case .year: ["projected_year_name", "year"]
        case .value: ["obs_value", "value"]
        }
    }

    /// The name a header of `layout` would normally use, for messages about a missing column.
    func standardName(in layout: PopulationFileLayout) -> String {
        switch (self, layout) {
        case (.areaCode, .wide): "AREA_CODE"
        case (.areaCode, .long): "GEOGRAPHY_CODE"
        case (.areaName, .wide): "AREA_NAME"
        case (.areaName, .long): "GEOGRAPHY_NAME"
        case (.component, _): "COMPONENT"
        case (.sex, .wide): "SEX"
        case (.sex, .long): "GENDER"
        case (.age, .wide): "AGE_GROUP"
        case (.age, .long): "C_AGE"
        case (.year, _): "PROJECTED_YEAR_NAME"
        case (.value, _): "OBS_VALUE"
        }
    }

    /// What the column holds, for messages about two columns meaning the same.
    var meaning: String {
        switch self {
        case .areaCode: "the area code"
        case .areaName: "the area name"
        case .component: "the component"
        case .sex: "the sex"
        case .age: "the age"
        case .year: "the projection year"
        case .value: "the value"
        }
    }

    /// The column a header name stands for, if it is one the parser reads.
    init?(key: String) {
        guard let column = Self.allCases.first(where: { $0.names.contains(key) }) else { return nil }
        self = column
    }
}
