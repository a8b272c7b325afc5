/// One row of the training catalogue (`reference/training-catalogue.csv`).
public struct CatalogueItem: Sendable, Hashable {
    /// How far a row's facts have been checked against the primary source.
    public enum Confidence: String, Sendable, Hashable, CaseIterable {
        /// Read in the primary source.
        case high
        /// Two or more secondary sources agree.
        case medium
        /// Ships flagged "period not confirmed" until checked.
        case low
    }

    /// Stable human code, e.g. `CSTF-FIRE-L1`: the achievement's `humanCode` and the end of its `id`.
    public var code: String
    /// The title, e.g. `Fire Safety`.
    public var title: String
    /// The framework, e.g. `CSTF`.
    public var framework: String
    /// The framework level (`1`, `basic`, `tier 1`, …), or empty.
    public var level: String
    /// Recommended months before refresher training; nil means completed once, no expiry.
    public var refreshMonths: Int?
    /// How well checked the row is.
    public var confidence: Confidence
    /// Source URLs, `; `-separated in the file.
    public var sources: [String]
    /// Caveats and the nearest ASC-WDS training category.
    public var notes: String

    /// A catalogue row.
    public init(
        code: String, title: String, framework: String, level: String = "", refreshMonths: Int?,
        confidence: Confidence, sources: [String] = [], notes: String = ""
    ) {
        self.code = code
        self.title = title
        self.framework = framework
        self.level = level
        self.refreshMonths = refreshMonths
        self.confidence = confidence
        self.sources = sources
        self.notes = notes
    }
}
