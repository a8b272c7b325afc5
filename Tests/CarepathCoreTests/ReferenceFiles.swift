import Foundation
import Testing

@testable import CarepathCore

/// The shared reference data, which sits beside the project root:
/// `<root>/Tests/CarepathCoreTests/ReferenceFiles.swift` → `<root>/../shared/reference`.
enum ReferenceFiles {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CarepathCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // project root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/reference", isDirectory: true)

    /// The bytes of a reference file; records a clear test failure if it is missing.
    static func bytes(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
        let url = directory.appendingPathComponent(name)
        let data = try #require(
            FileManager.default.contents(atPath: url.path),
            "reference file \(name) not found at \(url.path): these tests need the shared reference data",
            sourceLocation: sourceLocation)
        return Array(data)
    }

    static func regions() throws -> [RegionRow] { try RegionRow.decoder().decodeAll(csv: bytes(RegionRow.fileName)) }
    static func cassrs() throws -> [CassrRow] { try CassrRow.decoder().decodeAll(csv: bytes(CassrRow.fileName)) }
    static func districts() throws -> [DistrictRow] {
        try DistrictRow.decoder().decodeAll(csv: bytes(DistrictRow.fileName))
    }
    static func summaries(_ kind: PostcodeSummaryRow.Kind) throws -> [PostcodeSummaryRow] {
        try PostcodeSummaryRow.decoder(kind).decodeAll(csv: bytes(kind.fileName))
    }
}
