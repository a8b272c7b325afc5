import ASCWDS
import CarepathCore
import Testing

@Suite("Demo upload generator: file format (spec 2, 9)")
struct DemoFileFormatTests {
    @Test("each file is recognised by its header, and every row has exactly the header's columns")
    func recognised() throws {
        let upload = try DemoFixture.sample.get()
        #expect(upload.headers.workplace?.kind == .workplace)
        #expect(upload.headers.staff?.kind == .staff)
        #expect(upload.headers.training?.kind == .training)
        #expect(upload.headers.workplace?.columns == HeaderLayout.workplace)
        #expect(upload.headers.staff?.columns == HeaderLayout.staffBase)
        #expect(upload.headers.staff?.qualificationPairs == 3)
        #expect(upload.headers.training?.columns == HeaderLayout.training)
        #expect(upload.workplaces.count == 200)
        #expect(upload.staff.count > 4_000)
        #expect(upload.training.count > 4 * upload.staff.count)
        for row in upload.workplaces + upload.staff + upload.training {
            #expect(row.columnCountFinding() == nil, "line \(row.line)")
        }
    }

    @Test("CRLF line endings, no byte-order mark, and only the cells that need them are quoted")
    func conventions() throws {
        let upload = try DemoFixture.sample.get()
        for text in [upload.text.workplace, upload.text.staff, upload.text.training] {
            let bytes = Array(text.utf8)
            #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
            let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
            #expect(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })
            #expect(lineFeeds.count == bytes.filter { $0 == 0x0D }.count)
        }
        // A few qualification and training notes hold a comma and so must be quoted.
        let quotedNotes = upload.staff.filter { $0["QUALACH01NOTES"].contains(",") }
        #expect(!quotedNotes.isEmpty)
        #expect(upload.text.staff.contains("\"Funded by the Workforce Development Fund, assessed in-house\""))
        #expect(!upload.text.workplace.contains("\""))
    }

    @Test("every workplace and staff row has STATUS NEW by default")
    func statusNew() throws {
        let upload = try DemoFixture.sample.get()
        #expect((upload.workplaces + upload.staff).allSatisfy { $0["STATUS"] == "NEW" })
    }

    @Test("STATUS UNCHECKED gives an ASC-WDS-download-like set, nurse categories with a leading zero")
    func statusUnchecked() throws {
        var parameters = DemoFixture.parameters(workplaces: 30)
        parameters.status = .unchecked
        let upload = try DemoFixture.upload(parameters, seed: 11)
        #expect((upload.workplaces + upload.staff).allSatisfy { $0["STATUS"] == "UNCHECKED" })
        let nurses = upload.staff.filter { $0["MAINJOBROLE"] == "16" }
        #expect(!nurses.isEmpty)
        #expect(nurses.allSatisfy { ["01", "02", "03"].contains($0["NMCREG"]) })
    }

    @Test("references use the prefix, and stay within 49 characters")
    func references() throws {
        var parameters = DemoFixture.parameters(workplaces: 3)
        parameters.referencePrefix = "NORFOLK_DEMO-2025"
        let upload = try DemoFixture.upload(parameters, seed: 1)
        #expect(
            upload.workplaces.map(\.localEstablishmentID) == [
                "NORFOLK_DEMO-2025-00001", "NORFOLK_DEMO-2025-00002", "NORFOLK_DEMO-2025-00003",
            ])
        for row in upload.staff {
            #expect(row.uniqueWorkerID.count <= 49 && !row["DISPLAYID"].isEmpty && row["DISPLAYID"].count <= 49)
        }
    }

    @Test("an empty set is just the three headers")
    func empty() throws {
        let files = try DemoFixture.generator(DemoFixture.parameters(workplaces: 0)).generateFiles(seed: 1)
        #expect(files.workplace == HeaderLayout.workplace.joined(separator: ",") + "\r\n")
        #expect(files.staff == HeaderLayout.staffBase.joined(separator: ",") + "\r\n")
        #expect(files.training == HeaderLayout.training.joined(separator: ",") + "\r\n")
    }
}
