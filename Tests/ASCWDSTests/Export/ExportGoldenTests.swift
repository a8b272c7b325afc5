import CarepathCore
import Testing

@testable import ASCWDS

/// Exact exported lines for the conventions of spec section 9.
@Suite("ASC-WDS export: exact lines")
struct ExportGoldenTests {
    static func date(_ day: Int, _ month: Int, _ year: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    /// A domiciliary care workplace with "no other services", don't-know answers and money.
    static func homeCare() throws -> WorkplaceRecord {
        var record = WorkplaceRecord(reference: "SUNRISE-DC1", status: .new, name: "Sunrise Home Care, Bradford")
        record.addressLine1 = "Unit 4"
        record.addressLine2 = "Canal Road"
        record.town = "Bradford"
        record.postcode = try Postcode("BD1 4AB")
        record.employerType = 6
        record.shareWithCQC = true
        record.shareWithLocalAuthorities = false
        record.cqcRegulated = true
        record.providerID = "1-101234567"
        record.locationID = "1-123456789"
        record.mainService = 8
        record.services = [.init(code: 8, utilisation: 85)]
        record.noOtherServices = true
        record.serviceUsers = [
            .init(code: 1), .init(code: 6), .init(code: 9, description: "Adults after a hospital stay"),
        ]
        record.delegatedHealthcare = .no
        record.totalStaff = 1
        record.jobRoles = [4, 8]
        record.starters = .counts([1, 0])
        record.leavers = .noneReported
        record.vacancies = .dontKnow
        record.repeatTraining = 3
        record.pathwayAwareness = 4
        record.pathwayUse = .init(answer: .no)
        record.sickPay = .dontKnow
        record.pension = .yes
        record.pensionContributionBasisPoints = 450
        record.staffOptedOutOfPension = .dontKnow
        record.holidayDays = 28
        record.offersSleepIns = .dontKnow
        record.travelTimePay = 3
        record.travelTimeRatePence = 1050
        return record
    }

    @Test("workplace: MAIN;0, unknown, aligned lists, 999, percentage and pounds; a name with a comma is quoted")
    func workplaceLine() throws {
        let lines = ASCWDSExporter.workplaceFile([try Self.homeCare()]).split(separator: "\r\n")
        #expect(
            lines[1]
                == """
                SUNRISE-DC1,UNCHECKED,"Sunrise Home Care, Bradford",Unit 4,Canal Road,,Bradford,BD1 4AB,6,,1,0,2,\
                1-101234567,1-123456789,8,8;0,,85,,1;6;9,;;Adults after a hospital stay,2,,1,4;8,1;0,0;0,999,,,3,4,2,,\
                unknown,1,4.5,999,28,999,,3,10.50
                """)
    }

