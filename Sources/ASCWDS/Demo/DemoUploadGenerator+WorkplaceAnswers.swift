import CarepathCore

/// A workplace's declared job roles (`ALLJOBROLES`) and the starters, leavers and vacancies of each.
struct DemoDeclaredCounts: Sendable, Hashable {
    var roles: [Int]
    var starters: [Int] = []
    var leavers: [Int] = []
    var vacancies: [Int] = []
}

/// The Workplace file's organisation, delegated healthcare, pay and pathway answers, and its row.
extension DemoUploadGenerator {
    /// `ESTTYPE` (81% independent: eastern-region-strategy-2020 / East of England region / share of ASC
    /// jobs in private/voluntary/independent sector), `OTHERTYPE` only with 8, and the permissions.
    func addOrganisation(to cells: inout [String: String], random: inout SeededGenerator) {
        let type = Self.employerTypes.draw(using: &random)
        cells["ESTTYPE"] = type
        if type == "8" { cells["OTHERTYPE"] = random.pick(["Community interest company", "Social enterprise"]) }
        cells["PERMCQC"] = Self.permissions.draw(using: &random)
        cells["PERMLA"] = Self.permissions.draw(using: &random)
    }

    /// `DHA` and `DHAACTIVITIES`, only for main services that can carry out delegated healthcare
    /// activities (else warning 2520). Returns the DHA answer.
    func addDelegatedHealthcare(
        to cells: inout [String: String], main: Int, kind: DemoWorkplaceKind, random: inout SeededGenerator
    ) -> String {
        guard codes[.mainServices].attribute("can_do_delegated_healthcare_activities", of: main) == "yes",
            kind != .headOffice
        else { return "" }
        let answer = Self.yesNoDontKnow.draw(using: &random)
        cells["DHA"] = answer
        if answer == "1" {
            var activities = codes[.delegatedHealthcareActivities].codes
            var chosen: [String] = []
            for _ in 0..<min(activities.count, random.int(in: 1...3)) {
                chosen.append(activities.remove(at: random.below(activities.count)))
            }
            let sorted = chosen.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
            cells["DHAACTIVITIES"] = random.chance(0.15) ? "999" : sorted.joined(separator: ";")
        }
        return answer
    }

    /// Training, pathway, sick pay, pension, holiday, sleep-in and travel-time answers. Sleep-ins are
    /// asked only in pay groups 1 and 2, travel time only in group 1 (`main-services.csv`).
    func addPayAndPathway(to cells: inout [String: String], main: Int, random: inout SeededGenerator) {
        cells["REPEATTRAINING"] = Self.repeatTraining.draw(using: &random)
        let awareness = Self.pathwayAwareness.draw(using: &random)
        cells["CWPAWARE"] = awareness
        if awareness == "1" || awareness == "2", random.chance(0.6) {
            var reasons = Array(1...9)
            var chosen: [Int] = []
            for _ in 0..<random.int(in: 1...3) { chosen.append(reasons.remove(at: random.below(reasons.count))) }
            cells["CWPUSE"] = (["1"] + chosen.sorted().map(String.init)).joined(separator: ";")
        } else if !awareness.isEmpty {
            cells["CWPUSE"] = random.pick(["2", "2", "999", ""])
        }
        cells["SICKPAY"] = Self.oneZeroUnknown.draw(using: &random)
        let pension = Self.oneZeroUnknown.draw(using: &random)
        cells["PENSION"] = pension
        if pension == "1" { cells["ACTUALCONT"] = random.pick(["4", "4.5", "5", "6", "8"]) }
        cells["OPTOUTPEN"] = Self.yesNoDontKnow.draw(using: &random)
        cells["HOLIDAY"] = random.chance(0.85) ? String(random.int(in: 28...33)) : ""
        let group = codes[.mainServices].attribute("pay_and_pensions_group", of: main)
        if group == "1" || group == "2" {
            let sleepIns = Self.yesNoDontKnow.draw(using: &random)
            cells["SLEEPINS"] = sleepIns
            if sleepIns == "1" { cells["SLEEPINPAY"] = random.pick(["1", "2", "2", "999"]) }
        }
        if group == "1" {
            let travel = Self.travelTimeOptions.draw(using: &random)
            cells["TRAVELTIME"] = travel
            if travel == "3" { cells["TTDIFFRATE"] = Self.pounds(pence: random.int(in: 1_000...1_300)) }
        }
    }

