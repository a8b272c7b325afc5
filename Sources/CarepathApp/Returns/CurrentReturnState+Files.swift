import ASCWDS
import CarepathCore
import Foundation

extension CurrentReturnState {
    /// Writes the state as the three ASC-WDS files, named as ASC-WDS names its downloads for `date`,
    /// into `folder` (created if missing). NI numbers and dates of birth are written `Admin`: Carepath
    /// keeps neither, and `Admin` tells the importer to keep what it holds.
    func write(to folder: URL, status: ASCWDSExporter.Status, date: CalendarDate) throws -> ImportFiles {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = ImportFiles(
            workplace: folder.appendingPathComponent(ASCWDSExporter.fileName(for: .workplace, on: date)),
            staff: folder.appendingPathComponent(ASCWDSExporter.fileName(for: .staff, on: date)),
            training: folder.appendingPathComponent(ASCWDSExporter.fileName(for: .training, on: date)))
        try Self.writeFile(files.workplace) { emit in
            try ASCWDSExporter.writeWorkplaceFile(workplaces, status: status, emit: emit)
        }
        try Self.writeFile(files.staff) { emit in
            try ASCWDSExporter.writeStaffFile(staff, layout: .fitting(staff), status: status, emit: emit)
        }
        try Self.writeFile(files.training!) { emit in
            try ASCWDSExporter.writeTrainingFile(training, emit: emit)
        }
        return files
    }

    /// The three files as text, for a download.
    func text(of kind: UploadFileKind, status: ASCWDSExporter.Status) throws -> String {
        switch kind {
        case .workplace: return ASCWDSExporter.workplaceFile(workplaces, status: status)
        case .staff: return try ASCWDSExporter.staffFile(staff, status: status)
        case .training: return ASCWDSExporter.trainingFile(training)
        }
    }

    private static func writeFile(_ url: URL, _ body: (_ emit: (String) throws -> Void) throws -> Void) throws {
        let writer = try LineWriter(url)
        try body(writer.write)
        try writer.close()
    }
}
