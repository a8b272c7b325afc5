/// One Staff file row rule: Carepath's stable rule id, the ASC-WDS code and the severity (spec 5.2).
///
/// Several rules share one ASC-WDS code (10.7), and one column often has several rules, so the rule
/// id is what tells findings apart. ``all`` lists every rule the row validator can raise.
public struct StaffRule: Sendable, Hashable, CustomStringConvertible {
    /// Carepath's rule id, `ST-<COLUMN>-<SLUG>`.
    public let id: String
    /// The ASC-WDS code, or `nil` for a Carepath-only rule.
    public let code: Int?
    public let severity: Finding.Severity

    init(_ id: String, _ code: Int?, _ severity: Finding.Severity) {
        self.id = id
        self.code = code
        self.severity = severity
    }

    public var description: String { id + (code.map { " (\($0))" } ?? "") }
}

extension StaffRule {
    static let localIDMissing = StaffRule("ST-LOCALESTID-MISSING", 1010, .error)
    static let localIDTooLong = StaffRule("ST-LOCALESTID-TOO-LONG", 1010, .error)
    static let workerIDMissing = StaffRule("ST-UNIQUEWORKERID-MISSING", 1020, .error)
    static let workerIDTooLong = StaffRule("ST-UNIQUEWORKERID-TOO-LONG", 1020, .error)
    static let newWorkerIDTooLong = StaffRule("ST-CHGUNIQUEWRKID-TOO-LONG", 1030, .error)
    static let displayIDMissing = StaffRule("ST-DISPLAYID-MISSING", 1050, .error)
    static let displayIDTooLong = StaffRule("ST-DISPLAYID-TOO-LONG", 1050, .error)
    static let statusInvalid = StaffRule("ST-STATUS-INVALID", 1040, .error)

    static let employmentMissing = StaffRule("ST-EMPLSTATUS-MISSING", 1220, .error)
    static let employmentUnknown = StaffRule("ST-EMPLSTATUS-UNKNOWN", 1220, .error)
    static let niFormat = StaffRule("ST-NINUMBER-FORMAT", 1060, .error)
    static let postcodeMissing = StaffRule("ST-POSTCODE-MISSING", 3070, .warning)
    static let postcodeFormat = StaffRule("ST-POSTCODE-FORMAT", 1070, .error)
    static let birthMissing = StaffRule("ST-DOB-MISSING", 3080, .warning)
    static let birthFormat = StaffRule("ST-DOB-FORMAT", 3080, .warning)
    static let birthAge = StaffRule("ST-DOB-AGE", 3080, .warning)
    static let genderUnknown = StaffRule("ST-GENDER-UNKNOWN", 1090, .error)
    static let ethnicityUnknown = StaffRule("ST-ETHNICITY-UNKNOWN", 1100, .error)
    static let nationalityUnknown = StaffRule("ST-NATIONALITY-UNKNOWN", 1110, .error)
    static let citizenshipBritish = StaffRule("ST-BRITISHCITIZENSHIP-BRITISH", 3120, .warning)
    static let citizenshipInvalid = StaffRule("ST-BRITISHCITIZENSHIP-INVALID", 1120, .error)
    static let countryUnknown = StaffRule("ST-COUNTRYOFBIRTH-UNKNOWN", 1130, .error)
    static let entryFormat = StaffRule("ST-YEAROFENTRY-FORMAT", 1380, .error)
    static let entryFuture = StaffRule("ST-YEAROFENTRY-FUTURE", 1380, .error)
    static let entryBeforeBirth = StaffRule("ST-YEAROFENTRY-BEFORE-BIRTH", 1380, .error)
    static let entryNoCountry = StaffRule("ST-YEAROFENTRY-NO-COUNTRY", 3380, .warning)
    static let entryBornInUK = StaffRule("ST-YEAROFENTRY-UK-BORN", 3380, .warning)
    static let visaNotApplicable = StaffRule("ST-HANDCVISA-NOT-APPLICABLE", 5570, .warning)
    static let visaInvalid = StaffRule("ST-HANDCVISA-INVALID", 5570, .warning)
    static let recruitedNotApplicable = StaffRule("ST-INOUTUK-NOT-APPLICABLE", 5580, .warning)
    static let recruitedInvalid = StaffRule("ST-INOUTUK-INVALID", 5580, .warning)
    static let disabledInvalid = StaffRule("ST-DISABLED-INVALID", 1150, .error)
    static let careCertificateInvalid = StaffRule("ST-CARECERT-INVALID", 1160, .error)
    static let level2Invalid = StaffRule("ST-L2CARECERT-INVALID", 5590, .warning)
    static let level2YearWithStarted = StaffRule("ST-L2CARECERT-YEAR-WITH-STARTED", 5600, .warning)
    static let level2YearWithNo = StaffRule("ST-L2CARECERT-YEAR-WITH-NO", 5610, .warning)
    static let level2YearInvalid = StaffRule("ST-L2CARECERT-YEAR-INVALID", 5640, .warning)
    static let level2YearTooEarly = StaffRule("ST-L2CARECERT-YEAR-BEFORE-2024", 5620, .warning)
    static let level2YearFuture = StaffRule("ST-L2CARECERT-YEAR-FUTURE", 5630, .warning)
    static let recruitmentUnknown = StaffRule("ST-RECSOURCE-UNKNOWN", 1180, .error)
    static let startMissing = StaffRule("ST-STARTDATE-MISSING", 2000, .warning)
    static let startFormat = StaffRule("ST-STARTDATE-FORMAT", 3190, .warning)
    static let startFuture = StaffRule("ST-STARTDATE-FUTURE", 3190, .warning)
    static let startUnder14 = StaffRule("ST-STARTDATE-BEFORE-AGE-14", 3190, .warning)
    static let startBeforeEntry = StaffRule("ST-STARTDATE-BEFORE-ENTRY", 3190, .warning)
    static let startNotRealDate = StaffRule("ST-STARTDATE-NOT-A-DATE", nil, .information)
    static let sectorMissing = StaffRule("ST-STARTINSECT-MISSING", 3200, .warning)
    static let sectorFormat = StaffRule("ST-STARTINSECT-FORMAT", 3200, .warning)
    static let sectorAfterStart = StaffRule("ST-STARTINSECT-AFTER-STARTDATE", 3200, .warning)
    static let sectorUnder14 = StaffRule("ST-STARTINSECT-BEFORE-AGE-14", 3200, .warning)
    static let delegatedInvalid = StaffRule("ST-DHA-INVALID", 5660, .warning)
    static let apprenticeInvalid = StaffRule("ST-APPRENTICE-INVALID", 3210, .warning)

