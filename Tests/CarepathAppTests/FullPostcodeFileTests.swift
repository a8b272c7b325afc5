import CarepathCore
import Foundation
import Testing

@testable import CarepathApp

/// Streams all 2,264,892 rows of the bundled `postcodes-england.csv.gz` through the same gzip and CSV
/// path the postcode migration uses, and checks the reference README's invariants against the
/// sector and outcode summaries.
@Suite("Full postcode file")
struct FullPostcodeFileTests {
    @Test("every postcode decodes, names a known district, and lies within its sector's and outcode's radius")
    func everyPostcode() throws {
        let files = ReferenceDataFiles.bundled
        let districts = try decodeAll(files.districts, DistrictRow.decoder())
        let districtCodes = Set(districts.map(\.code))
        let sectors = try decodeAll(files.sectors, PostcodeSummaryRow.decoder(.sector))
        let outcodes = try decodeAll(files.outcodes, PostcodeSummaryRow.decoder(.outcode))
        let sectorByKey = Dictionary(uniqueKeysWithValues: sectors.map { ($0.key, $0) })
        let outcodeByKey = Dictionary(uniqueKeysWithValues: outcodes.map { ($0.key, $0) })
        let readmeCases = Dictionary(
            uniqueKeysWithValues: PostcodeLookupTests.readmeCases.map { ($0.0, ($0.1, $0.4, $0.5)) })

        var sectorCounts: [String: Int] = [:]
        var outcodeCounts: [String: Int] = [:]
        var problems: [String] = []
        var readmeFound = 0
        var decoder = PostcodeRow.decoder(file: ReferenceDataFiles.postcodesFileName)
        var stream = try CSVFileStream(url: files.postcodes)
        while try stream.readChunk({ record in
            guard let row = try decoder.decode(record) else { return }
            let sector = row.postcode.sector.normalised
            let outcode = row.postcode.outcode.normalised
            sectorCounts[sector, default: 0] += 1
            outcodeCounts[outcode, default: 0] += 1
            if !districtCodes.contains(row.districtCode) { problems.append("\(row.postcode): \(row.districtCode)") }
            for summary in [sectorByKey[sector], outcodeByKey[outcode]] {
                guard let summary else {
                    problems.append("\(row.postcode): no summary row")
                    continue
                }
                if row.location.distance(to: summary.centroid) > Double(summary.maxDistanceMetres) {
                    problems.append("\(row.postcode) is outside \(summary.key)'s radius")
                }
            }
            if let (lad, easting, northing) = readmeCases[row.postcode.normalised] {
                readmeFound += 1
                if row.districtCode.rawValue != lad
                    || row.location != GridReference(easting: Double(easting), northing: Double(northing))
                {
                    problems.append("\(row.postcode) differs from the reference README")
                }
            }
        }) {}
        try decoder.finish()

        #expect(decoder.rowCount == 2_264_892)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(readmeFound == readmeCases.count)
        #expect(sectorCounts == sectors.reduce(into: [:]) { $0[$1.key] = $1.postcodeCount })
        #expect(outcodeCounts == outcodes.reduce(into: [:]) { $0[$1.key] = $1.postcodeCount })
    }

    private func decodeAll<Row>(_ url: URL, _ decoder: ReferenceTableDecoder<Row>) throws -> [Row] {
        try decoder.decodeAll(csv: Array(try Data(contentsOf: url)))
    }
}
