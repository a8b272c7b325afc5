import ASCWDS
import CarepathCore
import Foundation

/// The generated files of `carepath bench import`, kept between runs with their row counts, so a
/// national-size set (about 10 minutes to generate) is generated once.
enum BenchImportFiles {
    private static let summaryName = "summary.txt"

    /// The files already in `folder`, when a complete earlier generation left them there.
    static func kept(in folder: URL, asOf: CalendarDate) throws -> (files: ImportFiles, summary: DemoUploadSummary)? {
        let files = DemoRegion.files(in: folder, for: asOf)
        let summaryURL = folder.appendingPathComponent(summaryName)
        let paths = [files.workplace, files.staff, files.training!, summaryURL].map(\.path)
        guard paths.allSatisfy(FileManager.default.fileExists(atPath:)) else { return nil }
        let counts = try String(contentsOf: summaryURL, encoding: .utf8).split(separator: " ").compactMap { Int($0) }
        guard counts.count == 3 else { return nil }
        var summary = DemoUploadSummary()
        (summary.workplaces, summary.staff, summary.training) = (counts[0], counts[1], counts[2])
        return (files, summary)
    }

    /// Records that the files in `folder` are complete, with their row counts.
    static func keep(_ summary: DemoUploadSummary, in folder: URL) throws {
        try "\(summary.workplaces) \(summary.staff) \(summary.training)".write(
            to: folder.appendingPathComponent(summaryName), atomically: true, encoding: .utf8)
    }
}
