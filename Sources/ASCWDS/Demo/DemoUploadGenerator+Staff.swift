import CarepathCore

/// Who a worker is, apart from any one job: what stays the same when they move to another workplace.
struct DemoIdentity: Sendable {
    var person: DemoPerson
    var nationalInsuranceNumber: String
    var displayName: String
    /// The home postcode.
    var home: String
    var disability: String
    /// `STARTINSECT`: a year, or `999`.
    var sectorYear: String
    var qualifications: DemoQualificationCells
}

/// One generated staff row, with the facts the workplace row and training rows depend on.
struct DemoWorker: Sendable {
    let reference: String
    let role: DemoRole
    /// `STARTDATE`: starters in the last 12 months are counted in the workplace's `STARTERS`.
    let start: CalendarDate
    let identity: DemoIdentity
    /// Pay and sickness, which a history of returns changes.
    var contract: DemoContract
    /// The Staff file row, in base-header order; `STATUS` is the parameters' until a history sets it.
    var cells: [String]

    var birth: CalendarDate { identity.person.birth }
}

extension DemoUploadGenerator {
    /// Exactly `plan.staffCount` workers: the fixed managers, then the kind's role mix.
    func staffMembers(of plan: DemoWorkplace, state: inout RunState, random: inout SeededGenerator) -> [DemoWorker] {
        let regulated = plan.regulated && plan.kind != .headOffice
        var roleCodes = plan.kind.fixedRoles(regulated: regulated, staff: plan.staffCount)
        let mix = plan.kind.roleMix
        while roleCodes.count < plan.staffCount { roleCodes.append(mix.draw(using: &random)) }
        // Every fixed and mixed role has a profile (checked by the tests).
        let roles = roleCodes.map { DemoRole.all[$0]! }
        let zeroHoursChance = Self.zeroHoursChance(roles: roles, share: plan.figures.zeroHoursShare)
        return roles.map { role in
            state.staffSerial += 1
            return worker(role, serial: state.staffSerial, at: plan, zeroHoursChance: zeroHoursChance, random: &random)
        }
    }

    /// Salaried staff are never on zero hours, so the others are more often, keeping the expected
    /// zero-hours count at the share of all staff.
    static func zeroHoursChance(roles: [DemoRole], share: Double) -> Double {
        let eligible = roles.filter { !$0.isSalaried }.count
        return eligible == 0 ? 0 : min(1, share * Double(roles.count) / Double(eligible))
    }

    private func worker(
        _ role: DemoRole, serial: Int, at plan: DemoWorkplace, zeroHoursChance: Double, random: inout SeededGenerator
    ) -> DemoWorker {
        let figures = plan.figures
        let person = self.person(for: role, nationality: figures.nationality, random: &random)
        let career = self.career(for: role, person: person, turnoverRate: figures.turnoverRate, random: &random)
        let contract = self.contract(
            for: role, zeroHoursChance: zeroHoursChance, averageDaysSick: figures.averageDaysSick, random: &random)
        let qualifications = self.qualifications(
            for: role, birth: person.birth, socialCareShare: figures.socialCareQualificationShare, random: &random)
        let identity = self.identity(
            person, serial: serial, career: career, qualifications: qualifications, at: plan, random: &random)
        return worker(
            role, reference: Self.workerReference(serial), identity: identity, career: career, contract: contract,
            at: plan, random: &random)
    }

    /// `UNIQUEWORKERID` of the `serial`th record.
    static func workerReference(_ serial: Int) -> String {
        "W\(padded(serial, width: 7))"
    }

    /// A home postcode in the workplace's council.
    func homePostcode(near plan: DemoWorkplace, random: inout SeededGenerator) -> String {
        let homes = postcodesByCASSR[plan.postcode.cassrCode] ?? []
        return homes.isEmpty ? plan.postcode.postcode : postcodes[random.pick(homes)].postcode
    }

