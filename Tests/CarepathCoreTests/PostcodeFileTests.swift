import Foundation
import Testing

@testable import CarepathCore

/// Reads all 2.26 million rows of `postcodes-england.csv.gz`. This takes a while in
/// a debug build, so it runs only when `CAREPATH_FULL_REFERENCE_TESTS=1` is set.
@Suite(
    "Full postcode file",
    .enabled(if: ProcessInfo.processInfo.environment["CAREPATH_FULL_REFERENCE_TESTS"] == "1"))
struct PostcodeFileTests {
    /// The README's test-case postcodes with their district and grid reference.
    static let readmeRows: [String: (String, Double, Double)] = [
        "SW1A 1AA": ("E09000033", 529090, 179645), "EC1A 1BB": ("E09000019", 531073, 182317),
        "NR1 3JU": ("E07000148", 623182, 308533), "IP1 2BX": ("E07000202", 615629, 244196),
        "MK40 1SJ": ("E06000055", 504919, 249674), "RM17 6SL": ("E06000034", 561480, 177737),
        "DA6 7AT": ("E09000004", 549723, 175152), "CA1 1AA": ("E06000063", 339560, 555499),
        "DL7 8AD": ("E06000065", 436567, 493194), "S70 2TA": ("E08000038", 434367, 406524),
        "S1 2HH": ("E08000039", 435359, 387191), "TA1 1HE": ("E06000066", 322489, 125215),
        "TR21 0HE": ("E06000053", 90774, 10282),
    ]

    @Test func everyPostcode() throws {
        let path = ReferenceFiles.directory.appendingPathComponent("postcodes-england.csv.gz").path
        try #require(FileManager.default.fileExists(atPath: path), "postcodes-england.csv.gz not found at \(path)")
        let districtCodes = Set(try ReferenceFiles.districts().map(\.code))
        let sectors = Dictionary(uniqueKeysWithValues: try ReferenceFiles.summaries(.sector).map { ($0.key, $0) })
        let outcodes = Dictionary(uniqueKeysWithValues: try ReferenceFiles.summaries(.outcode).map { ($0.key, $0) })

        var sectorCounts: [String: Int] = [:]
        var outcodeCounts: [String: Int] = [:]
        var found: [String: PostcodeRow] = [:]
        var problems: [String] = []
        var decoder = PostcodeRow.decoder()
        var reader = CSVReader()
        let emit = { (record: CSVRecord) throws in
            guard let row = try decoder.decode(record) else { return }
            let sector = row.postcode.sector.normalised
            let outcode = row.postcode.outcode.normalised
            sectorCounts[sector, default: 0] += 1
            outcodeCounts[outcode, default: 0] += 1
            if !districtCodes.contains(row.districtCode) { problems.append("\(row.postcode): \(row.districtCode)") }
            for summary in [sectors[sector], outcodes[outcode]] {
                guard let summary else {
                    problems.append("\(row.postcode): no summary row")
                    continue
                }
                if row.location.distance(to: summary.centroid) > Double(summary.maxDistanceMetres) {
                    problems.append("\(row.postcode) is outside \(summary.key)'s radius")
                }
            }
            if Self.readmeRows[row.postcode.normalised] != nil { found[row.postcode.normalised] = row }
        }

        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        gzip.arguments = ["-dc", path]
        let pipe = Pipe()
        gzip.standardOutput = pipe
        try gzip.run()
        let start = ContinuousClock.now
        while let chunk = try pipe.fileHandleForReading.read(upToCount: 1 << 20), !chunk.isEmpty {
            try chunk.withUnsafeBytes { try reader.consume($0, emit) }
        }
        try reader.finish(emit)
        try decoder.finish()
        gzip.waitUntilExit()
        print("decoded \(decoder.rowCount) postcodes in \(ContinuousClock.now - start)")

        #expect(decoder.rowCount == 2_264_892)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(sectorCounts == sectors.mapValues(\.postcodeCount))
        #expect(outcodeCounts == outcodes.mapValues(\.postcodeCount))
        for (postcode, (lad, easting, northing)) in Self.readmeRows {
            let row = try #require(found[postcode], "\(postcode) not in the file")
            #expect(row.districtCode.rawValue == lad)
            #expect(row.location == GridReference(easting: easting, northing: northing))
        }
    }
}
