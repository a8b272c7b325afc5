import ASCWDS
import CarepathCore
import Testing
import WorkforceMetrics

@Suite("WorkerFacts and WorkplaceFacts from ASC-WDS records")
struct FactsMappingTests {
    private func staffRecord() -> StaffRecord {
        StaffRecord(line: 2, localEstablishmentID: "Home 1", uniqueWorkerID: "S1", status: .new, displayID: "S1")
    }

    @Test func aStaffRecordKeepsItsCodesAndConvertsItsNumbers() {
        var record = staffRecord()
        record.mainJobRole = 8
        record.employmentStatus = 1
        record.zeroHoursContract = 2
        record.daysSick = .known(HalfSteps(halves: 5))
        record.socialCareQualification = HighestQualification(answer: 1, level: 3)
        record.startDate = day("2022-09-01")
        record.startedInSector = .known(2019)
        record.dateOfBirth = day("1990-05-04")
        record.gender = 2
        record.ethnicity = 39
        record.nationality = 826
        record.recruitmentSource = 2
        record.payInterval = .hourly
        record.hourlyRatePence = 1_144
        record.contractedHours = .known(HalfSteps(halves: 75))
        record.averageHours = .dontKnow
        record.disabled = 0
        let facts = WorkerFacts(record, workplaceID: "home-1")
        let expected = WorkerFacts(
            workplaceID: "home-1", mainJobRole: 8, employmentStatus: 1, zeroHoursContract: 2, daysSick: 2.5,
            socialCareQualification: 1, socialCareQualificationLevel: 3, mainRoleStartDate: day("2022-09-01"),
            yearStartedInSector: 2019, yearOfBirth: 1990, gender: 2, ethnicity: 39, nationality: 826,
            recruitmentSource: 2, pay: .hourly(11.44), contractedHours: 37.5, averageHours: nil, disabled: 0)
        #expect(facts == expected)
    }

    @Test func dontKnowNumbersBecomeUnknown() {
        var record = staffRecord()
        record.employmentStatus = 1
        record.daysSick = .dontKnow
        record.startedInSector = .dontKnow
        record.contractedHours = .dontKnow
        record.socialCareQualification = HighestQualification(answer: 999)
        let facts = WorkerFacts(record, workplaceID: "A")
        #expect(facts.daysSick == nil)
        #expect(facts.yearStartedInSector == nil)
        #expect(facts.contractedHours == nil)
        #expect(facts.socialCareQualification == 999)
        #expect(measure(.sicknessDays, [facts]).excludedUnknown == 1)
        #expect(measure(.experienceYears, [facts]).excludedUnknown == 1)
    }

    @Test func payIsReadFromTheColumnTheIntervalNames() {
        var annual = staffRecord()
        annual.payInterval = .annual
        annual.annualSalaryPounds = 24_000
        #expect(WorkerFacts(annual, workplaceID: "A").pay == .annual(24_000))
        var dontKnow = staffRecord()
        dontKnow.payInterval = .dontKnow
        dontKnow.annualSalaryPounds = 24_000
        #expect(WorkerFacts(dontKnow, workplaceID: "A").pay == nil)
    }

    private func workplaceRecord() -> WorkplaceRecord {
        var record = WorkplaceRecord(reference: "Home 1", status: .new, name: "Home")
        record.totalStaff = 25
        record.jobRoles = [8, 7, 16]
        record.starters = .counts([3, 1, 0])
        record.leavers = .noneReported
        record.vacancies = .dontKnow
        return record
    }

    @Test func aWorkplaceRecordGivesItsDeclaredTotals() {
        let facts = WorkplaceFacts(workplaceRecord(), workplaceID: "home-1")
        #expect(facts == WorkplaceFacts(workplaceID: "home-1", starters: 4, leavers: 0, declaredTotalStaff: 25))
    }

    @Test func restrictingToJobRolesSumsOnlyThoseRoles() {
        let careRoles = WorkplaceFacts(workplaceRecord(), workplaceID: "A", jobRoles: [8, 7])
        #expect(careRoles.starters == 4)
        #expect(careRoles.leavers == 0)
        #expect(careRoles.vacancies == nil)
        #expect(careRoles.declaredTotalStaff == nil)
        #expect(WorkplaceFacts(workplaceRecord(), workplaceID: "A", jobRoles: [16]).starters == 0)
        #expect(WorkplaceFacts(workplaceRecord(), workplaceID: "A", jobRoles: [4]).starters == 0)
    }

    @Test func countsThatCannotBeMatchedToRolesAreUnknown() {
        var short = workplaceRecord()
        short.starters = .counts([3])
        #expect(WorkplaceFacts(short, workplaceID: "A", jobRoles: [7]).starters == nil)
        var withoutRoles = workplaceRecord()
        withoutRoles.jobRoles = nil
        #expect(WorkplaceFacts(withoutRoles, workplaceID: "A", jobRoles: [8]).starters == nil)
        #expect(WorkplaceFacts(withoutRoles, workplaceID: "A", jobRoles: [8]).leavers == 0)
    }
}