    static let zeroHoursUnanswered = StaffRule("ST-ZEROHRCONT-UNANSWERED", 3230, .warning)
    static let zeroHoursInvalid = StaffRule("ST-ZEROHRCONT-INVALID", 1230, .error)
    static let zeroHoursWithHours = StaffRule("ST-ZEROHRCONT-WITH-HOURS", 1230, .error)
    static let zeroHoursNotZero = StaffRule("ST-ZEROHRCONT-NO-WITH-ZERO-HOURS", 3230, .warning)
    static let daysSickInvalid = StaffRule("ST-DAYSSICK-INVALID", 1240, .warning)
    static let payIntervalInvalid = StaffRule("ST-SALARYINT-INVALID", 1250, .error)
    static let salaryRange = StaffRule("ST-SALARY-RANGE", 1260, .error)
    static let salaryIgnored = StaffRule("ST-SALARY-IGNORED", 3260, .warning)
    static let salaryInterval = StaffRule("ST-SALARY-INTERVAL-MISMATCH", 1251, .error)
    static let hourlyRateFormat = StaffRule("ST-HOURLYRATE-FORMAT", 1270, .error)
    static let hourlyRateIgnored = StaffRule("ST-HOURLYRATE-IGNORED", 3270, .warning)
    static let hourlyRateInterval = StaffRule("ST-HOURLYRATE-INTERVAL-MISMATCH", 1252, .error)
    static let jobRoleMissing = StaffRule("ST-MAINJOBROLE-MISSING", 1280, .error)
    static let jobRoleUnknown = StaffRule("ST-MAINJOBROLE-UNKNOWN", 1280, .error)
    static let jobDescriptionMissing = StaffRule("ST-MAINJRDESC-MISSING", 1290, .error)
    static let jobDescriptionTooLong = StaffRule("ST-MAINJRDESC-TOO-LONG", 1290, .error)
    static let jobDescriptionIgnored = StaffRule("ST-MAINJRDESC-IGNORED", 3290, .warning)
    static let contractedZeroHours = StaffRule("ST-CONTHOURS-ZERO-HOURS", 3300, .warning)
    static let contractedNotEmployed = StaffRule("ST-CONTHOURS-CONTRACT", 3300, .warning)
    static let contractedInvalid = StaffRule("ST-CONTHOURS-INVALID", 3300, .warning)
    static let contractedRange = StaffRule("ST-CONTHOURS-RANGE", 3300, .warning)
    static let averageEmployed = StaffRule("ST-AVGHOURS-CONTRACT", 3310, .warning)
    static let averageInvalid = StaffRule("ST-AVGHOURS-INVALID", 3310, .warning)
    static let averageRange = StaffRule("ST-AVGHOURS-RANGE", 3310, .warning)
    static let nurseMissing = StaffRule("ST-NMCREG-MISSING", 3340, .warning)
    static let nurseNotApplicable = StaffRule("ST-NMCREG-NOT-APPLICABLE", 3340, .warning)
    static let nurseInvalid = StaffRule("ST-NMCREG-INVALID", 3340, .warning)

