import ASCWDS
import CarepathCore
import Fluent
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

/// Export, then import again, changes nothing (issue 3): the stored state before and after is the
/// same, down to the bytes of a second export.
@Suite("Exporting returns")
struct ExportImportTests {
    static let secondDate = CalendarDate(year: 2025, month: 8, day: 1)!

    @Test("an UPDATE export re-imports with no findings, and exports again byte for byte")
    func updateRoundTrip() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let (first, result) = try await Self.roundTrip(app, "SUNRISE", status: .update)
            #expect(first.staff.contains("Admin"))
            #expect(!first.staff.contains("QQ123456A"))
            // Re-sending every value a day later repeats the days sick of the four workers who have
            // one, which ASC-WDS warns about (3240); nothing else is found.
            let warnings = result.report.findings.filter { $0.code == 3240 }
            #expect(warnings.compactMap(\.uniqueWorkerID).sorted() == ["EMP0001", "EMP0102", "EMP0131", "EMP0301"])
            #expect(result.report.findings.count == warnings.count, "\(result.report.findings.map(\.description))")
            #expect(result.changes.staffUpdated == 5)
            #expect(result.changes.workplacesUpdated == 4)
            #expect(result.changes.staffCreated + result.changes.workplacesCreated == 0)
            #expect(
                result.changes.staffRemoved + result.changes.workplacesRemoved + result.changes.implicitRemovals == 0)
        }
    }

    @Test("an UNCHECKED export (the default) confirms every record and leaves training as it was")
    func uncheckedRoundTrip() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let trainingBefore = try await TrainingEntity.query(on: app.db).filter(\.$replacedReturnID == nil).all()
            let (_, result) = try await Self.roundTrip(app, "SUNRISE", status: .unchecked)
            #expect(result.report.findings.allSatisfy { $0.severity != .error })
            #expect(result.changes.changesNothing)
            #expect(result.changes.staffConfirmed == 5)
            let trainingAfter = try await TrainingEntity.query(on: app.db).filter(\.$replacedReturnID == nil).all()
            #expect(Set(trainingAfter.compactMap(\.id)) == Set(trainingBefore.compactMap(\.id)))
        }
    }

    @Test("a generated region, with qualifications and many training rows, survives an UPDATE round trip")
    func demoRegionRoundTrip() async throws {
        try await withTestApp { app in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            defer { try? FileManager.default.removeItem(at: folder) }
            let generated = try await DemoRegion.write(
                region: "E12000006", workplaces: 6, seed: 11, asOf: Examples.asOf, codes: app.ascwdsCodes, to: folder,
                on: app.db)
            _ = try await Examples.importer(app).run(
                generated.files, options: ImportOptions(organisationReference: "DEMO-EAST", asOf: Examples.asOf))
            let (first, result) = try await Self.roundTrip(app, "DEMO-EAST", status: .update)
            #expect(first.staff.contains("QUALACH01"))
            #expect(!result.report.findings.isEmpty)
            #expect(
                result.report.findings.allSatisfy { $0.code == 3240 },
                "\(result.report.findings.prefix(5).map(\.description))")
            #expect(result.changes.staffUpdated == generated.summary.staff)
            #expect(result.changes.trainingRecordsAdded == generated.summary.training)
        }
    }

    @Test("one workplace exports alone; an unknown organisation or workplace is a clear error")
    func scopeAndErrors() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let one = try await CurrentReturnState.load(
                organisationReference: "SUNRISE", workplaceReference: " SUNRISE-HO", on: app.db)
            #expect(one.workplaces.map(\.reference) == ["SUNRISE-HO"])
            #expect(one.staff.allSatisfy { $0.localEstablishmentID == "SUNRISE-HO" })
            await #expect(throws: CurrentReturnStateError.unknownOrganisation("NOBODY")) {
                try await CurrentReturnState.load(organisationReference: "NOBODY", on: app.db)
            }
            await #expect(throws: CurrentReturnStateError.unknownWorkplace("GONE", organisation: "SUNRISE")) {
                try await CurrentReturnState.load(
                    organisationReference: "SUNRISE", workplaceReference: "GONE", on: app.db)
            }
        }
    }

    @Test("someone who may see a workplace's staff downloads its three files from the staff page; each is audited")
    func webDownload() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let user = try await TestAccounts.member(app, organisation: "SUNRISE", role: .viewer)
            var viewer = try await TestAccounts.session(for: user, app)
            let page = try await viewer.get(app, "/providers/SUNRISE/workplaces/SUNRISE-CH1/staff")
            #expect(page.body.string.contains("Download as ASC-WDS files"))
            let path = "/providers/SUNRISE/workplaces/SUNRISE-CH1/export/staff.csv"
            #expect(page.body.string.contains("href=\"\(path)\""))

            let staff = try await viewer.get(app, path)
            #expect(staff.status == .ok)
            #expect(staff.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(
                staff.headers.first(name: .contentDisposition)?.contains("-sfc-bulk-upload-staff.csv") == true)
            let state = try await CurrentReturnState.load(
                organisationReference: "SUNRISE", workplaceReference: "SUNRISE-CH1", on: app.db)
            #expect(staff.body.string == (try state.text(of: .staff, status: .unchecked)))
            let lines = Examples.lines(staff.body.string)
            #expect(lines.count == 3)
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("SUNRISE-CH1,") && $0.contains(",UNCHECKED,") })
            #expect(
                try await viewer.get(app, "/providers/SUNRISE/workplaces/SUNRISE-CH1/export/training.csv").status == .ok
            )
            #expect(
                try await viewer.get(app, "/providers/SUNRISE/workplaces/SUNRISE-CH1/export/notes.csv").status
                    == .notFound)
            let exports = try await AuditEventEntity.query(on: app.db)
                .filter(\.$action == AuditAction.recordsExported.rawValue).count()
            #expect(exports == 2)
        }
    }

    /// Exports `organisation`, imports the export as its next return, and checks that the return
    /// was stored, that exporting again gives the same bytes, and that the stored state is the same.
    /// Returns the first export and the import's result, for the caller's own checks.
    static func roundTrip(
        _ app: Application, _ organisation: String, status: ASCWDSExporter.Status
    ) async throws
        -> (ExportedTexts, ImportResult)
    {
        let before = try await Snapshot.take(app, organisation: organisation)
        let (files, first) = try await export(app, organisation, status: status)
        defer { try? FileManager.default.removeItem(at: files.workplace.deletingLastPathComponent()) }
        let result = try await Examples.importer(app).run(
            files, options: ImportOptions(organisationReference: organisation, asOf: secondDate))
        #expect(result.isStored)
        let (againFiles, again) = try await export(app, organisation, status: status)
        defer { try? FileManager.default.removeItem(at: againFiles.workplace.deletingLastPathComponent()) }
        #expect(again == first)
        let after = try await Snapshot.take(app, organisation: organisation)
        #expect(after == before, "\(after.differences(from: before).prefix(3))")
        return (first, result)
    }

    /// Exports the organisation into a new temporary folder; returns the files and their texts.
    static func export(
        _ app: Application, _ organisation: String, status: ASCWDSExporter.Status
    ) async throws
        -> (ImportFiles, ExportedTexts)
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let state = try await CurrentReturnState.load(organisationReference: organisation, on: app.db)
        let files = try state.write(to: folder, status: status, date: Self.secondDate)
        let texts = ExportedTexts(
            workplace: try String(contentsOf: files.workplace, encoding: .utf8),
            staff: try String(contentsOf: files.staff, encoding: .utf8),
            training: try String(contentsOf: files.training!, encoding: .utf8))
        #expect(files.staff.lastPathComponent == "2025-08-01-sfc-bulk-upload-staff.csv")
        return (files, texts)
    }
}

