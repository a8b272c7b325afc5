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
        let postcodes = try await postcodes(in: region, on: database)
        var parameters = DemoParameters(workplaceCount: workplaces, asOf: asOf)
        if asOf >= CalendarDate(year: 2025, month: 4, day: 1)! {
            // The National Living Wage rose to £12.21 on 1 April 2025.
            parameters.careWorkerHourlyPence = 1221...1450
        }
        let generator = try DemoUploadGenerator(codes: codes, parameters: parameters, postcodes: postcodes)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let prefix = "\(asOf.description)-sfc-bulk-upload"
        let files = ImportFiles(
            workplace: folder.appendingPathComponent("\(prefix)-workplace.csv"),
            staff: folder.appendingPathComponent("\(prefix)-staff.csv"),
            training: folder.appendingPathComponent("\(prefix)-training.csv"))
        let workplace = try LineWriter(files.workplace)
        let staff = try LineWriter(files.staff)
        let training = try LineWriter(files.training!)
        let summary = try generator.generate(
            seed: seed, workplace: { try workplace.write($0) }, staff: { try staff.write($0) },
            training: { try training.write($0) })
        for writer in [workplace, staff, training] { try writer.close() }
        return (files, summary)
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