    /// The staff row of `identity` in `role` at `plan`. `recruitmentSource` is drawn when not given.
    func worker(
        _ role: DemoRole, reference: String, identity: DemoIdentity, career: DemoCareer, contract: DemoContract,
        at plan: DemoWorkplace, recruitmentSource: String? = nil, random: inout SeededGenerator
    ) -> DemoWorker {
        let person = identity.person
        let providesCare = role.providesCare
        let canDelegate = codes[.jobRoles].attribute("can_do_delegated_healthcare_activities", of: role.code) == "yes"
        let qualifications = identity.qualifications
        let cells = [
            plan.reference,  // LOCALESTID
            reference,  // UNIQUEWORKERID
            parameters.status.rawValue,  // STATUS
            identity.displayName,  // DISPLAYID
            identity.nationalInsuranceNumber,  // NINUMBER
            identity.home,  // POSTCODE
            person.birth.ukFormat,  // DOB
            String(person.gender),  // GENDER
            String(person.ethnicity),  // ETHNICITY
            String(person.nationality),  // NATIONALITY
            person.citizenship,  // BRITISHCITIZENSHIP
            String(person.countryOfBirth),  // COUNTRYOFBIRTH
            person.yearOfEntry.map(String.init) ?? "",  // YEAROFENTRY
            identity.disability,  // DISABLED
            providesCare ? Self.careCertificate.draw(using: &random) : "",  // CARECERT
            providesCare ? level2CareCertificate(random: &random) : "",  // L2CARECERT
            recruitmentSource ?? String(Self.recruitmentSources.draw(using: &random)),  // RECSOURCE
            person.visa,  // HANDCVISA
            person.recruitedFrom,  // INOUTUK
            career.start.ukFormat,  // STARTDATE
            career.sectorYear,  // STARTINSECT
            plan.delegatedHealthcare == "1" && canDelegate ? Self.workerDelegation.draw(using: &random) : "",  // DHA
            Self.apprentice.draw(using: &random),  // APPRENTICE
            String(contract.employment),  // EMPLSTATUS
            contract.zeroHours ? "1" : "2",  // ZEROHRCONT
            contract.daysSick,  // DAYSSICK
            contract.payInterval,  // SALARYINT
            contract.salary,  // SALARY
            contract.hourlyRate,  // HOURLYRATE
            String(role.code),  // MAINJOBROLE
            "",  // MAINJRDESC: only the "other" roles 23 and 27 need one, and none is generated
            contract.contractedHours,  // CONTHOURS
            contract.averageHours,  // AVGHOURS
            role.code == DemoRole.registeredNurse ? nursingCategory(random: &random) : "",  // NMCREG
            role.code == DemoRole.socialWorker ? "2" : "",  // AMHP
            qualifications.socialCare,  // SCQUAL
            qualifications.other,  // NONSCQUAL
            pathwayCategory(role, career: career, random: &random),  // CWPCATEGORY
        ]
        return DemoWorker(
            reference: reference, role: role, start: career.start, identity: identity, contract: contract,
            cells: cells + qualifications.achieved)
    }

    /// A National Insurance number that passes the format rule but is obviously synthetic: HMRC never
    /// issues the prefix `QQ`. Unique for the first four million staff (six digits and a suffix A–D),
    /// so the "same person over 75 hours" rule (5570) never fires; blank beyond that.
    static func nationalInsuranceNumber(serial: Int) -> String {
        let suffixes = ["A", "B", "C", "D"]
        let number = serial - 1
        guard number < 4_000_000 else { return "" }
        return "QQ\(padded(number % 1_000_000, width: 6))\(suffixes[number / 1_000_000])"
    }

    /// `L2CARECERT`: the Level 2 Adult Social Care Certificate started in 2024, so a completion year is
    /// given only from then to the as-of year.
    private func level2CareCertificate(random: inout SeededGenerator) -> String {
        let year = parameters.asOf.year
        if year >= 2024, random.chance(0.08) { return "1;\(random.int(in: 2024...year))" }
        return Self.level2Answers.draw(using: &random)
    }

    private func nursingCategory(random: inout SeededGenerator) -> String {
        let category = Self.nursingCategories.draw(using: &random)
        // ASC-WDS downloads write the category with a leading zero (spec section 9).
        return parameters.status == .unchecked ? "0\(category)" : category
    }

    /// `CWPCATEGORY`: the role's usual category; care workers new to the sector this year are "new to
    /// care" (1).
    private func pathwayCategory(_ role: DemoRole, career: DemoCareer, random: inout SeededGenerator) -> String {
        let answer = random.unit()
        if answer < 0.1 { return "" }
        if answer < 0.18 { return "999" }
        if role.pathwayCategory == 2, career.newToCare { return "1" }
        return String(role.pathwayCategory)
    }

    static let disability = DemoWeightedChoice<String>([("0", 85), ("1", 3), ("2", 3), ("3", 2), ("", 7)])
    static let careCertificate = DemoWeightedChoice<String>([("1", 55), ("3", 10), ("2", 30), ("", 5)])
    static let level2Answers = DemoWeightedChoice<String>([("", 60), ("2", 8), ("3", 32)])
    static let workerDelegation = DemoWeightedChoice<String>([("1", 50), ("2", 30), ("999", 5), ("", 15)])
    static let apprentice = DemoWeightedChoice<String>([("2", 80), ("1", 3), ("999", 2), ("", 15)])
    static let nursingCategories = DemoWeightedChoice<String>([("1", 85), ("2", 10), ("3", 5)])
}

extension DemoUploadGenerator {
    /// Who a new worker is: a home near the workplace, a name, a disability answer and their
    /// qualifications, drawn in that order so that the same seed gives the same people.
    func identity(
        _ person: DemoPerson, serial: Int, career: DemoCareer, qualifications: DemoQualificationCells,
        at plan: DemoWorkplace,
        random: inout SeededGenerator
    ) -> DemoIdentity {
        let home = homePostcode(near: plan, random: &random)
        return DemoIdentity(
            person: person, nationalInsuranceNumber: Self.nationalInsuranceNumber(serial: serial),
            displayName: Self.displayName(gender: person.gender, random: &random), home: home,
            disability: Self.disability.draw(using: &random), sectorYear: career.sectorYear,
            qualifications: qualifications)
    }
}
