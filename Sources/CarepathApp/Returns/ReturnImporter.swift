import ASCWDS
import CarepathCore
import Fluent
import Foundation

/// Imports one upload as a return: validates the files against the organisation's stored state and,
/// when nothing is wrong, applies every change in one transaction.
///
/// Validation and writing happen in a single pass inside the transaction, so a file of any size is
/// read once and memory holds one chunk of rows; any error, a dry run or unconfirmed removals roll
/// the whole transaction back, so nothing is half-written.
struct ReturnImporter {
    let database: any Database
    let codes: CodeLists
    let personKeySecret: PersonKeySecret
    var now: @Sendable () -> Date = { Date() }
    var newID: @Sendable () -> UUID = { UUID() }

    /// Imports `files` for `options.organisationReference`.
    /// - Throws: ``ImportStop`` when nothing was stored (errors, dry run, unconfirmed removals), or
    ///   ``UploadFileError`` for a file that cannot be read at all.
    func run(
        _ files: ImportFiles, options: ImportOptions, progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws
        -> ImportResult
    {
        let stored = try await StoredAccount.load(organisationReference: options.organisationReference, on: database)
        let limit = options.maximumFileBytes
        let workplaceFile = try UploadFileStream.allRows(of: files.workplace, maximumBytes: limit)
        try Self.require(workplaceFile.header, is: .workplace, file: files.workplace)
        let postcodes = try await PostcodeDirectory.load(workplaceFile.rows, on: database)
        let importer = self
        return try await database.transaction { transaction in
            var run = ImportRun(
                importer: importer, database: transaction, stored: stored, options: options, postcodes: postcodes)
            try await run.begin()
            for row in workplaceFile.rows { try await run.workplace(row) }
            try await run.finishWorkplaces()
            var rowsRead = workplaceFile.rows.count
            var staffFile = try UploadFileStream(url: files.staff, maximumBytes: limit)
            while let chunk = try staffFile.nextRows() {
                try Self.require(staffFile.header, is: .staff, file: files.staff)
                for row in chunk { try await run.staff(row) }
                try await run.flush()
                rowsRead += chunk.count
                progress(rowsRead)
            }
            if let training = files.training {
                var trainingFile = try UploadFileStream(url: training, maximumBytes: limit)
                while let chunk = try trainingFile.nextRows() {
                    try Self.require(trainingFile.header, is: .training, file: training)
                    for row in chunk { try await run.training(row) }
                    try await run.flush()
                    rowsRead += chunk.count
                    progress(rowsRead)
                }
            }
            return try await run.finish()
        }
    }

    static func require(_ header: FileHeader?, is kind: UploadFileKind, file: URL) throws {
        guard let header else { return }
        guard header.kind == kind else {
            throw UploadFileError(
                fileName: file.lastPathComponent, line: 1,
                problem: "this is a \(header.kind.title) file, but it was given as the \(kind.title) file")
        }
    }
}

/// The workplace postcodes of an upload, looked up once before validation.
struct PostcodeDirectory: Sendable {
    var locations: [String: PostcodeRecord.Location] = [:]

    static func load(_ rows: [UploadRow], on database: any Database) async throws -> PostcodeDirectory {
        let postcodes = Set(rows.compactMap { try? Postcode($0["POSTCODE"]).normalised })
        var directory = PostcodeDirectory()
        let list = Array(postcodes)
        for start in stride(from: 0, to: list.count, by: 500) {
            let batch = Array(list[start..<min(start + 500, list.count)])
            for record in try await PostcodeRecord.query(on: database).filter(\.$id ~~ batch).all() {
                directory.locations[record.id!] = .init(districtCode: record.districtCode)
            }
        }
        return directory
    }

    func isKnown(_ postcode: Postcode) -> Bool { locations[postcode.normalised] != nil }
}

extension PostcodeRecord {
    struct Location: Sendable, Hashable {
        var districtCode: String
    }
}
