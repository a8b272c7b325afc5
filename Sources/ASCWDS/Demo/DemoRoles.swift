/// Broad workplace types, which decide staffing, names and service users.
enum DemoWorkplaceKind: Sendable, Hashable {
    case nursingHome
    case careHome
    case homeCare
    case supportedLiving
    case community
    case headOffice

    /// The kind of a main service, from its code and `service_category` in `main-services.csv`.
    init(mainService: Int, category: String?) {
        switch (mainService, category) {
        case (1, _): self = .nursingHome
        case (72, _): self = .headOffice
        case (55, _): self = .supportedLiving
        case (_, "Adult residential"): self = .careHome
        case (_, "Adult domiciliary"): self = .homeCare
        default: self = .community
        }
    }
}

/// How a job role is paid.
enum DemoPay: Sendable, Hashable {
    /// Hourly, relative to the care-worker range: from its lower bound + `low` to its upper bound + `high`
    /// pence, so a higher National Living Wage lifts every hands-on role together.
    case careScale(low: Int, high: Int)
    /// Hourly, from the care-worker minimum up to `extra` pence above it (ancillary and admin roles).
    case fromMinimum(extra: Int)
    /// Annual salary in whole pounds, within ASC-WDS's 500–200,000 range.
    case annual(ClosedRange<Int>)
    /// Registered nurses: hourly or annual, as providers record both.
    case nurse
}

/// What the generator needs to know about a job role (`job-roles.csv` code).
struct DemoRole: Sendable, Hashable {
    let code: Int
    let pay: DemoPay
    /// Hands-on care or support: Care Certificate, care training and the qualification share apply.
    let providesCare: Bool
    let minimumAge: Int
    /// The usual Care Workforce Pathway category (`CWPCATEGORY`); 998 = none of the above.
    let pathwayCategory: Int
    /// The usual level of a social care qualification held (`SCQUAL` level).
    let qualificationLevel: Int

    /// Salaried staff are full time and never on zero hours, which also keeps ASC-WDS's
    /// full-time-equivalent pay check (1260) quiet: it only looks at salaried staff under 37 hours.
    var isSalaried: Bool {
        if case .annual = pay { return true }
        return false
    }

    static let registeredManager = 4
    static let registeredNurse = 16
    static let socialWorker = 6

    // Pay ranges are typical advertised rates for the East of England around 2024–25; the
    // seed figures give none beyond the care-worker minimum.
    static let all: [Int: DemoRole] = Dictionary(
        uniqueKeysWithValues: [
            DemoRole(code: 1, pay: .annual(55_000...110_000), care: false, age: 30, pathway: 998, level: 5),
            DemoRole(code: 2, pay: .annual(34_000...52_000), care: false, age: 25, pathway: 998, level: 5),
            DemoRole(code: 3, pay: .annual(27_000...36_000), care: true, age: 23, pathway: 4, level: 3),
            DemoRole(code: 4, pay: .annual(36_000...55_000), care: true, age: 25, pathway: 7, level: 5),
            DemoRole(code: 5, pay: .careScale(low: 120, high: 250), care: true, age: 20, pathway: 4, level: 3),
            DemoRole(code: 6, pay: .annual(35_000...46_000), care: false, age: 22, pathway: 998, level: 6),
            DemoRole(code: 7, pay: .careScale(low: 80, high: 150), care: true, age: 19, pathway: 3, level: 3),
            DemoRole(code: 8, pay: .careScale(low: 0, high: 0), care: true, age: 18, pathway: 2, level: 2),
            DemoRole(code: 9, pay: .careScale(low: 0, high: 100), care: true, age: 18, pathway: 2, level: 2),
            DemoRole(code: 11, pay: .careScale(low: 50, high: 150), care: false, age: 20, pathway: 998, level: 3),
            DemoRole(code: 16, pay: .nurse, care: false, age: 22, pathway: 998, level: 6),
            DemoRole(code: 24, pay: .annual(32_000...48_000), care: false, age: 25, pathway: 998, level: 4),
            DemoRole(code: 25, pay: .fromMinimum(extra: 250), care: false, age: 18, pathway: 998, level: 2),
            DemoRole(code: 26, pay: .fromMinimum(extra: 150), care: false, age: 18, pathway: 998, level: 2),
            DemoRole(code: 34, pay: .fromMinimum(extra: 250), care: true, age: 18, pathway: 2, level: 2),
            DemoRole(code: 35, pay: .annual(30_000...40_000), care: false, age: 25, pathway: 998, level: 4),
            DemoRole(code: 37, pay: .careScale(low: 150, high: 400), care: true, age: 20, pathway: 998, level: 5),
            DemoRole(code: 38, pay: .careScale(low: 50, high: 120), care: true, age: 18, pathway: 998, level: 3),
            DemoRole(code: 39, pay: .annual(25_000...32_000), care: false, age: 22, pathway: 998, level: 3),
            DemoRole(code: 40, pay: .careScale(low: 100, high: 200), care: true, age: 20, pathway: 4, level: 3),
            DemoRole(code: 43, pay: .annual(29_000...38_000), care: true, age: 23, pathway: 6, level: 3),
            DemoRole(code: 44, pay: .annual(28_000...40_000), care: false, age: 25, pathway: 998, level: 4),
            DemoRole(code: 45, pay: .careScale(low: 120, high: 250), care: true, age: 20, pathway: 4, level: 3),
            DemoRole(code: 46, pay: .annual(28_000...40_000), care: false, age: 21, pathway: 998, level: 4),
            DemoRole(code: 48, pay: .annual(24_000...32_000), care: false, age: 18, pathway: 998, level: 3),
            DemoRole(code: 49, pay: .annual(40_000...60_000), care: false, age: 25, pathway: 998, level: 4),
            DemoRole(code: 52, pay: .careScale(low: 0, high: 0), care: true, age: 18, pathway: 2, level: 2),
        ].map { ($0.code, $0) })

