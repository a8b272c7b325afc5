import Foundation

/// The reference geography files (ONS data, Open Government Licence v3.0) loaded at migrate time.
public struct ReferenceDataFiles: Sendable, Equatable {
    /// The folder holding `regions.csv`, `cassr.csv`, `la-lookup.csv` and the postcode summaries.
    public var directory: URL
    /// Every England postcode, as CSV or gzip-compressed CSV. Tests point this at a small sample.
    public var postcodes: URL

    /// Uses the files in `directory`, including its full postcode file.
    public init(directory: URL) {
        self.directory = directory
        self.postcodes = directory.appendingPathComponent(Self.postcodesFileName)
    }

    /// The copy bundled with the app, so a fresh clone runs with no set-up.
    public static var bundled: ReferenceDataFiles {
        ReferenceDataFiles(directory: Bundle.module.resourceURL!.appendingPathComponent("Reference"))
    }

    public static let postcodesFileName = "postcodes-england.csv.gz"

    var regions: URL { directory.appendingPathComponent("regions.csv") }
    var cassrs: URL { directory.appendingPathComponent("cassr.csv") }
    var districts: URL { directory.appendingPathComponent("la-lookup.csv") }
    var sectors: URL { directory.appendingPathComponent("postcode-sectors.csv") }
    var outcodes: URL { directory.appendingPathComponent("postcode-outcodes.csv") }
}
