import Testing

@testable import ASCWDS

@Suite("Header recognition")
struct HeaderRecognitionTests {
    static func staff(rename: Bool = false, transfer: Bool = false, pairs: Int = 3) -> [String] {
        ["LOCALESTID", "UNIQUEWORKERID"] + (rename ? ["CHGUNIQUEWRKID"] : [])
            + (transfer ? ["TRANSFERSTAFFRECORD"] : [])
            + HeaderLayout.staffAfterReferences
            + (0..<pairs).flatMap {
                [HeaderLayout.qualificationColumns($0 + 1).code, HeaderLayout.qualificationColumns($0 + 1).notes]
            }
    }

    @Test("the three files are recognised by their headers, with their column counts")
    func threeFiles() throws {
        let workplace = try HeaderRecognition.recognise(HeaderLayout.workplace).get()
        #expect(workplace.kind == .workplace)
        #expect(workplace.columns.count == 44)
        let staff = try HeaderRecognition.recognise(HeaderLayout.staffBase).get()
        #expect(staff.kind == .staff)
        #expect(staff.columns.count == 44)
        #expect(staff.qualificationPairs == 3)
        let training = try HeaderRecognition.recognise(HeaderLayout.training).get()
        #expect(training.kind == .training)
        #expect(training.columns.count == 12)
    }

    @Test(
        "all four staff header variants, with up to 99 qualification pairs",
        arguments: [(false, false, 3), (true, false, 3), (false, true, 4), (true, true, 99)])
    func staffVariants(rename: Bool, transfer: Bool, pairs: Int) throws {
        let header = try HeaderRecognition.recognise(Self.staff(rename: rename, transfer: transfer, pairs: pairs)).get()
        #expect(header.kind == .staff)
        #expect(header.hasRenameColumn == rename)
        #expect(header.hasTransferColumn == transfer)
        #expect(header.qualificationPairs == pairs)
        #expect(header.index(of: "STATUS") == 2 + (rename ? 1 : 0) + (transfer ? 1 : 0))
    }

    @Test(
        "wrong headers are refused with the first difference named",
        arguments: [
            (HeaderLayout.workplace + ["EXTRA"], "remove \"EXTRA\""),
            (Array(HeaderLayout.workplace.dropLast()), "column 44 should be TTDIFFRATE"),
            (staff(pairs: 2), "QUALACH01 to QUALACH03"),
            (Array(staff(pairs: 4).dropLast()), "pairs"),
            (staff(pairs: 3) + ["QUALACH05", "QUALACH05NOTES"], "expected QUALACH04,QUALACH04NOTES"),
            (staff(pairs: 100), "at most 99"),
            (["LOCALESTID", "UNIQUEWORKERID", "CATEGORY", "NAME"], "column 4 should be TRAININGNAME"),
            (
                ["LOCALESTID", "STATUS", "ESTNAME", "ADDRESS1", "ADDRESS2", "ADDRESS3", "TOWN"],
                "column 7 should be POSTTOWN"
            ),
        ])
    func wrongHeaders(names: [String], detail: String) {
        guard case .failure(.wrongHeader(_, let found)) = HeaderRecognition.recognise(names) else {
            Issue.record("\(names.prefix(3)) should be a wrong header")
            return
        }
        #expect(found.contains(detail), "\(found)")
    }

    @Test("a file that starts like none of the three is not recognised")
    func notRecognised() {
        let result = HeaderRecognition.recognise(["name", "email", "phone"])
        #expect(result == .failure(.notRecognised(firstColumns: ["name", "email", "phone"])))
        #expect(HeaderProblem.notRecognised(firstColumns: ["name", "email"]).description.contains("name,email"))
    }
}
