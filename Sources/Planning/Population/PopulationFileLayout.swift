/// How a population projection file arranges its figures.
public enum PopulationFileLayout: String, Sendable {
    /// ONS: one row per area, sex and age, with a column for each projection year.
    case wide
    /// Nomis: one row per observation, with the year and the value in columns of their own.
    case long
}
