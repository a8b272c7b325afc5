import CarepathCore

/// One Staff file row as typed values, ready to create or update a staff record (spec 5.1).
///
/// `nil` means "not supplied": the cell was blank, or its value was dropped with a warning. On an
/// `UPDATE` such a field keeps the stored value (spec 3.3); the clearing rules of 3.3 are applied
/// when the record is saved, not here. Rows with `DELETE`, `UNCHECKED` or `NOCHANGE` carry only the
/// identity fields, because ASC-WDS reads nothing else from them.
///
/// Coded answers are kept as the file's codes (`Int`), named after their list in `ascwds-codes/`, so
/// lists stay data rather than enums (spec 11).
///
/// - Important: ``nationalInsuranceNumber`` and ``dateOfBirth`` are personal data. The NI number is
///   kept only so the caller can compute its keyed hash (for the "same person on several rows"
///   rule); it must never be stored or logged as written. Of the date of birth only the year is
///   stored. ``description`` leaves both out.
public struct StaffRecord: Sendable, Hashable, Codable {
    // MARK: Identity

    /// The physical line of the row.
    public var line: Int
    /// `LOCALESTID` as written; match on ``establishmentKey``.
    public var localEstablishmentID: String
    /// `UNIQUEWORKERID` as written; match on ``workerKey``.
    public var uniqueWorkerID: String
    /// `CHGUNIQUEWRKID`: the reference the record takes on completion (spec 5.4).
    public var newUniqueWorkerID: String?
    /// `TRANSFERSTAFFRECORD`: the `LOCALESTID` the worker moves to, exactly as written (spec 2.6).
    public var transferDestination: String?
    public var status: RecordStatus
    /// `DISPLAYID`: a name or a pseudonymous staff ID.
    public var displayID: String

    // MARK: Personal

    /// `NINUMBER` normalised to upper case without spaces (10.19). Hash it; never store it.
    public var nationalInsuranceNumber: String?
    /// The file said `Admin`: keep the stored NI number (spec 5.6).
    public var keepsStoredNationalInsuranceNumber = false
    /// `POSTCODE` (home), upper case with its single space.
    public var homePostcode: String?
    /// `DOB`, when it is a real date and the age is 14–100. Store only the year.
    public var dateOfBirth: CalendarDate?
    /// The file said `Admin`: keep the stored date of birth (spec 5.6).
    public var keepsStoredDateOfBirth = false
    /// `GENDER`, small-enumerations (staff, GENDER).
    public var gender: Int?
    /// `ETHNICITY`, `ethnicity.csv`.
    public var ethnicity: Int?
    /// `NATIONALITY`, `nationality.csv` (826 British, 998 don't know, 999 other).
    public var nationality: Int?
    /// `BRITISHCITIZENSHIP`: 1, 2 or 999.
    public var britishCitizenship: Int?
    /// `COUNTRYOFBIRTH`, `country-of-birth.csv` (826 UK, 998 don't know, 999 other).
    public var countryOfBirth: Int?
    /// `YEAROFENTRY`.
    public var yearOfEntry: Int?
    /// `DISABLED`: 0 no, 1 yes, 2 undisclosed, 3 don't know.
    public var disabled: Int?
    /// `CARECERT`: 1 completed, 2 no, 3 in progress.
    public var careCertificate: Int?
    /// `L2CARECERT`.
    public var level2CareCertificate: Level2CareCertificate?
    /// `RECSOURCE`, `recruitment-sources.csv` (16 = don't know).
    public var recruitmentSource: Int?
    /// `HANDCVISA`: 1, 2 or 999.
    public var healthAndCareVisa: Int?
    /// `INOUTUK`: 1 recruited from outside the UK, 2 inside, 999 don't know.
    public var recruitedFromOutsideUK: Int?

    // MARK: Employment

    /// `STARTDATE`: started in the main job role at this workplace.
    public var startDate: CalendarDate?
    /// `STARTINSECT`: year started in adult social care.
    public var startedInSector: KnownOrDontKnow<Int>?
    /// `DHA`: carries out delegated healthcare activities, 1, 2 or 999.
    public var delegatedHealthcareActivities: Int?
    /// `APPRENTICE`: 1, 2 or 999.
    public var apprentice: Int?
    /// `EMPLSTATUS`, `employment-status.csv`; always set on `NEW`/`UPDATE` rows.
    public var employmentStatus: Int?
    /// `ZEROHRCONT`: 1, 2 or 999.
    public var zeroHoursContract: Int?
    /// `DAYSSICK` in the last 12 months.
    public var daysSick: KnownOrDontKnow<HalfSteps>?
    /// `SALARYINT`.
    public var payInterval: PayInterval?
    /// `SALARY` in whole pounds a year.
    public var annualSalaryPounds: Int?
    /// `HOURLYRATE` in pence (`11.44` is 1144).
    public var hourlyRatePence: Int?
    /// `MAINJOBROLE`, `job-roles.csv`; always set on `NEW`/`UPDATE` rows.
    public var mainJobRole: Int?
    /// `MAINJRDESC`, kept only for job roles 23 and 27.
    public var mainJobDescription: String?
    /// `CONTHOURS`: weekly contracted hours.
    public var contractedHours: KnownOrDontKnow<HalfSteps>?
    /// `AVGHOURS`: average weekly hours.
    public var averageHours: KnownOrDontKnow<HalfSteps>?
    /// `NMCREG`: registered nurse category 1–5, only for job role 16.
    public var nursingCategory: Int?
    /// `AMHP`: Approved Mental Health Professional, 1, 2 or 999, only for job role 6.
    public var approvedMentalHealthProfessional: Int?

    // MARK: Qualifications

    /// `SCQUAL`.
    public var socialCareQualification: HighestQualification?
    /// `NONSCQUAL`.
    public var otherQualification: HighestQualification?
    /// `CWPCATEGORY`, `care-workforce-pathway-role-categories.csv`.
    public var careWorkforcePathwayCategory: Int?
    /// `QUALACHnn`, in column order. On `NEW`/`UPDATE` this is the complete set (spec 3.3).
    public var qualifications: [AchievedQualification] = []

    /// A record with the identity fields and nothing else supplied.
    public init(
        line: Int, localEstablishmentID: String, uniqueWorkerID: String, status: RecordStatus, displayID: String
    ) {
        self.line = line
        self.localEstablishmentID = localEstablishmentID
        self.uniqueWorkerID = uniqueWorkerID
        self.status = status
        self.displayID = displayID
    }

    /// The workplace reference as ASC-WDS matches it: all whitespace removed, case kept.
    public var establishmentKey: String { Cells.reference(localEstablishmentID) }

    /// The staff reference as ASC-WDS matches it: all whitespace removed, case kept.
    public var workerKey: String { Cells.reference(uniqueWorkerID) }
}

extension StaffRecord: CustomStringConvertible, CustomDebugStringConvertible {
    /// Names the record without its personal data, so it can go into logs and test output.
    public var description: String {
        "staff record \(localEstablishmentID)/\(uniqueWorkerID) (\(status.rawValue), line \(line))"
    }

    public var debugDescription: String { description }
}