    @Test("workplace: main service first, `;` for empty aligned items, reasons, CWPUSE with its reasons")
    func workplaceListsLine() throws {
        var record = WorkplaceRecord(reference: "SUNRISE-CH1", status: .update, name: "Meadowbank Nursing Home")
        record.mainService = 1
        record.services = [.init(code: 14), .init(code: 1, capacity: 40, utilisation: 36)]
        record.noOtherServices = false
        record.jobRoles = [4, 16, 8]
        record.starters = .counts([0, 1, 0])
        record.leavers = .counts([0, 0, 1])
        record.vacancies = .noneReported
        record.reasonsForLeaving = [.init(reason: 3, leavers: 1)]
        record.pathwayUse = .init(answer: .yes, reasons: [4, 5, 10], description: "To plan supervision content")
        record.sickPay = .no
        record.pension = .no
        let file = ASCWDSExporter.workplaceFile([record], status: .asRecorded)
        #expect(
            file.hasSuffix(
                "\r\nSUNRISE-CH1,UPDATE,Meadowbank Nursing Home,,,,,,,,,,,,,1,1;14,40;,36;,;,,,,,,4;16;8,0;1;0,0;0;1,"
                    + "0;0;0,3,1,,,1;4;5;10,To plan supervision content,0,0,,,,,,,\r\n"))
    }

    /// A registered nurse with four qualifications and notes that need quoting.
    static func nurse() -> StaffRecord {
        var record = StaffRecord(
            line: 2, localEstablishmentID: "SUNRISE-CH1", uniqueWorkerID: "EMP0131", status: .update,
            displayID: "Maria Example")
        record.homePostcode = "LS4 2XY"
        (record.gender, record.ethnicity, record.nationality, record.britishCitizenship) = (2, 34, 642, 2)
        (record.countryOfBirth, record.yearOfEntry, record.disabled, record.careCertificate) = (642, 2019, 0, 2)
        record.level2CareCertificate = Level2CareCertificate(answer: 1)
        (record.recruitmentSource, record.healthAndCareVisa) = (5, 2)
        record.startDate = date(14, 2, 2024)
        record.startedInSector = .known(2024)
        (record.apprentice, record.employmentStatus, record.zeroHoursContract) = (2, 1, 2)
        record.daysSick = .known(HalfSteps(halves: 5))
        record.payInterval = .hourly
        record.hourlyRatePence = 2175
        record.mainJobRole = 16
        record.contractedHours = .known(HalfSteps(halves: 75))
        record.nursingCategory = 1
        record.socialCareQualification = HighestQualification(answer: 1)
        record.otherQualification = HighestQualification(answer: 1, level: 6)
        record.careWorkforcePathwayCategory = 998
        record.qualifications = [
            AchievedQualification(pair: 1, code: 153, year: 2013, notes: "BSc (Hons) Adult Nursing, NMC registered"),
            AchievedQualification(pair: 2, code: 132, year: 2012, notes: "Said \"distinction\""),
            AchievedQualification(pair: 3, code: 307, year: 2019, notes: "Line one\nline two"),
            AchievedQualification(pair: 4, code: 153),
        ]
        return record
    }

    @Test("staff: QUALACH04 pair, Admin, NMCREG 01, L2CARECERT 1;, SCQUAL 1;999, quoted notes, NI without spaces")
    func staffLines() throws {
        let other = StaffRecord(
            line: 3, localEstablishmentID: "SUNRISE-CH1", uniqueWorkerID: "EMP0102", status: .update,
            displayID: "Tom Example")
        var withOneQualification = other
        withOneQualification.qualifications = [AchievedQualification(pair: 1, code: 132, year: 2012)]
        let file = try ASCWDSExporter.staffFile([Self.nurse(), withOneQualification]) { record in
            guard record.uniqueWorkerID == "EMP0102" else { return .keepStored }
            return StaffPersonalData(
                nationalInsuranceNumber: .value("qq 12 34 57 b"), dateOfBirth: .value(Self.date(22, 9, 1980)))
        }
        let header = (HeaderLayout.staffBase + ["QUALACH04", "QUALACH04NOTES"]).joined(separator: ",")
        #expect(header.hasSuffix(",QUALACH03,QUALACH03NOTES,QUALACH04,QUALACH04NOTES"))
        let nurse =
            "SUNRISE-CH1,EMP0131,UNCHECKED,Maria Example,Admin,LS4 2XY,Admin,2,34,642,2,642,2019,0,2,1;,5,2,,14/02/2024,"
            + "2024,,2,1,2,2.5,3,,21.75,16,,37.5,,01,,1;999,1;6,998,153;2013,\"BSc (Hons) Adult Nursing, NMC registered\","
            + "132;2012,\"Said \"\"distinction\"\"\",307;2019,\"Line one\nline two\",153,"
        let tom =
            "SUNRISE-CH1,EMP0102,UNCHECKED,Tom Example,QQ123457B,,22/09/1980" + String(repeating: ",", count: 32)
            + "132;2012" + String(repeating: ",", count: 7)
        #expect(file == [header, nurse, tom].map { $0 + "\r\n" }.joined())
    }

    @Test("staff: Admin means 'keep the stored value' on re-import; on a NEW row it is written blank")
    func adminOnNewRows() throws {
        var newWorker = Self.nurse()
        newWorker.status = .new
        let file = try ASCWDSExporter.staffFile([newWorker], status: .asRecorded)
        #expect(file.contains("\r\nSUNRISE-CH1,EMP0131,NEW,Maria Example,,LS4 2XY,,2,"))
    }

    @Test("staff: the nurse written as UPDATE reads back the same, apart from what Admin and 1;999 mean")
    func nurseRoundTrip() throws {
        let file = try ASCWDSExporter.staffFile([Self.nurse()], status: .update)
        let row = try #require(try ExportFixture.rows(file).first)
        let validation = StaffRowValidator(context: try ExportFixture.context()).validate(row)
        // The fourth qualification has no year: the same Carepath-only warning it was read with.
        #expect(validation.findings.map(\.rule) == ["ST-QUALACH-YEAR-MISSING"])
        var expected = Self.nurse()
        expected.keepsStoredNationalInsuranceNumber = true
        expected.keepsStoredDateOfBirth = true
        expected.socialCareQualification?.level = 999
        #expect(validation.record == expected)
    }

    @Test("training: notes with a comma and a CRLF are quoted; a derived expiry is left blank; none")
    func trainingLines() throws {
        let derived = TrainingRecord(
            workplaceReference: "SUNRISE-CH1", workerReference: "EMP0102", category: 10,
            name: "Infection prevention and control update", accredited: .no, deliveredBy: .inHouseStaff,
            deliveryMode: .eLearning, validity: .months(12), completed: Self.date(5, 2, 2025),
            expiry: Self.date(4, 2, 2026), expiryIsDerived: true, notes: "Refresher\r\nday two, level 3")
        let external = TrainingRecord(
            workplaceReference: "SUNRISE-DC1", workerReference: "EMP0201", category: 41, accredited: .dontKnow,
            deliveredBy: .externalProvider, providerCode: 88, validity: .doesNotExpire,
            completed: Self.date(15, 7, 2025),
            expiry: Self.date(14, 7, 2026))
        let file = ASCWDSExporter.trainingFile([derived, external])
        #expect(
            file == HeaderLayout.training.joined(separator: ",") + "\r\n"
                + "SUNRISE-CH1,EMP0102,10,Infection prevention and control update,0,1,,2,12,05/02/2025,,"
                + "\"Refresher\r\nday two, level 3\"\r\n"
                + "SUNRISE-DC1,EMP0201,41,,999,2,88,,none,15/07/2025,14/07/2026,\r\n")
        let validator = TrainingRowValidator(context: try ExportFixture.context())
        #expect(try ExportFixture.rows(file).map { validator.validate($0).record } == [derived, external])
    }
}
