import ASCWDS
import CarepathCore
import Testing

/// Generated sets, read back through ``UploadFileReader`` as the importer would read them.
struct DemoUpload {
    var text: (workplace: String, staff: String, training: String)
    var headers: (workplace: FileHeader?, staff: FileHeader?, training: FileHeader?)
    var workplaces: [UploadRow]
    var staff: [UploadRow]
    var training: [UploadRow]

    /// Staff rows by workplace reference.
    var staffByWorkplace: [String: [UploadRow]] {
        Dictionary(grouping: staff, by: \.localEstablishmentID)
    }

    /// The staff rows of permanent and temporary staff (`EMPLSTATUS` 1 or 2), over which ASC-WDS asks
    /// for `STARTERS` and `LEAVERS` and the turnover KPI takes its base.
    var directlyEmployed: [UploadRow] { staff.filter(DemoFixture.isDirectlyEmployed) }

    /// Staff rows by workplace and staff reference.
    var staffByKey: [String: UploadRow] {
        Dictionary(
            staff.map { ("\($0.localEstablishmentID)/\($0.uniqueWorkerID)", $0) }, uniquingKeysWith: { a, _ in a })
    }
}

enum DemoFixture {
    /// The date the example files assume validation runs on (spec 12).
    static let asOf = CalendarDate(year: 2025, month: 7, day: 15)!

    /// Real East of England postcodes from `shared/reference/README.md` (its test-case table), with
    /// their district and CASSR from `la-lookup.csv`.
    static let eastOfEngland = [
        DemoPostcode(postcode: "NR1 3JU", districtCode: "E07000148", cassrCode: "E10000020", postTown: "Norwich"),
        DemoPostcode(postcode: "IP1 2BX", districtCode: "E07000202", cassrCode: "E10000029", postTown: "Ipswich"),
        DemoPostcode(postcode: "MK40 1SJ", districtCode: "E06000055", cassrCode: "E06000055", postTown: "Bedford"),
        DemoPostcode(postcode: "RM17 6SL", districtCode: "E06000034", cassrCode: "E06000034", postTown: "Grays"),
    ]

    static func parameters(workplaces: Int) -> DemoParameters {
        DemoParameters(workplaceCount: workplaces, asOf: asOf)
    }

    static func generator(
        _ parameters: DemoParameters, postcodes: [DemoPostcode] = eastOfEngland
    ) throws -> DemoUploadGenerator {
        try DemoUploadGenerator(codes: try SpecFiles.codeLists(), parameters: parameters, postcodes: postcodes)
    }

    static func upload(_ parameters: DemoParameters, seed: UInt64) throws -> DemoUpload {
        let text = try generator(parameters).generateFiles(seed: seed)
        let workplace = try SpecFiles.rows(SpecFiles.utf8(text.workplace))
        let staff = try SpecFiles.rows(SpecFiles.utf8(text.staff))
        let training = try SpecFiles.rows(SpecFiles.utf8(text.training))
        return DemoUpload(
            text: text, headers: (workplace.header, staff.header, training.header), workplaces: workplace.rows,
            staff: staff.rows, training: training.rows)
    }

    /// 200 workplaces (about 8,000 staff and 40,000 training rows), generated once for the suites.
    static let sample = Result { try upload(parameters(workplaces: 200), seed: 20_250_715) }

    /// Dates as the files write them.
    static func date(_ text: String) -> CalendarDate? {
        Cells.date(text, strict: true)
    }

    /// Whether a staff row is of a permanent or temporary worker (`EMPLSTATUS` 1 or 2), not bank,
    /// agency, student, volunteer or other.
    static func isDirectlyEmployed(_ row: UploadRow) -> Bool {
        row["EMPLSTATUS"] == "1" || row["EMPLSTATUS"] == "2"
    }

    static func number(_ text: String) -> Int? {
        Cells.wholeNumber(text)
    }

    /// The items of a `;` list as whole numbers (non-numbers dropped).
    static func numbers(_ text: String) -> [Int] {
        Cells.list(text).compactMap(Cells.wholeNumber)
    }

    /// `1-` and 8 to 12 digits, the CQC identifier pattern of spec 4.1.
    static func isCQCIdentifier(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "1" && (8...12).contains(parts[1].count)
            && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
