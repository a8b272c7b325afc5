import CarepathCore
import Fluent
import Foundation
import Planning
import SQLKit

/// A stored population projection, as pages and the API describe it.
struct PopulationRelease: Sendable, Equatable {
    var id: UUID
    var release: String
    var variant: String
    var sourceFile: String
    var isSynthetic: Bool
    var years: ClosedRange<Int>
    var areaCount: Int

    /// How the release is cited beside a figure; synthetic data says so first.
    var citation: String {
        let name = "\(release) sub-national population projections, \(variant) variant"
        return isSynthetic ? "SYNTHETIC demo data, not ONS figures (\(name))" : "ONS \(name)"
    }

    init(_ entity: PopulationReleaseEntity) {
        id = entity.id!
        release = entity.release
        variant = entity.variant
        sourceFile = entity.sourceFile
        isSynthetic = entity.isSynthetic
        years = entity.firstYear...entity.lastYear
        areaCount = entity.areaCount
    }
}

/// What `population import` stored.
struct PopulationImportSummary: Sendable, Equatable {
    var release: PopulationRelease
    var ignoredRows: Int
    var aggregatedCounties: [AreaCode]
    var replacedEarlierImport: Bool
}

/// Imports population projection files and reads the series back.
struct PopulationStore {
    let database: any Database
    var now: @Sendable () -> Date = { Date() }
    var newID: @Sendable () -> UUID = { UUID() }

    /// The options of one import: how the release is labelled.
    struct Label: Sendable {
        var release: String
        var variant: String
        var isSynthetic: Bool
    }

    /// Parses `file` completely, then replaces any earlier import of the same release and variant
    /// in one transaction, so a bad file stores nothing and a good one never half-replaces.
    func importFile(at url: URL, label: Label) async throws -> PopulationImportSummary {
        let geography = try await knownGeography()
        let parsed = try Self.parse(url: url, known: geography.known, counties: geography.countyOfDistrict)
        let releaseID = newID()
        let importedAt = now()
        let replaced = try await database.transaction { transaction in
            let earlier = try await PopulationReleaseEntity.query(on: transaction)
                .filter(\.$release == label.release).filter(\.$variant == label.variant).all()
            for release in earlier {
                try await PopulationValuesEntity.query(on: transaction).filter(\.$releaseID == release.id!).delete()
                try await release.delete(on: transaction)
            }
            let entity = PopulationReleaseEntity()
            entity.id = releaseID
            entity.release = label.release
            entity.variant = label.variant
            entity.sourceFile = url.lastPathComponent
            entity.isSynthetic = label.isSynthetic
            entity.layout = parsed.layout.rawValue
            entity.firstYear = parsed.years.lowerBound
            entity.lastYear = parsed.years.upperBound
            entity.areaCount = parsed.series.count
            entity.importedAt = importedAt
            try await entity.create(on: transaction)
            try await insertValues(parsed, releaseID: releaseID, on: transaction)
            return !earlier.isEmpty
        }
        let stored = try await PopulationReleaseEntity.find(releaseID, on: database)!
        return PopulationImportSummary(
            release: PopulationRelease(stored), ignoredRows: parsed.ignoredRows,
            aggregatedCounties: parsed.aggregatedCounties, replacedEarlierImport: replaced)
    }

    /// Every imported release, newest import first.
    func releases() async throws -> [PopulationRelease] {
        try await PopulationReleaseEntity.query(on: database).sort(\.$importedAt, .descending).all()
            .map(PopulationRelease.init)
    }

    /// The area's series from the newest import that covers it, preferring ONS data to synthetic.
    func series(for area: AreaCode) async throws -> (PopulationRelease, PopulationSeries)? {
        let releases = try await releases().sorted { !$0.isSynthetic && $1.isSynthetic }
        for release in releases {
            let rows = try await PopulationValuesEntity.query(on: database)
                .filter(\.$releaseID == release.id).filter(\.$areaCode == area.rawValue).all()
            guard !rows.isEmpty else { continue }
            var persons: [Int: [Double]] = [:]
            for row in rows {
                persons[row.year] = row.personsByAge.split(separator: ",").map { Double($0) ?? 0 }
            }
            return (release, PopulationSeries(areaCode: area, persons: persons))
        }
        return nil
    }

    private func insertValues(
        _ parsed: PopulationProjectionFile, releaseID: UUID, on database: any Database
    ) async throws {
        var insert = BulkInsert(
            into: PopulationValuesEntity.schema, columns: ["id", "release_id", "area_code", "year", "persons_by_age"],
            on: database.sql)
        for (code, series) in parsed.series.sorted(by: { $0.key < $1.key }) {
            for (year, values) in series.persons.sorted(by: { $0.key < $1.key }) {
                insert.append([newID(), releaseID, code.rawValue, year, Self.encode(values)])
            }
            try await insert.flush()
        }
        try await insert.flush(force: true)
    }

    /// Whole numbers without a decimal point, so a file of persons stays small.
    static func encode(_ values: [Double]) -> String {
        values.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) }.joined(separator: ",")
    }

    /// Streams the file through the parser, a megabyte at a time.
    static func parse(url: URL, known: Set<AreaCode>, counties: [AreaCode: AreaCode]) throws -> PopulationProjectionFile
    {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw CarepathError.fileUnreadable(path: url.path)
        }
        defer { try? handle.close() }
        // Files on older boundaries (the 2018-based release) are read onto today's councils.
        var parser = PopulationFileParser(
            fileName: url.lastPathComponent, knownAreas: known, countyOfDistrict: counties,
            codeReplacements: AreaCodeAliases.replacements.merging(AreaBoundaryChanges.replacements) { current, _ in
                current
            },
            supersededCodes: AreaBoundaryChanges.abolishedCounties)
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try parser.consume(chunk)
        }
        return try parser.finish()
    }

    /// Every area code Carepath holds, and the county council of each two-tier district.
    private func knownGeography() async throws -> (known: Set<AreaCode>, countyOfDistrict: [AreaCode: AreaCode]) {
        var known: Set<AreaCode> = [England.code]
        for region in try await RegionRecord.query(on: database).all() {
            if let code = AreaCode(rawValue: region.id!) { known.insert(code) }
        }
        for cassr in try await CassrRecord.query(on: database).all() {
            if let code = AreaCode(rawValue: cassr.id!) { known.insert(code) }
        }
        var counties: [AreaCode: AreaCode] = [:]
        for district in try await DistrictRecord.query(on: database).all() {
            guard let code = AreaCode(rawValue: district.id!), let cassr = AreaCode(rawValue: district.cassrCode) else {
                continue
            }
            known.insert(code)
            if cassr != code, cassr.rawValue.hasPrefix("E10") { counties[code] = cassr }
        }
        return (known, counties)
    }
}
