import CarepathCore
import Testing

@testable import ASCWDS

/// Headers, streaming, the Staff layout and cell formats of the exporter.
@Suite("ASC-WDS export: files and cells")
struct ExportFileTests {
    static func worker(_ id: String, qualifications: [AchievedQualification] = []) -> StaffRecord {
        var record = StaffRecord(
            line: 2, localEstablishmentID: "SUNRISE-HO", uniqueWorkerID: id, status: .update, displayID: id)
        record.qualifications = qualifications
        return record
    }

    @Test("exact headers with CRLF and no BOM; the Workplace file is recognised by its first 50 characters")
    func headers() throws {
        let workplace = ASCWDSExporter.workplaceFile([])
        #expect(workplace == HeaderLayout.workplace.joined(separator: ",") + "\r\n")
        #expect(workplace.hasPrefix("LOCALESTID,STATUS,ESTNAME,ADDRESS1,ADDRESS2,ADDRES"))
        #expect(try ASCWDSExporter.staffFile([]) == HeaderLayout.staffBase.joined(separator: ",") + "\r\n")
        #expect(ASCWDSExporter.trainingFile([]) == HeaderLayout.training.joined(separator: ",") + "\r\n")
        for text in [workplace, try ASCWDSExporter.staffFile([]), ASCWDSExporter.trainingFile([])] {
            let header = try SpecFiles.rows(SpecFiles.utf8(text)).header
            #expect(header != nil)
        }
    }