    /// The workplace's row, with `TOTALPERMTEMP` and the starters, leavers and vacancies of its staff.
    func workplaceRow(_ plan: DemoWorkplace, workers: [DemoWorker], random: inout SeededGenerator) -> [String] {
        workplaceRow(plan, staffCount: workers.count, counts: declaredCounts(plan, workers: workers, random: &random))
    }

    /// `ALLJOBROLES` with its `STARTERS`, `LEAVERS` and `VACANCIES`, for one upload on its own.
    ///
    /// Starters are the staff who started in the last 12 months, so they never exceed the staff count
    /// (2310). Leavers and vacancies follow the turnover and vacancy rates by job role, kept below the
    /// staff count (2320, 2300). No registered-manager vacancy: each regulated workplace has one (2180).
    func declaredCounts(
        _ plan: DemoWorkplace, workers: [DemoWorker], random: inout SeededGenerator
    ) -> DemoDeclaredCounts {
        let roles = Set(workers.map(\.role.code)).sorted()
        let yearAgo = parameters.asOf.adding(months: -12)
        var counts = DemoDeclaredCounts(roles: roles)
        for role in roles {
            let holders = workers.filter { $0.role.code == role }
            // STARTERS, LEAVERS and VACANCIES are of permanent and temporary staff, the base of the
            // turnover and vacancy rates.
            let employed = holders.filter(\.contract.isDirectlyEmployed)
            counts.starters.append(employed.filter { $0.start > yearAgo }.count)
            counts.leavers.append(random.roundedStochastically(Double(employed.count) * plan.figures.turnoverRate))
            let vacant = random.roundedStochastically(Double(employed.count) * Self.vacanciesPerStaff(plan.figures))
            counts.vacancies.append(role == DemoRole.registeredManager ? 0 : vacant)
        }
        Self.keepBelow(workers.count, &counts.leavers)
        Self.keepBelow(workers.count, &counts.vacancies)
        return counts
    }

    /// Vacancies per member of staff that make vacancies the given share of posts.
    static func vacanciesPerStaff(_ figures: DemoParameters.AreaFigures) -> Double {
        figures.vacancyRate / (1 - figures.vacancyRate)
    }

    /// The row with the staff-dependent columns filled in; `status` replaces the parameters' STATUS.
    func workplaceRow(
        _ plan: DemoWorkplace, staffCount: Int, counts: DemoDeclaredCounts, status: String? = nil
    ) -> [String] {
        func list(_ values: [Int]) -> String { values.map(String.init).joined(separator: ";") }
        var cells = plan.cells
        if let status { cells["STATUS"] = status }
        cells["TOTALPERMTEMP"] = String(staffCount)
        cells["ALLJOBROLES"] = list(counts.roles)
        cells["STARTERS"] = list(counts.starters)
        cells["LEAVERS"] = list(counts.leavers)
        cells["VACANCIES"] = list(counts.vacancies)
        return HeaderLayout.workplace.map { cells[$0] ?? "" }
    }

    /// Lowers the largest counts until their total is below `limit`.
    static func keepBelow(_ limit: Int, _ counts: inout [Int]) {
        while counts.reduce(0, +) >= limit, let largest = counts.indices.max(by: { counts[$0] < counts[$1] }),
            counts[largest] > 0
        {
            counts[largest] -= 1
        }
    }

    /// `12.35` for 1235 pence.
    static func pounds(pence: Int) -> String {
        "\(pence / 100).\(padded(pence % 100, width: 2))"
    }

    static let employerTypes = DemoWeightedChoice<String>([("6", 72), ("7", 14), ("1", 6), ("3", 2), ("8", 6)])
    static let permissions = DemoWeightedChoice<String>([("1", 80), ("0", 12), ("", 8)])
    static let yesNoDontKnow = DemoWeightedChoice<String>([("1", 40), ("2", 40), ("999", 10), ("", 10)])
    static let oneZeroUnknown = DemoWeightedChoice<String>([("1", 30), ("0", 45), ("unknown", 10), ("", 15)])
    static let repeatTraining = DemoWeightedChoice<String>([("", 30), ("1", 10), ("2", 20), ("3", 25), ("4", 15)])
    static let pathwayAwareness = DemoWeightedChoice<String>([
        ("", 25), ("1", 15), ("2", 25), ("3", 20), ("4", 12), ("999", 3),
    ])
    static let travelTimeOptions = DemoWeightedChoice<String>([
        ("1", 30), ("2", 5), ("3", 15), ("4", 10), ("5", 15), ("6", 5), ("999", 5), ("", 15),
    ])
}
