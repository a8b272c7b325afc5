import ASCWDS
import CarepathCore
import Fluent
import Foundation
import SQLKit

/// Synthetic ASC-WDS files for one region, placed at the region's real postcodes.
enum DemoRegion {
    /// The default demo region: East of England, whose published figures drive the generator.
    static let defaultRegion = "E12000006"

    /// Every postcode of `region` with its district and council, read straight from SQL because a
    /// region has a quarter of a million of them.
    static func postcodes(in region: String, on database: any Database) async throws -> [DemoPostcode] {
        let districts = try await DistrictRecord.query(on: database).filter(\.$regionCode == region).all()
        guard !districts.isEmpty else { throw DemoError.unknownRegion(region) }
        let councils = Dictionary(uniqueKeysWithValues: districts.map { ($0.id!, $0.cassrCode) })
        let rows = try await database.sql.select().column("postcode").column("district_code")
            .from(PostcodeRecord.schema).where("district_code", .in, Array(councils.keys))
            .orderBy("postcode").all()
        return try rows.map { row in
            let district = try row.decode(column: "district_code", as: String.self)
            return DemoPostcode(
                postcode: try row.decode(column: "postcode", as: String.self), districtCode: district,
                cassrCode: councils[district] ?? "")
        }
    }

    /// Writes the three files to `folder`, named as ASC-WDS names its downloads.
    static func write(
        region: String, workplaces: Int, seed: UInt64, asOf: CalendarDate, codes: CodeLists, to folder: URL,
        on database: any Database
    ) async throws -> (files: ImportFiles, summary: DemoUploadSummary) {
        let generator = try await generator(
            region: region, workplaces: workplaces, firstDate: asOf, codes: codes, on: database)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = files(in: folder, for: asOf)
        let workplace = try LineWriter(files.workplace)
        let staff = try LineWriter(files.staff)
        let training = try LineWriter(files.training!)
        let summary = try generator.generate(
            seed: seed, workplace: { try workplace.write($0) }, staff: { try staff.write($0) },
            training: { try training.write($0) })
        for writer in [workplace, staff, training] { try writer.close() }
        return (files, summary)
    }

    /// Writes one upload per date, oldest first, of the same workplaces through time: staff leave,
    /// start and move between workplaces (see ``DemoUploadGenerator/generateHistory(seed:returnDates:emit:)``).
    static func writeHistory(
        region: String, workplaces: Int, seed: UInt64, dates: [CalendarDate], codes: CodeLists, to folder: URL,
        on database: any Database
    ) async throws -> [(asOf: CalendarDate, files: ImportFiles)] {
        let dates = Set(dates).sorted()
        guard let first = dates.first else { return [] }
        let generator = try await generator(
            region: region, workplaces: workplaces, firstDate: first, codes: codes, on: database)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let returns = dates.map { (asOf: $0, files: files(in: folder, for: $0)) }
        var open: (index: Int, writers: [UploadFileKind: LineWriter])?
        _ = try generator.generateHistory(seed: seed, returnDates: dates) { index, kind, line in
            if open?.index != index {
                // One return's files are open at a time, so memory stays at one return's buffers.
                if let open { for writer in open.writers.values { try writer.close() } }
                let files = returns[index].files
                open = (
                    index,
                    [
                        .workplace: try LineWriter(files.workplace), .staff: try LineWriter(files.staff),
                        .training: try LineWriter(files.training!),
                    ]
                )
            }
            try open?.writers[kind]?.write(line)
        }
        if let open { for writer in open.writers.values { try writer.close() } }
        return returns
    }

    /// The generator for `region` with the East of England's council figures, paying care workers
    /// from the National Living Wage in force on `firstDate`.
    private static func generator(
        region: String, workplaces: Int, firstDate: CalendarDate, codes: CodeLists, on database: any Database
    ) async throws -> DemoUploadGenerator {
        let postcodes = try await postcodes(in: region, on: database)
        var parameters = DemoParameters(workplaceCount: workplaces, asOf: firstDate)
        if firstDate >= CalendarDate(year: 2025, month: 4, day: 1)! {
            // The National Living Wage rose to £12.21 on 1 April 2025.
            parameters.careWorkerHourlyPence = 1221...1450
        }
        if region == defaultRegion { parameters.councilFigures = DemoParameters.eastOfEnglandCouncilFigures }
        return try DemoUploadGenerator(codes: codes, parameters: parameters, postcodes: postcodes)
    }

    /// Where `write` puts the three files for `asOf` in `folder`.
    static func files(in folder: URL, for asOf: CalendarDate) -> ImportFiles {
        let prefix = "\(asOf.description)-sfc-bulk-upload"
        return ImportFiles(
            workplace: folder.appendingPathComponent("\(prefix)-workplace.csv"),
            staff: folder.appendingPathComponent("\(prefix)-staff.csv"),
            training: folder.appendingPathComponent("\(prefix)-training.csv"))
    }
}

enum DemoError: Error, CustomStringConvertible {
    case unknownRegion(String)

    var description: String {
        switch self {
        case .unknownRegion(let code): return "\(code) is not an English region code (E12000001 to E12000009)"
        }
    }
}

/// Buffered writing of text lines to a file, so generating a national data set does not make a
/// system call per row.
final class LineWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
