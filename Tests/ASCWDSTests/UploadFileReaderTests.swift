import CarepathCore
import Testing

@testable import ASCWDS

@Suite("Reading uploaded files")
struct UploadFileReaderTests {
    @Test(
        "the example files are recognised and read, whatever the chunk size",
        arguments: [
            ("ascwds-examples/workplace-valid.csv", UploadFileKind.workplace, 4),
            ("ascwds-examples/staff-valid.csv", .staff, 5),
            ("ascwds-examples/training-valid.csv", .training, 5),
            ("ascwds-examples/workplace-invalid.csv", .workplace, 17),
            ("ascwds-examples/staff-invalid.csv", .staff, 16),
            ("ascwds-examples/training-invalid.csv", .training, 14),
        ])
    func examples(path: String, kind: UploadFileKind, rows: Int) throws {
        let bytes = try SpecFiles.bytes(path)
        let whole = try SpecFiles.rows(bytes, chunkSize: bytes.count)
        #expect(whole.header?.kind == kind)
        #expect(whole.rows.count == rows)
        for chunkSize in [1, 7, 64] {
            let chunked = try SpecFiles.rows(bytes, chunkSize: chunkSize)
            #expect(chunked.rows == whole.rows, "chunk size \(chunkSize)")
        }
    }

    @Test("a BOM, CRLF line endings and quoted header names are all accepted (spec 10.24)")
    func bomAndQuotedHeader() throws {
        let header = HeaderLayout.training.map { "\"\($0)\"" }.joined(separator: ",")
        let text = "\u{FEFF}" + header + "\r\nWP1,EMP1,1,Moving and handling,,,,,,01/02/2025,,\r\n"
        let read = try SpecFiles.rows(SpecFiles.utf8(text), chunkSize: 3)
        #expect(read.header?.kind == .training)
        #expect(read.rows.first?["TRAININGNAME"] == "Moving and handling")
        #expect(read.rows.first?.line == 2)
    }

    @Test("cells are trimmed, but spaces inside a ; list are kept")
    func trimming() throws {
        let text = HeaderLayout.training.joined(separator: ",") + "\n  WP1 ,EMP1,1,  Fire safety  ,,,,,,,,\"a; b\"\n"
        let row = try #require(try SpecFiles.rows(SpecFiles.utf8(text)).rows.first)
        #expect(row.localEstablishmentID == "WP1")
        #expect(row["TRAININGNAME"] == "Fire safety")
        #expect(Cells.list(row["NOTES"]) == ["a", " b"])
    }

    @Test(
        "unreadable files are refused with the file name and line",
        arguments: [
            ("", "upload.csv: the file is empty"),
            ("name,email\nx,y\n", "upload.csv line 1: the first line (name,email…) is not the header"),
            (HeaderLayout.training.joined(separator: ",") + "\nWP1,\"EMP1,1\n", "upload.csv line 2:"),
        ])
    func unreadable(text: String, message: String) {
        #expect {
            _ = try SpecFiles.rows(SpecFiles.utf8(text))
        } throws: { error in
            (error as? UploadFileError)?.description.hasPrefix(message) == true
        }
    }

    @Test("bytes that are not UTF-8 are refused, naming the line")
    func notUTF8() {
        let bytes =
            SpecFiles.utf8(HeaderLayout.training.joined(separator: ",") + "\nWP1,EMP1,1,Caf") + [0xE9]
            + SpecFiles.utf8(",,,,,,,,\n")
        #expect {
            _ = try SpecFiles.rows(bytes)
        } throws: { error in
            guard let error = error as? UploadFileError else { return false }
            return error.line == 2 && error.fileName == "upload.csv"
        }
    }

    @Test("a file over the size limit is refused before it is read through")
    func sizeLimit() throws {
        var reader = UploadFileReader(fileName: "big.csv", maximumBytes: 100)
        let header = SpecFiles.utf8(HeaderLayout.training.joined(separator: ",") + "\n")
        #expect(throws: UploadFileError.self) { try reader.consume(header) { _ in } }
        #expect(throws: UploadFileError.self) { try reader.consume([UInt8]()) { _ in } }
    }

    @Test("short rows and rows with data past the header are errors; empty extra cells a warning (spec 10.16)")
    func columnCount() throws {
        let header = HeaderLayout.training.joined(separator: ",")
        let text = header + "\nWP1,EMP1,1\nWP1,EMP1,1,,,,,,,,,,unexpected\nWP1,EMP1,1,,,,,,,,,,,\nWP1,EMP1,1,,,,,,,,,\n"
        let rows = try SpecFiles.rows(SpecFiles.utf8(text)).rows
        let findings = rows.map { $0.columnCountFinding() }
        #expect(findings[0]?.severity == .error)
        #expect(findings[0]?.rule == "TR-COLUMN-COUNT")
        #expect(findings[0]?.value == "3 cells")
        #expect(findings[0]?.line == 2)
        #expect(findings[1]?.severity == .error)
        #expect(findings[2]?.severity == .warning)
        #expect(findings[3] == nil)
        #expect(rows[0]["NOTES"] == "")
    }
}
