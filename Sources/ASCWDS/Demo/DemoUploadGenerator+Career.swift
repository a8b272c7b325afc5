import CarepathCore

/// When a worker started, here and in the sector.
struct DemoCareer: Sendable {
    var start: CalendarDate
    /// `STARTINSECT`: a year, or `999`.
    var sectorYear: String
    /// Started in adult social care in the last 12 months.
    var newToCare: Bool
}

/// Contract, hours, sickness and pay columns, consistent with each other (spec 5.7).
struct DemoContract: Sendable {
    var employment: Int
    var zeroHours: Bool
    var contractedHours = ""
    var averageHours = ""
    var daysSick = ""
    var payInterval = ""
    var salary = ""
    var hourlyRate = ""
    /// The pay as numbers, for the rises of a history: whole pounds a year, or pence an hour.
    var salaryPounds: Int?
    var hourlyPence: Int?

    /// Permanent (1) or temporary (2).
    var isDirectlyEmployed: Bool { employment == 1 || employment == 2 }
}

extension DemoUploadGenerator {
    /// A start date that makes the share of staff who started in the last 12 months equal the
    /// turnover rate (a workforce of steady size replaces its leavers); others have served one to
    /// seventeen years, mostly a few. Never before age 16 (3190) or the year of entry to the UK.
    func career(
        for role: DemoRole, person: DemoPerson, turnoverRate: Double, random: inout SeededGenerator
    ) -> DemoCareer {
        let asOf = parameters.asOf
        var start: CalendarDate
        if random.chance(turnoverRate) {
            start = asOf.adding(days: -random.below(365))
        } else {
            start = asOf.adding(days: -(365 + Int(Double(365 * 16) * random.unit() * random.unit())))
        }
        start = max(start, person.birth.adding(months: 16 * 12))
        if let entry = person.yearOfEntry, let arrival = CalendarDate(year: entry, month: 1, day: 1) {
            start = max(start, arrival)
        }
        return career(startingOn: start, person: person, random: &random)
    }

    /// `STARTINSECT` for a worker who starts here on `start` (at 16 or later, and after arriving in the
    /// UK): often the same year, else up to 20 years before; 999 (not known) for one in twenty.
    func career(startingOn start: CalendarDate, person: DemoPerson, random: inout SeededGenerator) -> DemoCareer {
        guard !random.chance(0.05) else { return DemoCareer(start: start, sectorYear: "999", newToCare: false) }
        // At 16 at the earliest (STARTINSECT must not be before age 14), in the UK, by the start here.
        let earliest = max(person.birth.year + 16, person.yearOfEntry ?? 0)
        let gap = random.chance(0.35) ? 0 : random.int(in: 0...max(0, min(20, start.year - earliest)))
        let year = max(earliest, start.year - gap)
        let newToCare = year == start.year && start > parameters.asOf.adding(months: -12)
        return DemoCareer(start: start, sectorYear: String(year), newToCare: newToCare)
    }

    /// Salaried staff are permanent or temporary, full time (37.5 or 40 hours) and not on zero hours;
    /// zero-hours staff give average hours only; pool/bank, agency and other staff likewise (3300,
    /// 3310, 1230). Sick days only for employed staff (ASC-WDS clears them for pool/bank and agency).
    func contract(
        for role: DemoRole, zeroHoursChance: Double, averageDaysSick: Double, random: inout SeededGenerator
    ) -> DemoContract {
        let nurseOnSalary = role.code == DemoRole.registeredNurse && random.chance(0.4)
        let salaried = role.isSalaried || nurseOnSalary
        let zeroHours = !salaried && random.chance(zeroHoursChance)
        let employment: Int
        if salaried {
            employment = random.chance(0.95) ? 1 : 2
        } else if zeroHours {
            employment = random.chance(0.75) ? 1 : 3
        } else {
            employment = Self.hourlyEmployment.draw(using: &random)
        }
        var contract = DemoContract(employment: employment, zeroHours: zeroHours)
        let employed = employment == 1 || employment == 2
        if employed, !zeroHours {
            contract.contractedHours = salaried ? random.pick(["37.5", "37.5", "40"]) : random.pick(Self.weeklyHours)
        } else {
            contract.averageHours = Self.hours(halves: random.int(in: 8...80))
        }
        if employed {
            contract.daysSick = daysSick(average: averageDaysSick, random: &random)
        }
        if salaried {
            let range: ClosedRange<Int>
            if case .annual(let salaries) = role.pay { range = salaries } else { range = 36_000...46_000 }
            // Whole pounds in steps of 50, as advertised salaries are.
            contract.payInterval = "1"
            contract.salaryPounds = range.lowerBound + 50 * random.int(in: 0...(range.count - 1) / 50)
            contract.salary = String(contract.salaryPounds!)
        } else if random.chance(0.02) {
            contract.payInterval = "999"
        } else {
            contract.payInterval = "3"
            contract.hourlyPence = random.int(in: hourlyPence(role.pay))
            contract.hourlyRate = Self.pounds(pence: contract.hourlyPence!)
        }
        return contract
    }

    /// Hourly pay in pence for a pay scale, relative to the care-worker range.
    private func hourlyPence(_ pay: DemoPay) -> ClosedRange<Int> {
        let care = parameters.careWorkerHourlyPence
        switch pay {
        case .careScale(let low, let high): return (care.lowerBound + low)...(care.upperBound + high)
        case .fromMinimum(let extra): return care.lowerBound...(care.lowerBound + extra)
        case .nurse: return max(1_950, care.lowerBound + 500)...max(2_450, care.upperBound + 900)
        case .annual: return care
        }
    }

    /// Sick days in half days with the average given: four in ten take none, the rest a right-skewed
    /// number. Sometimes not known (999) or not given.
    func daysSick(average: Double, random: inout SeededGenerator) -> String {
        let roll = random.unit()
        if roll < 0.07 { return "" }
        if roll < 0.10 { return "999" }
        guard !random.chance(0.4) else { return "0" }
        let days = average / 0.6 * 4 * random.unit() * random.unit()
        return Self.hours(halves: min(732, Int((days * 2).rounded())))
    }

    /// `37.5` for 75 halves, `40` for 80.
    static func hours(halves: Int) -> String {
        halves % 2 == 0 ? String(halves / 2) : "\(halves / 2).5"
    }

    static let weeklyHours = [
        "16", "20", "22.5", "24", "25", "30", "32", "35", "36", "37.5", "37.5", "40", "40", "42", "45",
    ]
    static let hourlyEmployment = DemoWeightedChoice<Int>([(1, 88), (2, 5), (3, 4), (4, 2), (7, 1)])
}
