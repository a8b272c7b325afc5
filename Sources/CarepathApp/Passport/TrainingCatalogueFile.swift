import Foundation
import Passport
import Vapor

/// The training catalogue (`reference/training-catalogue.csv`), bundled with the app, and the bridge
/// from ASC-WDS training categories to catalogue codes.
struct TrainingCatalogueFile: Sendable {
    let items: [CatalogueItem]
    private let byCode: [String: CatalogueItem]
    /// The catalogue code a training record of each ASC-WDS `CATEGORY` is issued as.
    let codeForCategory: [Int: String]

    init(items: [CatalogueItem]) {
        self.items = items
        byCode = Dictionary(items.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        codeForCategory = Self.categoryCodes(items)
    }

    /// The bundled catalogue.
    static func load() throws -> TrainingCatalogueFile {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Passport/training-catalogue.csv")
        return TrainingCatalogueFile(items: try TrainingCatalogue.parse(csv: String(contentsOf: url, encoding: .utf8)))
    }

    /// The row for `code`.
    func item(_ code: String) -> CatalogueItem? { byCode[code] }

    /// Each row's notes name its nearest ASC-WDS category ("ASC-WDS CATEGORY 20"). Where several rows
    /// share one category (safeguarding levels 1–3), a training record is issued as the first, the
    /// entry level, because an ASC-WDS record does not say which level was completed.
    private static func categoryCodes(_ items: [CatalogueItem]) -> [Int: String] {
        var codes: [Int: String] = [:]
        for item in items {
            guard let range = item.notes.range(of: "ASC-WDS CATEGORY ") else { continue }
            let digits = item.notes[range.upperBound...].prefix { $0.isNumber }
            if let category = Int(digits), codes[category] == nil { codes[category] = item.code }
        }
        return codes
    }
}

extension Application {
    private struct CatalogueKey: StorageKey {
        typealias Value = TrainingCatalogueFile
    }

    /// The training catalogue, loaded by ``configure(_:config:)``.
    var trainingCatalogue: TrainingCatalogueFile {
        get {
            guard let catalogue = storage[CatalogueKey.self] else { fatalError("configure(_:config:) loads it") }
            return catalogue
        }
        set { storage[CatalogueKey.self] = newValue }
    }
}
