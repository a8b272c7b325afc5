/// A recognised header: which file it is, and where each column sits.
public struct FileHeader: Sendable, Hashable {
    public var kind: UploadFileKind
    /// The column names, in order.
    public var columns: [String]
    /// Staff files: whether the optional `CHGUNIQUEWRKID` (rename) column is present.
    public var hasRenameColumn: Bool
    /// Staff files: whether the optional `TRANSFERSTAFFRECORD` column is present.
    public var hasTransferColumn: Bool
    /// Staff files: how many `QUALACHnn`/`QUALACHnnNOTES` pairs the header has (3 to 99).
    public var qualificationPairs: Int

    private let positions: [String: Int]

    init(
        kind: UploadFileKind, columns: [String], hasRenameColumn: Bool = false, hasTransferColumn: Bool = false,
        qualificationPairs: Int = 0
    ) {
        self.kind = kind
        self.columns = columns
        self.hasRenameColumn = hasRenameColumn
        self.hasTransferColumn = hasTransferColumn
        self.qualificationPairs = qualificationPairs
        self.positions = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The position of a column, or `nil` when this header lacks it.
    public func index(of column: String) -> Int? {
        positions[column]
    }
}

/// The exact header lines of spec section 2.2.
public enum HeaderLayout {
    public static let workplace = """
        LOCALESTID,STATUS,ESTNAME,ADDRESS1,ADDRESS2,ADDRESS3,POSTTOWN,POSTCODE,ESTTYPE,OTHERTYPE,PERMCQC,PERMLA,\
        REGTYPE,PROVNUM,LOCATIONID,MAINSERVICE,ALLSERVICES,CAPACITY,UTILISATION,SERVICEDESC,SERVICEUSERS,\
        OTHERUSERDESC,DHA,DHAACTIVITIES,TOTALPERMTEMP,ALLJOBROLES,STARTERS,LEAVERS,VACANCIES,REASONS,REASONNOS,\
        REPEATTRAINING,CWPAWARE,CWPUSE,CWPUSEDESC,SICKPAY,PENSION,ACTUALCONT,OPTOUTPEN,HOLIDAY,SLEEPINS,SLEEPINPAY,\
        TRAVELTIME,TTDIFFRATE
        """.split(separator: ",").map(String.init)

    /// The staff columns after `UNIQUEWORKERID` and the optional rename and transfer columns.
    public static let staffAfterReferences = """
        STATUS,DISPLAYID,NINUMBER,POSTCODE,DOB,GENDER,ETHNICITY,NATIONALITY,BRITISHCITIZENSHIP,COUNTRYOFBIRTH,\
        YEAROFENTRY,DISABLED,CARECERT,L2CARECERT,RECSOURCE,HANDCVISA,INOUTUK,STARTDATE,STARTINSECT,DHA,APPRENTICE,\
        EMPLSTATUS,ZEROHRCONT,DAYSSICK,SALARYINT,SALARY,HOURLYRATE,MAINJOBROLE,MAINJRDESC,CONTHOURS,AVGHOURS,NMCREG,\
        AMHP,SCQUAL,NONSCQUAL,CWPCATEGORY
        """.split(separator: ",").map(String.init)

    public static let training = """
        LOCALESTID,UNIQUEWORKERID,CATEGORY,TRAININGNAME,ACCREDITED,WHODELIVERED,PROVIDERNAME,HOWDELIVERED,VALIDITY,\
        DATECOMPLETED,EXPIRYDATE,NOTES
        """.split(separator: ",").map(String.init)

    /// Staff files must have at least this many qualification pairs, and are read up to the maximum.
    public static let minimumQualificationPairs = 3
    public static let maximumQualificationPairs = 99

    /// `QUALACH07` and `QUALACH07NOTES` for pair 7.
    public static func qualificationColumns(_ pair: Int) -> (code: String, notes: String) {
        let number = pair < 10 ? "0\(pair)" : "\(pair)"
        return ("QUALACH\(number)", "QUALACH\(number)NOTES")
    }

    /// The full base staff header (no rename or transfer column, three qualification pairs).
    public static var staffBase: [String] {
        ["LOCALESTID", "UNIQUEWORKERID"] + staffAfterReferences
            + (1...minimumQualificationPairs).flatMap {
                [qualificationColumns($0).code, qualificationColumns($0).notes]
            }
    }
}
