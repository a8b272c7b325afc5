import CarepathCore
import Testing

@testable import ASCWDS

/// Exporting the valid example set and reading it back changes nothing (spec 9).
@Suite("ASC-WDS export round trip")
struct ExportRoundTripTests {
    @Test("the stored example set is read without findings, so it is a fair starting point")
    func originals() throws {
        let originals = try ExportFixture.examples(asStored: true)
        #expect(originals.findings.isEmpty, "\(originals.findings.map(\.description))")
        #expect(originals.workplaces.count == 4)
        #expect(originals.staff.count == 5)
        #expect(originals.training.count == 5)
    }

    /// Only STATUS differs: the originals say NEW, UPDATE or (read as UPDATE) UNCHECKED, the export
    /// says UPDATE on every row. `line` is compared too: it matches because the export keeps the
    /// rows' order and no example cell holds a line break (one would move every later line).
    @Test("UPDATE with the real NI numbers and dates of birth: zero findings, the same records")
    func updateRoundTrip() throws {
        let originals = try ExportFixture.examples(asStored: true)
        let files = try ExportFixture.export(
            originals, status: .update, personalData: ExportFixture.personalData(from: originals.staff))
        let reread = try ExportFixture.read(workplace: files.workplace, staff: files.staff, training: files.training)
        #expect(reread.findings.isEmpty, "\(reread.findings.map(\.description))")
        #expect(reread.workplaces == originals.workplaces.withStatus(.update))
        #expect(reread.staff == originals.staff.withStatus(.update))
        #expect(reread.training == originals.training)
        #expect(reread.staff.map(\.line) == originals.staff.map(\.line))
        #expect(reread.staff.compactMap(\.nationalInsuranceNumber) == ["QQ123456A", "QQ123457B", "QQ123458C"])
    }

    @Test("UPDATE export through the whole-upload validator, Sunrise after the valid upload: zero findings")
    func updateWholeUpload() throws {
        let originals = try ExportFixture.examples(asStored: true)
        let files = try ExportFixture.export(
            originals, status: .update, personalData: ExportFixture.personalData(from: originals.staff))
        let report = try ExportFixture.validateUpload(files, account: ExportFixture.sunriseAfterValidUpload)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.description))")
        #expect(report.rowCounts == [.workplace: 4, .staff: 5, .training: 5])
    }

    @Test("each record's own STATUS, with the Sunrise account as the examples assume: zero findings, exact records")
    func asRecordedRoundTrip() throws {
        let originals = try ExportFixture.examples(asStored: false)
        let files = try ExportFixture.export(
            originals, status: .asRecorded, personalData: ExportFixture.personalData(from: originals.staff))
        let reread = try ExportFixture.read(workplace: files.workplace, staff: files.staff, training: files.training)
        #expect(reread.findings.isEmpty, "\(reread.findings.map(\.description))")
        #expect(reread.workplaces == originals.workplaces)
        #expect(reread.staff == originals.staff)
        #expect(reread.training == originals.training)
        let report = try ExportFixture.validateUpload(files, account: Sunrise.account)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.description))")
    }

    @Test("UNCHECKED (the default) with Admin NI and DOB: re-validates with zero errors")
    func uncheckedRevalidates() throws {
        let originals = try ExportFixture.examples(asStored: true)
        let files = try ExportFixture.export(originals, status: .unchecked)
        #expect(files.workplace.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",UNCHECKED,") })
        let reread = try ExportFixture.read(workplace: files.workplace, staff: files.staff, training: files.training)
        #expect(reread.errors.isEmpty, "\(reread.errors.map(\.description))")
        #expect(reread.workplaces.map(\.reference) == originals.workplaces.map(\.reference))
        #expect(reread.staff.map(\.uniqueWorkerID) == originals.staff.map(\.uniqueWorkerID))
        #expect(reread.staff.allSatisfy { $0.status == .unchecked })
        let report = try ExportFixture.validateUpload(files, account: ExportFixture.sunriseAfterValidUpload)
        #expect(report.count(.error, in: .workplace) + report.count(.error, in: .staff) == 0)
        #expect(report.count(.error, in: .training) == 0, "\(report.findings.map(\.description))")
    }

    @Test("Admin in NINUMBER and DOB reads back as 'keep the stored value', never as a value")
    func adminReadsAsKeepStored() throws {
        let originals = try ExportFixture.examples(asStored: true)
        let files = try ExportFixture.export(originals, status: .update)
        let reread = try ExportFixture.read(workplace: files.workplace, staff: files.staff, training: files.training)
        #expect(reread.errors.isEmpty, "\(reread.errors.map(\.description))")
        #expect(reread.staff.allSatisfy { $0.keepsStoredNationalInsuranceNumber && $0.keepsStoredDateOfBirth })
        #expect(reread.staff.allSatisfy { $0.nationalInsuranceNumber == nil && $0.dateOfBirth == nil })
    }

    @Test(
        "export(import(export(x))) == export(x), byte for byte",
        arguments: [ASCWDSExporter.Status.update, .asRecorded])
    func idempotent(status: ASCWDSExporter.Status) throws {
        let originals = try ExportFixture.examples(asStored: true)
        for personalData in [ExportFixture.personalData(from: originals.staff), { _ in .keepStored }] {
            let first = try ExportFixture.export(originals, status: status, personalData: personalData)
            let reread = try ExportFixture.read(
                workplace: first.workplace, staff: first.staff, training: first.training)
            let second = try ExportFixture.export(
                reread, status: status, personalData: ExportFixture.personalData(from: reread.staff))
            for (again, once) in [
                (second.workplace, first.workplace), (second.staff, first.staff), (second.training, first.training),
            ] {
                #expect(again.utf8.elementsEqual(once.utf8), "\(again)\nis not\n\(once)")
            }
        }
    }

    /// The examples are written in ASC-WDS's conventions, so the export reproduces them byte for
    /// byte, except where Carepath's values or section 9 say otherwise.
    @Test("the export reproduces the example files, apart from STATUS of the rows read as stored and NMCREG 01")
    func reproducesTheExamples() throws {
        let originals = try ExportFixture.examples(asStored: true)
        let files = try ExportFixture.export(
            originals, status: .asRecorded, personalData: ExportFixture.personalData(from: originals.staff))
        func example(_ name: String) throws -> String {
            String(decoding: try SpecFiles.bytes("ascwds-examples/\(name)-valid.csv"), as: UTF8.self)
        }
        let workplace = try example("workplace").replacing("SUNRISE-DAY1,UNCHECKED,", with: "SUNRISE-DAY1,UPDATE,")
        let staff = try example("staff").replacing("EMP0301,UNCHECKED,", with: "EMP0301,UPDATE,")
            .replacing(",16,,37.5,,1,,", with: ",16,,37.5,,01,,")
        #expect(files.workplace.utf8.elementsEqual(workplace.utf8), "\(files.workplace)")
        #expect(files.staff.utf8.elementsEqual(staff.utf8), "\(files.staff)")
        #expect(files.training.utf8.elementsEqual(try example("training").utf8), "\(files.training)")
    }
}