    @Test("file names as ASC-WDS downloads them")
    func fileNames() {
        #expect(
            UploadFileKind.allCases.map { ASCWDSExporter.fileName(for: $0, on: ExportFixture.today) } == [
                "2025-07-16-sfc-bulk-upload-workplace.csv", "2025-07-16-sfc-bulk-upload-staff.csv",
                "2025-07-16-sfc-bulk-upload-training.csv",
            ])
    }

    @Test("the streaming variants emit the header, then one CRLF-terminated line per record, as the whole file")
    func streaming() throws {
        let originals = try ExportFixture.examples(asStored: true)
        var workplaceLines: [String] = []
        ASCWDSExporter.writeWorkplaceFile(originals.workplaces, status: .update) { workplaceLines.append($0) }
        #expect(workplaceLines.count == 1 + originals.workplaces.count)
        #expect(
            workplaceLines.allSatisfy {
                $0.hasSuffix("\r\n") && $0.dropLast(2).utf8.allSatisfy { $0 != 13 && $0 != 10 }
            })
        #expect(workplaceLines.joined() == ASCWDSExporter.workplaceFile(originals.workplaces, status: .update))

        var staffLines: [String] = []
        let layout = StaffFileLayout.fitting(originals.staff)
        try ASCWDSExporter.writeStaffFile(originals.staff, layout: layout) { staffLines.append($0) }
        #expect(staffLines.count == 1 + originals.staff.count)
        #expect(staffLines.joined() == (try ASCWDSExporter.staffFile(originals.staff)))

        var trainingLines: [String] = []
        ASCWDSExporter.writeTrainingFile(originals.training) { trainingLines.append($0) }
        #expect(trainingLines.joined() == ASCWDSExporter.trainingFile(originals.training))
    }

    @Test("a qualification keeps its pair, so a gap survives the round trip; the header grows to the highest pair")
    func qualificationPairs() throws {
        let record = Self.worker("EMP1", qualifications: [AchievedQualification(pair: 5, code: 132, year: 2012)])
        #expect(StaffFileLayout.fitting([record]).qualificationPairs == 5)
        let file = try ASCWDSExporter.staffFile([record], status: .update)
        let row = try #require(try ExportFixture.rows(file).first)
        #expect(row.header.qualificationPairs == 5)
        #expect(row["QUALACH05"] == "132;2012")
        #expect(row["QUALACH01"].isEmpty)
        let reread = StaffRowValidator(context: try ExportFixture.context()).validate(row).acceptedValues
        #expect(reread?.qualifications == record.qualifications)
    }

    @Test("qualifications without a usable pair go into the lowest free pairs")
    func qualificationsWithoutPairs() {
        let slots = StaffFileLayout.qualificationSlots([
            AchievedQualification(pair: 2, code: 1), AchievedQualification(pair: 2, code: 3),
            AchievedQualification(pair: 0, code: 4), AchievedQualification(pair: 120, code: 5),
        ])
        #expect(slots.mapValues(\.code) == [2: 1, 1: 3, 3: 4, 4: 5])
    }

    @Test("more qualifications than 99 pairs, or than a streaming layout holds, is an error, not a lost column")
    func qualificationsThatDoNotFit() throws {
        let many = (1...100).map { AchievedQualification(pair: $0, code: 132, year: 2012) }
        #expect(throws: ASCWDSExportError.self) {
            try ASCWDSExporter.staffFile([Self.worker("EMP1", qualifications: many)])
        }
        var emitted = 0
        #expect(
            throws: ASCWDSExportError.qualificationsDoNotFit(
                localEstablishmentID: "SUNRISE-HO", uniqueWorkerID: "EMP2", needed: 4, available: 3)
        ) {
            try ASCWDSExporter.writeStaffFile(
                [Self.worker("EMP2", qualifications: Array(many.prefix(4)))], layout: StaffFileLayout()
            ) { _ in emitted += 1 }
        }
        #expect(emitted == 1, "only the header went out")
    }

    @Test("the rename and transfer columns appear only when a record has a new reference or a destination")
    func renameAndTransferColumns() throws {
        var renamed = Self.worker("EMP1")
        renamed.newUniqueWorkerID = "EMP1-NEW"
        let layout = StaffFileLayout.fitting([renamed, Self.worker("EMP2")])
        #expect(layout == StaffFileLayout(hasRenameColumn: true))
        let file = try ASCWDSExporter.staffFile([renamed], status: .update)
        #expect(file.hasPrefix("LOCALESTID,UNIQUEWORKERID,CHGUNIQUEWRKID,STATUS,DISPLAYID,"))
        #expect(file.contains("\r\nSUNRISE-HO,EMP1,EMP1-NEW,UPDATE,EMP1,"))
        var moved = Self.worker("EMP3")
        moved.transferDestination = "SUNRISE-CH1"
        let row = try #require(try ExportFixture.rows(try ASCWDSExporter.staffFile([moved], status: .update)).first)
        #expect(row.header.hasTransferColumn && !row.header.hasRenameColumn)
        #expect(row["TRANSFERSTAFFRECORD"] == "SUNRISE-CH1")
    }

    @Test("cells are quoted only for a comma, a double quote, a tab or a line break (CRLF included), never for spaces")
    func quoting() {
        #expect(ExportCells.field("Unit 4 Canal Road") == "Unit 4 Canal Road")
        #expect(ExportCells.field("a,b") == "\"a,b\"")
        #expect(ExportCells.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ExportCells.field("a\tb") == "\"a\tb\"")
        #expect(ExportCells.field("a\nb") == "\"a\nb\"")
        #expect(ExportCells.field("a\rb") == "\"a\rb\"")
        #expect(ExportCells.field("a\r\nb") == "\"a\r\nb\"")
        #expect(ExportCells.field("\"a\r\nb\"") == "\"\"\"a\r\nb\"\"\"")
    }

    @Test("money with two decimals, percentages without trailing zeros, half steps, NMCREG with a leading zero")
    func numbers() throws {
        #expect(
            [1144, 1050, 1100, 5, 250, 20_000].map { ExportCells.pounds(pence: $0) }
                == ["11.44", "10.50", "11.00", "0.05", "2.50", "200.00"])
        #expect(
            [450, 455, 500, 1000, 10_000, 301].map { ExportCells.percentage(basisPoints: $0) }
                == ["4.5", "4.55", "5", "10", "100", "3.01"])
        #expect(ExportCells.halfSteps(.known(HalfSteps(halves: 75))) == "37.5")
        #expect(ExportCells.halfSteps(.known(HalfSteps(whole: 40))) == "40")
        #expect(ExportCells.halfSteps(.dontKnow) == "999")
        #expect(ExportCells.halfSteps(nil).isEmpty)
        var nurse = Self.worker("EMP1")
        nurse.nursingCategory = 5
        nurse.level2CareCertificate = Level2CareCertificate(answer: 1, year: 2025)
        nurse.otherQualification = HighestQualification(answer: 999)
        nurse.homePostcode = "ls1  4ap"
        let row = try #require(try ExportFixture.rows(try ASCWDSExporter.staffFile([nurse])).first)
        let cells = ["NMCREG", "L2CARECERT", "NONSCQUAL", "STATUS", "POSTCODE"].map { row[$0] }
        #expect(cells == ["05", "1;2025", "999", "UNCHECKED", "LS1 4AP"])
    }

    @Test("personal data is never shown in descriptions")
    func personalDataDescription() {
        let data = StaffPersonalData(nationalInsuranceNumber: .value("QQ123456A"), dateOfBirth: .keepStored)
        #expect(data.description == "NINUMBER value (withheld), DOB Admin")
        #expect(!String(reflecting: data).contains("QQ123456A"))
    }

    @Test("a ; inside a free-text item of an aligned list is written as a comma, so the lists stay aligned")
    func semicolonsInListItems() throws {
        var record = try ExportGoldenTests.homeCare()
        record.serviceUsers = [.init(code: 1), .init(code: 9, description: "Adults; after a hospital stay")]
        let row = try #require(try ExportFixture.rows(ASCWDSExporter.workplaceFile([record], status: .update)).first)
        #expect(row["OTHERUSERDESC"] == ";Adults, after a hospital stay")
        let validation = WorkplaceRowValidator(context: try ExportFixture.context()).validate(row)
        #expect(
            validation.findings.filter { $0.severity == .error }.isEmpty, "\(validation.findings.map(\.description))")
    }
}
