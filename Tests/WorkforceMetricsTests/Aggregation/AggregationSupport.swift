import ASCWDS
import CarepathCore
import WorkforceMetrics

/// Seeded staff records with every answer varied, including unknowns, over several roles.
func randomWorkers(_ count: Int, workplaceID: String, seed: UInt64) -> [WorkerFacts] {
    var random = SeededGenerator(seed: seed)
    let roles = [8, 8, 8, 7, 4, 16, 24, 30]
    return (0..<count).map { _ in
        WorkerFacts(
            workplaceID: workplaceID, mainJobRole: roles[random.below(roles.count)],
            employmentStatus: [1, 1, 1, 2, 3, 4][random.below(6)], zeroHoursContract: [1, 2, 2, 999][random.below(4)],
            daysSick: random.below(5) == 0 ? nil : Double(random.below(40)) / 2,
            socialCareQualification: [1, 1, 2, 999][random.below(4)], socialCareQualificationLevel: random.below(9),
            mainRoleStartDate: random.below(8) == 0 ? nil : countDate.adding(days: -random.below(2_000)),
            yearStartedInSector: 2000 + random.below(25), yearOfBirth: 1960 + random.below(45),
            gender: [1, 2, 2, 2, 3][random.below(5)], ethnicity: [31, 32, 35, 40, 99][random.below(5)],
            nationality: [826, 826, 826, 616, 356, 998][random.below(6)], recruitmentSource: 1 + random.below(16),
            pay: random.below(2) == 0
                ? .hourly(11.44 + Double(random.below(300)) / 100) : .annual(Double(22_000 + random.below(25_000))),
            contractedHours: Double(16 + random.below(25)), averageHours: nil, disabled: random.below(4))
    }
}

/// A workplace record with declared starters, leavers and vacancies for the roles its staff hold.
func workplaceRecord(
    reference: String, mainService: Int = 2, employerType: Int = 6, leavers: [Int] = [3, 1, 0, 1, 0, 0],
    vacancies: WorkplaceRecord.JobRoleMeasure = .counts([2, 0, 0, 1, 0, 0])
) -> WorkplaceRecord {
    var record = WorkplaceRecord(reference: reference, status: .new, name: "Workplace \(reference)")
    record.mainService = mainService
    record.employerType = employerType
    record.totalStaff = 40
    record.jobRoles = [8, 7, 4, 16, 24, 30]
    record.starters = .counts([4, 1, 0, 0, 1, 0])
    record.leavers = .counts(leavers)
    record.vacancies = vacancies
    return record
}

let norfolk = WorkplaceMetricFacts.Location(districtCode: "E07000148", cassrCode: "E10000020", regionCode: "E12000006")
let suffolk = WorkplaceMetricFacts.Location(districtCode: "E07000202", cassrCode: "E10000029", regionCode: "E12000006")

/// Facts of one workplace built from seeded records.
func facts(
    _ id: String, workers: [WorkerFacts], location: WorkplaceMetricFacts.Location = norfolk, mainService: Int = 2,
    asOf: CalendarDate = countDate, organisation: String = "org-1"
) -> WorkplaceMetricFacts {
    WorkplaceMetricFacts.build(
        workplaceID: id, organisationID: organisation, asOf: asOf, location: location,
        record: workplaceRecord(reference: id, mainService: mainService), serviceGroup: "Adult residential",
        workers: workers)
}
