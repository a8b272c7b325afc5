import ASCWDS
import CarepathCore
import Foundation
import Testing

/// What a valid row stores, and what a warning drops.
@Suite("Workplace records")
struct WorkplaceRecordTests {
    typealias Service = WorkplaceRecord.Service

    @Test("the base row is read into typed values")
    func baseRow() throws {
        let record = try #require(try WorkplaceFixture.validate(["LOCALESTID": " SUNRISE - DC2"]).record)
        #expect(record.reference == " SUNRISE - DC2")
        #expect(record.referenceKey == "SUNRISE-DC2")
        #expect(record.status == .new)
        #expect(record.name == "Sunrise Home Care Leeds")
        #expect(record.addressLine1 == "Unit 5" && record.addressLine2 == "Canal Wharf")
        #expect(record.addressLine3 == nil && record.town == "Leeds")
        #expect(record.postcode?.normalised == "LS1 1AA")
        #expect(record.employerType == 6 && record.employerTypeOther == nil)
        #expect(record.shareWithCQC == true && record.shareWithLocalAuthorities == false)
        #expect(record.cqcRegulated == true)
        #expect(record.providerID == "1-101234567" && record.locationID == "1-123456780")
        #expect(record.mainService == 8)
        #expect(record.services == [Service(code: 8, utilisation: 85)])
        #expect(record.noOtherServices == true)
        #expect(
            record.serviceUsers == [
                .init(code: 1), .init(code: 9, description: "Adults recovering after a hospital stay"),
            ])
        #expect(record.delegatedHealthcare == .yes)
        #expect(record.delegatedHealthcareActivities == .activities([1, 2]))
        #expect(record.totalStaff == 10)
        #expect(record.jobRoles == [4, 8])
        #expect(record.starters == .counts([1, 2]))
        #expect(record.leavers == .counts([0, 1]))
        #expect(record.vacancies == .counts([0, 1]))
        #expect(record.reasonsForLeaving == [.init(reason: 1, leavers: 1)])
        #expect(record.repeatTraining == 3 && record.pathwayAwareness == 2)
        #expect(record.pathwayUse == .init(answer: .yes, reasons: [4, 10], description: "To plan supervision"))
        #expect(record.sickPay == .yes && record.pension == .yes)
        #expect(record.pensionContributionBasisPoints == 500)
        #expect(record.staffOptedOutOfPension == .no)
        #expect(record.holidayDays == 28)
        #expect(record.offersSleepIns == .yes && record.sleepInPay == .flatRate)
        #expect(record.travelTimePay == 3 && record.travelTimeRatePence == 1050)
    }

    @Test("the valid example rows keep their positional values, exact money and 'none'")
    func validExamples() throws {
        let validator = try WorkplaceFixture.validator()
        let records = try WorkplaceFixture.exampleRows("workplace-valid.csv").compactMap {
            validator.validate($0).record
        }
        try #require(records.count == 4)
        let (office, home, branch, dayCentre) = (records[0], records[1], records[2], records[3])
        #expect(office.services == [Service(code: 72, description: "Group head office")])
        #expect(office.cqcRegulated == false && office.noOtherServices == nil)
        #expect(office.starters == .noneReported && office.vacancies == .noneReported)
        #expect(home.services == [Service(code: 1, capacity: 40, utilisation: 36), Service(code: 14)])
        #expect(home.noOtherServices == false)
        #expect(home.pensionContributionBasisPoints == 450)
        #expect(home.delegatedHealthcareActivities == .activities([1, 2, 4]))
        #expect(home.pathwayUse?.description == "To plan supervision content")
        #expect(branch.postcode?.normalised == "BD1 4AB")
        #expect(branch.starters == .counts([1, 0]) && branch.leavers == .noneReported)
        #expect(branch.sickPay == .dontKnow && branch.offersSleepIns == .dontKnow)
        #expect(branch.travelTimeRatePence == 1050)
        #expect(branch.serviceUsers?.last?.description == "Adults recovering after a hospital stay")
        #expect(dayCentre.status == .unchecked && dayCentre.mainService == nil && dayCentre.services == nil)
    }

    @Test(
        "DELETE, UNCHECKED and NOCHANGE rows are read for reference, name and status only",
        arguments: [RecordStatus.delete, .unchecked, .noChange])
    func keepRows(status: RecordStatus) throws {
        let result = try WorkplaceFixture.validate(["STATUS": status.rawValue, "ESTTYPE": "x", "POSTCODE": ""])
        #expect(result.findings.isEmpty)
        let record = try #require(result.record)
        #expect(record == WorkplaceRecord(reference: "SUNRISE-DC2", status: status, name: "Sunrise Home Care Leeds"))
    }

    @Test("a warning drops only its own value")
    func warningsDropValues() throws {
        let utilisation = try #require(
            try WorkplaceFixture.validate(WorkplaceServiceRuleTests.on2(["UTILISATION": "85;3"])).record)
        #expect(utilisation.services == [Service(code: 8, utilisation: 85), Service(code: 14)])
        let sickPay = try #require(try WorkplaceFixture.validate(["SICKPAY": "yes"]).record)
        #expect(sickPay.sickPay == nil && sickPay.pension == .yes)
        let dha = try #require(
            try WorkplaceFixture.validate(
                WorkplaceFixture.on(WorkplaceServiceRuleTests.domestic, ["DHA": "1", "DHAACTIVITIES": "1"])
            ).record)
        #expect(dha.delegatedHealthcare == nil && dha.delegatedHealthcareActivities == nil)
        let someActivities = try #require(try WorkplaceFixture.validate(["DHAACTIVITIES": "2;9;2"]).record)
        #expect(someActivities.delegatedHealthcareActivities == .activities([2]))
        let reasons = try #require(try WorkplaceFixture.validate(["CWPUSE": "1;4;11;4", "CWPUSEDESC": ""]).record)
        #expect(reasons.pathwayUse == .init(answer: .yes, reasons: [4]))
    }

    @Test(
        "a registered-manager vacancy is dropped where REGTYPE is not 2",
        arguments: [
            ("1;1", WorkplaceRecord.JobRoleMeasure.counts([0, 1])), ("1;0", .noneReported),
        ])
    func registeredManagerVacancy(vacancies: String, stored: WorkplaceRecord.JobRoleMeasure) throws {
        let result = try WorkplaceFixture.validate(
            WorkplaceFixture.on(WorkplaceFixture.dayCentre, ["VACANCIES": vacancies]))
        #expect(result.findings.map(\.code) == [2180])
        #expect(result.record?.vacancies == stored)
    }

    @Test(
        "decimals are stored exactly, rounded half up to two places",
        arguments: [
            ("4.5", 450), ("4.567", 457), ("4.565", 457), ("4.564", 456), ("99.999", 10_000),
        ])
    func pensionContribution(text: String, basisPoints: Int) throws {
        let record = try #require(try WorkplaceFixture.validate(["ACTUALCONT": text]).record)
        #expect(record.pensionContributionBasisPoints == basisPoints)
    }

    @Test("job-role measures answer per role and in total")
    func measures() {
        let counts = WorkplaceRecord.JobRoleMeasure.counts([0, 3])
        #expect(counts.count(forJobRoleAt: 1) == 3 && counts.count(forJobRoleAt: 2) == nil && counts.total == 3)
        #expect(WorkplaceRecord.JobRoleMeasure.noneReported.count(forJobRoleAt: 5) == 0)
        #expect(WorkplaceRecord.JobRoleMeasure.dontKnow.total == nil)
    }

    @Test("records survive a JSON round trip")
    func codable() throws {
        let record = try #require(try WorkplaceFixture.validate().record)
        let decoded = try JSONDecoder().decode(WorkplaceRecord.self, from: try JSONEncoder().encode(record))
        #expect(decoded == record)
    }
}