struct ExportedTexts: Equatable {
    var workplace: String
    var staff: String
    var training: String
}

/// What an organisation holds now, in the columns an export cannot show: the NI-number keys and
/// years of birth, the resolved areas, and the current records themselves.
struct Snapshot: Equatable {
    var people: [String: [String?]] = [:]
    var workplaces: [String: [String?]] = [:]

    static func take(_ app: Application, organisation: String) async throws -> Snapshot {
        let account = try await StoredAccount.load(organisationReference: organisation, on: app.db)
        var snapshot = Snapshot()
        for (key, worker) in account.staff {
            let version = account.staffVersions[worker.id!]
            snapshot.people["\(key.workplace)/\(key.worker)"] = [
                worker.personKey, version?.yearOfBirth.map(String.init), version?.mainJobRole.map(String.init),
                version?.annualSalary.map(String.init), version?.startDate,
                try version.map { try Self.content($0.record) },
            ]
        }
        for (key, workplace) in account.workplaces {
            let version = account.workplaceVersions[workplace.id!]
            snapshot.workplaces[key] = [
                version?.postcodeSector, version?.districtCode, version?.cassrCode,
                try version.map { try Self.content($0.record) },
                workplace.isPrimary ? "primary" : nil,
            ]
        }
        return snapshot
    }

    /// The entries that differ, for a failing expectation's message.
    func differences(from other: Snapshot) -> [String] {
        var lines: [String] = []
        for (key, values) in people where other.people[key] != values {
            lines.append("\(key): \(String(describing: other.people[key])) -> \(values)")
        }
        for (key, values) in workplaces where other.workplaces[key] != values {
            lines.append("\(key): \(String(describing: other.workplaces[key])) -> \(values)")
        }
        return lines
    }

    /// A stored record without the row it came from: its line and STATUS say how it arrived, not
    /// what it holds.
    static func content(_ json: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        object["line"] = nil
        object["status"] = nil
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
