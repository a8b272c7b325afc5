import ASCWDS
import CarepathCore
import Foundation
import Testing

@Suite("Staff records")
struct StaffRecordTests {
    @Test("a valid row is typed exactly: pay in pence and pounds, hours and days in halves")
    func typedValues() throws {
        let rows = try StaffFixture.exampleRows("staff-valid.csv")
        let validator = try StaffFixture.validator()
        let priya = try #require(validator.validate(rows[0]).record)
        #expect(priya.status == .update)
        #expect(priya.nationalInsuranceNumber == "QQ123456A")
        #expect(priya.dateOfBirth == CalendarDate(year: 1975, month: 3, day: 14))
        #expect(priya.homePostcode == "LS8 2QT")
        #expect(priya.daysSick == .known(HalfSteps(halves: 5)))
        #expect(priya.payInterval == .annual && priya.annualSalaryPounds == 62_000 && priya.hourlyRatePence == nil)
        #expect(priya.contractedHours == .known(HalfSteps(halves: 75)))
        #expect(priya.socialCareQualification == HighestQualification(answer: 1, level: 5))
        #expect(priya.careWorkforcePathwayCategory == 998)
        #expect(priya.qualifications.map(\.code) == [307])

        let maria = try #require(validator.validate(rows[2]).record)
        #expect(maria.nationalInsuranceNumber == nil && !maria.keepsStoredNationalInsuranceNumber)
        #expect(maria.nationality == 642 && maria.britishCitizenship == 2 && maria.healthAndCareVisa == 2)
        #expect(maria.yearOfEntry == 2019 && maria.startDate == CalendarDate(year: 2024, month: 2, day: 14))
        #expect(maria.startedInSector == .known(2024))
        #expect(maria.payInterval == .hourly && maria.hourlyRatePence == 2175)
        #expect(maria.mainJobRole == 16 && maria.nursingCategory == 1)
        #expect(
            maria.qualifications == [
                AchievedQualification(
                    pair: 1, code: 153, year: 2013, notes: "BSc (Hons) Adult Nursing, NMC registered")
            ])
        #expect(maria.daysSick == .known(HalfSteps(halves: 0)))
    }

    @Test("NI numbers are normalised (10.19) and left out of the description")
    func nationalInsuranceNumber() throws {
        let record = try #require(try StaffFixture.validate(["NINUMBER": "qq 12 34 56 c"]).record)
        #expect(record.nationalInsuranceNumber == "QQ123456C")
        #expect(!String(describing: record).contains("QQ123456C"))
        #expect(!String(reflecting: record).contains("1992"))
    }

    @Test("values dropped with a warning are nil; rows with an error have no record")
    func droppedValues() throws {
        let warned = try #require(
            try StaffFixture.validate(["DAYSSICK": "2.05", "CONTHOURS": "0", "APPRENTICE": "5"]).record)
        #expect(warned.daysSick == nil && warned.apprentice == nil)
        #expect(warned.zeroHoursContract == nil, "ASC-WDS drops ZEROHRCONT 2 with 0 contracted hours")
        #expect(warned.contractedHours == .known(HalfSteps(halves: 0)))
        #expect(try StaffFixture.validate(["GENDER": "9"]).record == nil)
        let level2 = try #require(try StaffFixture.validate(["L2CARECERT": "1;2023"]).record)
        #expect(level2.level2CareCertificate == Level2CareCertificate(answer: 1, year: nil))
    }

    @Test("don't know (999) is kept apart from numbers")
    func dontKnow() throws {
        let record = try #require(
            try StaffFixture.validate(["DAYSSICK": "999", "CONTHOURS": "999", "STARTINSECT": "999"]).record)
        #expect(record.daysSick == .dontKnow && record.contractedHours == .dontKnow)
        #expect(record.startedInSector == .dontKnow)
    }

    @Test("rename and transfer columns are carried on the record")
    func renameAndTransfer() throws {
        let header = try StaffFixture.header(rename: true, transfer: true)
        let record = try #require(
            try StaffFixture.validate(
                ["STATUS": "UPDATE", "CHGUNIQUEWRKID": "RN-0131", "TRANSFERSTAFFRECORD": "SUNRISE DC1"], header: header
            ).record)
        #expect(record.newUniqueWorkerID == "RN-0131")
        #expect(record.transferDestination == "SUNRISE DC1", "the destination is kept as typed (2.6)")
        #expect(record.workerKey == "EMP9002" && record.establishmentKey == "SUNRISE-CH1")
        let longest = StaffFixture.text(length: 49)
        let renamed = try StaffFixture.validate(["CHGUNIQUEWRKID": longest], header: header)
        #expect(renamed.findings.isEmpty && renamed.record?.newUniqueWorkerID == longest, "49 characters (10.4)")
        let blank = try StaffFixture.validate(["CHGUNIQUEWRKID": "", "TRANSFERSTAFFRECORD": ""], header: header)
        #expect(blank.record?.newUniqueWorkerID == nil && blank.record?.transferDestination == nil)
    }

    @Test("Admin keeps the stored NI number and DOB, or reads as blank for a new worker (5.6)")
    func adminPlaceholder() throws {
        let admin = ["NINUMBER": "Admin", "DOB": "ADMIN", "STATUS": "UPDATE"]
        let kept = try StaffFixture.validate(admin)
        #expect(kept.findings.isEmpty)
        #expect(kept.record?.keepsStoredDateOfBirth == true && kept.record?.keepsStoredNationalInsuranceNumber == true)
        #expect(kept.record?.dateOfBirth == nil && kept.record?.nationalInsuranceNumber == nil)

        let new = try StaffFixture.validate(admin.merging(["STATUS": "NEW"]) { $1 })
        #expect(new.findings.map(\.rule) == ["ST-DOB-MISSING"])
        #expect(new.record?.keepsStoredDateOfBirth == false)

        let notStored = try StaffFixture.validate(admin, storedIdentity: .notStored)
        #expect(notStored.findings.map(\.rule) == ["ST-DOB-MISSING"])

        let stored = StoredStaffIdentity.stored(
            nationalInsuranceNumber: "QQ123456C", dateOfBirth: CalendarDate(year: 2012, month: 1, day: 1))
        let substituted = try StaffFixture.validate(admin, storedIdentity: stored)
        #expect(
            substituted.findings.map(\.rule) == [
                "ST-DOB-AGE", "ST-STARTDATE-BEFORE-AGE-14", "ST-STARTINSECT-BEFORE-AGE-14",
            ])
        #expect(substituted.record?.nationalInsuranceNumber == "QQ123456C")
    }

    @Test("a short row gives only the column-count error (10.17); empty extra cells only a warning")
    func columnCount() throws {
        let header = try StaffFixture.header()
        let full = try StaffFixture.row()
        let short = UploadRow(line: 5, cells: Array(full.cells.prefix(20)), header: header)
        let result = try StaffFixture.validator().validate(short)
        #expect(result.findings.map(StaffFixture.summary) == ["ST-COLUMN-COUNT - error (row)"])
        #expect(result.record == nil)

        let padded = UploadRow(line: 6, cells: full.cells + ["", ""], header: header)
        let extra = try StaffFixture.validator().validate(padded)
        #expect(extra.findings.map(StaffFixture.summary) == ["ST-COLUMN-COUNT - warning (row)"])
        #expect(extra.record != nil)
    }

    @Test("findings name the file, line and references of the row")
    func findingContext() throws {
        let finding = try #require(try StaffFixture.validate(["GENDER": "9"]).findings.first)
        #expect(finding.file == .staff && finding.line == 2)
        #expect(finding.localEstablishmentID == "SUNRISE-CH1" && finding.uniqueWorkerID == "EMP9002")
        #expect(finding.value == "9" && finding.message.contains("GENDER"))
    }

    @Test("records round-trip through Codable")
    func codable() throws {
        let record = try #require(try StaffFixture.validate(["NONSCQUAL": "1;6", "QUALACH01": "307;2019"]).record)
        let decoded = try JSONDecoder().decode(StaffRecord.self, from: try JSONEncoder().encode(record))
        #expect(decoded == record)
    }
}
