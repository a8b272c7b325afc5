import ASCWDS
import CarepathCore
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Importing returns")
struct ImportTests {
    @Test("the valid example set imports as a first return: every record created, NI numbers only as keys")
    func firstReturn() async throws {
        try await withTestApp { app in
            let result = try await Examples.firstReturn(app)
            #expect(result.isStored)
            #expect(
                result.report.outcome == .passed || result.report.findings.allSatisfy { $0.severity == .information })
            #expect(result.changes.workplacesCreated == 4)
            #expect(result.changes.staffCreated == 5)
            #expect(result.changes.trainingRecordsAdded == 5)
            #expect(try await WorkplaceEntity.query(on: app.db).count() == 4)
            #expect(try await StaffEntity.query(on: app.db).count() == 5)
            #expect(try await TrainingEntity.query(on: app.db).count() == 5)

            let headOffice = try #require(
                try await WorkplaceEntity.query(on: app.db).filter(\.$referenceKey == "SUNRISE-HO").first())
            #expect(headOffice.isPrimary)
            let version = try #require(try await WorkplaceVersionEntity.find(headOffice.currentVersionID, on: app.db))
            #expect(version.postcode == "LS1 1AA")
            #expect(version.postcodeSector == "LS1 1")
            #expect(version.districtCode == "E08000035")
            #expect(version.cassrCode == "E08000035")
            #expect(version.regionCode == "E12000003")