    static let qualificationCodeInvalid = StaffRule("ST-QUALACH-CODE-INVALID", nil, .error)
    static let qualificationUnknown = StaffRule("ST-QUALACH-CODE-UNKNOWN", nil, .error)
    static let qualificationYearMissing = StaffRule("ST-QUALACH-YEAR-MISSING", nil, .warning)
    static let qualificationYearInvalid = StaffRule("ST-QUALACH-YEAR-INVALID", nil, .error)
    static let qualificationYearRange = StaffRule("ST-QUALACH-YEAR-RANGE", nil, .error)
    static let qualificationNotesTooLong = StaffRule("ST-QUALACHNOTES-TOO-LONG", nil, .warning)
    static let socialCareMissing = StaffRule("ST-SCQUAL-MISSING", 3360, .warning)
    static let socialCareInvalid = StaffRule("ST-SCQUAL-INVALID", 1360, .error)
    static let socialCareLevelMissing = StaffRule("ST-SCQUAL-LEVEL-MISSING", 1360, .error)
    static let socialCareLevelRegulated = StaffRule("ST-SCQUAL-LEVEL-REGULATED-ROLE", 3360, .warning)
    static let socialCareLevelUnknown = StaffRule("ST-SCQUAL-LEVEL-UNKNOWN", 1360, .warning)
    static let otherQualificationInvalid = StaffRule("ST-NONSCQUAL-INVALID", 1370, .error)
    static let otherQualificationLevelUnknown = StaffRule("ST-NONSCQUAL-LEVEL-UNKNOWN", 1370, .warning)
    static let mentalHealthMissing = StaffRule("ST-AMHP-MISSING", 3380, .warning)
    static let mentalHealthInvalid = StaffRule("ST-AMHP-INVALID", 3380, .warning)
    static let mentalHealthNotApplicable = StaffRule("ST-AMHP-NOT-APPLICABLE", 3380, .warning)
    static let pathwayInvalid = StaffRule("ST-CWPCATEGORY-INVALID", 5650, .warning)

    /// Every rule of the row validator, in validation order. The qualification rules are listed
    /// without a code: for `QUALACH01`–`03` the finding carries the column's code (see
    /// ``qualificationCodes(pair:)``), from `QUALACH04` on it has none.
    public static let all: [StaffRule] = [
        localIDMissing, localIDTooLong, workerIDMissing, workerIDTooLong, newWorkerIDTooLong, displayIDMissing,
        displayIDTooLong, statusInvalid, employmentMissing, employmentUnknown, niFormat, postcodeMissing,
        postcodeFormat, birthMissing, birthFormat, birthAge, genderUnknown, ethnicityUnknown, nationalityUnknown,
        citizenshipBritish, citizenshipInvalid, countryUnknown, entryFormat, entryFuture, entryBeforeBirth,
        entryNoCountry, entryBornInUK, visaNotApplicable, visaInvalid, recruitedNotApplicable, recruitedInvalid,
        disabledInvalid, careCertificateInvalid, level2Invalid, level2YearWithStarted, level2YearWithNo,
        level2YearInvalid, level2YearTooEarly, level2YearFuture, recruitmentUnknown, startMissing, startFormat,
        startFuture, startUnder14, startBeforeEntry, startNotRealDate, sectorMissing, sectorFormat, sectorAfterStart,
        sectorUnder14, delegatedInvalid, apprenticeInvalid, zeroHoursUnanswered, zeroHoursInvalid, zeroHoursWithHours,
        zeroHoursNotZero, daysSickInvalid, payIntervalInvalid, salaryRange, salaryIgnored, salaryInterval,
        hourlyRateFormat, hourlyRateIgnored, hourlyRateInterval, jobRoleMissing, jobRoleUnknown, jobDescriptionMissing,
        jobDescriptionTooLong, jobDescriptionIgnored, contractedZeroHours, contractedNotEmployed, contractedInvalid,
        contractedRange, averageEmployed, averageInvalid, averageRange, nurseMissing, nurseNotApplicable, nurseInvalid,
        qualificationCodeInvalid, qualificationUnknown, qualificationYearMissing, qualificationYearInvalid,
        qualificationYearRange, qualificationNotesTooLong, socialCareMissing, socialCareInvalid,
        socialCareLevelMissing, socialCareLevelRegulated, socialCareLevelUnknown, otherQualificationInvalid,
        otherQualificationLevelUnknown, mentalHealthMissing, mentalHealthInvalid, mentalHealthNotApplicable,
        pathwayInvalid,
    ]

    /// The ASC-WDS codes of qualification pair `pair` (code, year, notes): 5010/5015/5020 for
    /// `QUALACH01`, 5030/5035/5040 for 02, 5050/5055/5060 for 03, and `nil` from 04 on (10.8).
    public static func qualificationCodes(pair: Int) -> (code: Int, year: Int, notes: Int)? {
        guard (1...3).contains(pair) else { return nil }
        let base = 5010 + (pair - 1) * 20
        return (base, base + 5, base + 10)
    }
}