    private init(code: Int, pay: DemoPay, care: Bool, age: Int, pathway: Int, level: Int) {
        self.code = code
        self.pay = pay
        self.providesCare = care
        self.minimumAge = age
        self.pathwayCategory = pathway
        self.qualificationLevel = level
    }
}

extension DemoWorkplaceKind {
    /// The roles that fill a workplace after its managers, with relative weights: care workers are
    /// the large majority everywhere except head offices (leicestershire-2016 / England / share of
    /// jobs directly providing care, 76%).
    var roleMix: DemoWeightedChoice<Int> {
        switch self {
        case .nursingHome:
            return DemoWeightedChoice([
                (8, 48), (7, 12), (16, 14), (37, 2), (38, 2), (26, 13), (25, 3), (34, 3), (45, 2), (3, 1),
            ])
        case .careHome:
            return DemoWeightedChoice([(8, 56), (7, 15), (26, 14), (25, 3), (34, 4), (45, 4), (5, 2), (3, 1)])
        case .homeCare:
            return DemoWeightedChoice([(8, 74), (7, 7), (40, 6), (5, 4), (25, 4), (45, 3), (39, 1), (3, 1)])
        case .supportedLiving:
            return DemoWeightedChoice([(52, 60), (8, 12), (7, 8), (45, 8), (5, 4), (25, 3), (3, 3), (34, 2)])
        case .community:
            return DemoWeightedChoice([(52, 30), (8, 20), (9, 20), (34, 12), (25, 6), (26, 5), (5, 4), (11, 3)])
        case .headOffice:
            return DemoWeightedChoice([(25, 30), (2, 15), (24, 12), (44, 8), (48, 6), (46, 4), (35, 4), (49, 2)])
        }
    }

    /// The roles every workplace of this kind has before the mix: a registered manager where CQC
    /// requires one (spec 4.5, rule 2301), a deputy in larger services, otherwise a manager.
    func fixedRoles(regulated: Bool, staff: Int) -> [Int] {
        switch self {
        case .headOffice:
            return staff >= 20 ? [1, 1] : [1]
        default:
            var roles = [regulated ? DemoRole.registeredManager : (staff >= 30 ? 2 : 3)]
            if staff >= 12 { roles.append(43) }
            return roles
        }
    }

    /// Service-user groups (`service-users.csv`) a workplace of this kind typically supports; the
    /// "other" groups (3, 9, 21), which need a description, are left out.
    var serviceUsers: [Int] {
        switch self {
        case .nursingHome: return [1, 2, 25, 4, 28]
        case .careHome: return [1, 25, 2, 23, 26]
        case .homeCare: return [1, 25, 4, 5, 26, 28]
        case .supportedLiving: return [5, 6, 4, 23, 8]
        case .community: return [5, 4, 1, 6, 19, 18]
        case .headOffice: return []
        }
    }

    /// A second service some workplaces also offer (`ALLSERVICES`), besides `MAIN;0`.
    var otherServices: [Int] {
        switch self {
        case .nursingHome: return [14, 2]
        case .careHome: return [14, 6]
        case .homeCare: return [55, 54, 10]
        case .supportedLiving: return [8, 15]
        case .community: return [6, 14, 13]
        case .headOffice: return []
        }
    }
}