            let priya = try #require(
                try await StaffEntity.query(on: app.db).filter(\.$referenceKey == "EMP0001").first())
            let expectedKey = PersonKey.key(forNationalInsuranceNumber: "QQ123456A", secret: .development)
            #expect(priya.personKey == expectedKey)
            let staffVersion = try #require(try await StaffVersionEntity.find(priya.currentVersionID, on: app.db))
            #expect(staffVersion.yearOfBirth == 1975)
            #expect(staffVersion.annualSalary == 62_000)
            #expect(!staffVersion.record.contains("QQ123456A"))
            #expect(!staffVersion.record.contains("1975-03-14"))

            let returns = try await ReturnEntity.query(on: app.db).all()
            #expect(returns.count == 1)
            #expect(returns.first?.staffRows == 5)
        }
    }

    @Test("files with errors store nothing at all, not even the organisation")
    func invalidStoresNothing() async throws {
        try await withTestApp { app in
            await #expect {
                try await Examples.run(
                    app, workplace: Examples.text("workplace-valid.csv"), staff: Examples.text("staff-invalid.csv"),
                    training: nil, options: Examples.options())
            } throws: { error in
                guard case ImportStop.invalid(let result) = error else { return false }
                return result.report.findings.contains { $0.code == 997 } && !result.isStored
            }
            let organisations = try await OrganisationEntity.query(on: app.db).count()
            let returns = try await ReturnEntity.query(on: app.db).count()
            let workplaces = try await WorkplaceEntity.query(on: app.db).count()
            #expect(organisations == 0)
            #expect(returns == 0)
            #expect(workplaces == 0)
        }
    }

    @Test("sending the same data again with every row UNCHECKED changes nothing")
    func unchangedSecondReturn() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let result = try await Examples.run(
                app, workplace: Examples.unchanged("workplace-valid.csv"), staff: Examples.unchanged("staff-valid.csv"),
                training: nil, options: Examples.options(asOf: CalendarDate(year: 2025, month: 8, day: 1)!))
            #expect(result.isStored)
            #expect(result.changes.changesNothing, "\(result.changes)")
            #expect(result.changes.workplacesConfirmed == 4)
            #expect(result.changes.staffConfirmed == 5)
            #expect(try await WorkplaceVersionEntity.query(on: app.db).count() == 8)
            #expect(try await TrainingEntity.query(on: app.db).filter(\.$replacedReturnID == nil).count() == 5)
        }
    }

    @Test("a staff record the file leaves out is removed only when confirmed, and then kept in history")
    func implicitRemoval() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let staff =
                Examples.lines(try Examples.unchanged("staff-valid.csv")).filter { !$0.contains("EMP0301") }
                .joined(separator: "\n") + "\n"
            let workplace = try Examples.unchanged("workplace-valid.csv")
            let later = CalendarDate(year: 2025, month: 8, day: 1)!
            await #expect {
                try await Examples.run(
                    app, workplace: workplace, staff: staff, training: nil, options: Examples.options(asOf: later))
            } throws: { error in
                guard case ImportStop.removalsNotConfirmed(let result) = error else { return false }
                return result.changes.staffRemovedImplicitly == 1
            }
            #expect(try await ReturnEntity.query(on: app.db).count() == 1)
            let confirmed = try await Examples.run(
                app, workplace: workplace, staff: staff, training: nil,
                options: Examples.options(confirmRemovals: true, asOf: later))
            #expect(confirmed.changes.staffRemovedImplicitly == 1)
            let sam = try #require(try await StaffEntity.query(on: app.db).filter(\.$referenceKey == "EMP0301").first())
            #expect(sam.removedReturnID == confirmed.returnID)
            #expect(try await StaffVersionEntity.query(on: app.db).filter(\.$staffID == sam.id!).count() == 1)
        }
    }

    @Test("an UPDATE keeps stored values for blank cells and replaces the worker's training")
    func updateAndTraining() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            var staffLines = Examples.lines(try Examples.unchanged("staff-valid.csv"))
            // Tom (EMP0102) is updated with a new annual salary; his other cells are left as they were.
            let tom = staffLines.firstIndex { $0.contains("EMP0102") }!
            staffLines[tom] = staffLines[tom].replacingOccurrences(of: ",UNCHECKED,", with: ",UPDATE,")
            let training =
                Examples.lines(try Examples.text("training-valid.csv")).filter {
                    $0.hasPrefix("LOCALESTID") || $0.contains("EMP0102")
                }.joined(separator: "\n") + "\n"
            let result = try await Examples.run(
                app, workplace: Examples.unchanged("workplace-valid.csv"),
                staff: staffLines.joined(separator: "\n") + "\n",
                training: training, options: Examples.options(asOf: CalendarDate(year: 2025, month: 8, day: 1)!))
            #expect(result.changes.staffUpdated == 1)
            #expect(result.changes.workersWithTrainingReplaced == 1)
            let tomEntity = try #require(
                try await StaffEntity.query(on: app.db).filter(\.$referenceKey == "EMP0102").first())
            let replaced = try await TrainingEntity.query(on: app.db).filter(\.$staffID == tomEntity.id!)
                .filter(\.$replacedReturnID == result.returnID).count()
            let current = try await TrainingEntity.query(on: app.db).filter(\.$staffID == tomEntity.id!)
                .filter(\.$replacedReturnID == nil).count()
            #expect(replaced > 0)
            #expect(current == replaced)
        }
    }

    @Test("a failure part-way through leaves the stored state exactly as it was")
    func failureRollsBack() async throws {
        try await withTestApp { app in
            try await Examples.firstReturn(app)
            let before = try await StaffVersionEntity.query(on: app.db).count()
            // A Training file whose last line is not UTF-8: the failure comes after the workplace and
            // staff rows have been written inside the transaction.
            let training = try Examples.text("training-valid.csv") + "SUNRISE-HO,EMP0001,1,Caf\u{E9}\n"
            var bytes = Array(training.utf8)
            bytes.removeLast(3)
            bytes += [0xE9, 0x0A]
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let workplace = folder.appendingPathComponent("w.csv")
            let staff = folder.appendingPathComponent("s.csv")
            let trainingURL = folder.appendingPathComponent("t.csv")
            try Examples.unchanged("workplace-valid.csv").write(to: workplace, atomically: true, encoding: .utf8)
            try Examples.unchanged("staff-valid.csv").replacingOccurrences(of: ",UNCHECKED,", with: ",UPDATE,")
                .write(to: staff, atomically: true, encoding: .utf8)
            try Data(bytes).write(to: trainingURL)
            await #expect(throws: UploadFileError.self) {
                try await Examples.importer(app).run(
                    ImportFiles(workplace: workplace, staff: staff, training: trainingURL),
                    options: Examples.options(asOf: CalendarDate(year: 2025, month: 8, day: 1)!))
            }
            #expect(try await StaffVersionEntity.query(on: app.db).count() == before)
            #expect(try await ReturnEntity.query(on: app.db).count() == 1)
        }
    }

    @Test("a file over the size limit is refused by its size before it is read, naming the file; nothing is stored")
    func oversizedFile() async throws {
        try await withTestApp { app in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let workplace = folder.appendingPathComponent("w.csv")
            let staff = folder.appendingPathComponent("big-staff.csv")
            try Examples.text("workplace-valid.csv").write(to: workplace, atomically: true, encoding: .utf8)
            let padding = String(repeating: "\r\n", count: 600_000)
            try (Examples.text("staff-valid.csv") + padding).write(to: staff, atomically: true, encoding: .utf8)
            var options = Examples.options()
            options.maximumFileBytes = 1_000_000
            await #expect {
                try await Examples.importer(app).run(ImportFiles(workplace: workplace, staff: staff), options: options)
            } throws: { error in
                (error as? UploadFileError)?.description
                    == "big-staff.csv: the file is larger than 1 MB; split the upload by workplace"
            }
            #expect(try await OrganisationEntity.query(on: app.db).count() == 0)
            #expect(try await ReturnEntity.query(on: app.db).count() == 0)
        }
    }
}
