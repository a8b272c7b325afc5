import CarepathCore

/// One workplace as planned before its staff exist: everything but the staff-dependent columns.
struct DemoWorkplace: Sendable {
    let reference: String
    let kind: DemoWorkplaceKind
    let mainService: Int
    /// REGTYPE 2.
    let regulated: Bool
    let postcode: DemoUploadGenerator.ResolvedPostcode
    /// The figures of the council the postcode lies in, which every figure of the workplace follows.
    let figures: DemoParameters.AreaFigures
    /// Exactly the number of staff rows the workplace will get (`TOTALPERMTEMP`).
    let staffCount: Int
    /// The workplace's `DHA` answer; staff answer DHA only where it is `1` (rules 5662, 5663).
    let delegatedHealthcare: String
    /// Every Workplace column but the staff-dependent ones, by name.
    var cells: [String: String]
}

extension DemoUploadGenerator {
    /// Workplace `index`: its main service from the mix, REGTYPE as the service requires, a size
    /// around the service's average, a postcode from the caller's list, and its answers.
    func planWorkplace(index: Int, state: inout RunState, random: inout SeededGenerator) -> DemoWorkplace {
        let share = serviceChoice.draw(using: &random)
        let main = share.mainService
        let services = codes[.mainServices]
        let kind = DemoWorkplaceKind(mainService: main, category: services.attribute("service_category", of: main))
        let regulated: Bool
        switch services.attribute("required_regtype_when_main_service", of: main) {
        case "2": regulated = true
        case "0": regulated = false
        default: regulated = random.chance(0.3)  // head office: "0 or 2"; most are not registered
        }
        let reference = "\(parameters.referencePrefix)-\(Self.padded(index + 1, width: 5))"
        var cells: [String: String] = [
            "LOCALESTID": reference, "STATUS": parameters.status.rawValue, "MAINSERVICE": String(main),
            "REGTYPE": regulated ? "2" : "0",
        ]
        let brand: String
        if regulated {
            let provider = provider(state: &state, random: &random)
            brand = provider.brand
            cells["PROVNUM"] = provider.id
            // A head office may leave LOCATIONID blank; every other regulated workplace needs its own.
            if kind != .headOffice { cells["LOCATIONID"] = locationID(index: index, seed: state.seed) }
        } else {
            brand = Self.brandName(random: &random)
        }
        // A right-skewed size with the service's average: most workplaces are small, a few large
        // (eastern-region-strategy-2020 / East of England region / share of establishments with fewer
        // than 50 employees, 87%). At least a manager and two others; far below the 999 TOTALPERMTEMP allows.
        let minimum = kind == .headOffice ? 1 : 3
        let size = (share.averageStaff * (0.3 + 5.6 * random.unit() * random.unit() * random.unit())).rounded()
        let staff = min(600, max(minimum, Int(size)))
        let postcode = postcodes[random.below(postcodes.count)]
        cells["ESTNAME"] = Self.workplaceName(kind: kind, mainService: main, brand: brand, random: &random)
        cells["ADDRESS1"] = "\(random.int(in: 1...250)) \(random.pick(DemoCatalogue.streets))"
        cells["POSTTOWN"] = postcode.postTown
        cells["POSTCODE"] = postcode.postcode
        addOrganisation(to: &cells, random: &random)
        addServices(to: &cells, main: main, kind: kind, staff: staff, random: &random)
        let delegated = addDelegatedHealthcare(to: &cells, main: main, kind: kind, random: &random)
        addPayAndPathway(to: &cells, main: main, random: &random)
        return DemoWorkplace(
            reference: reference, kind: kind, mainService: main, regulated: regulated, postcode: postcode,
            figures: parameters.figures(forCouncil: postcode.cassrCode), staffCount: staff,
            delegatedHealthcare: delegated, cells: cells)
    }

    /// The CQC provider of a regulated workplace: often the same group as the previous one, as
    /// providers run several locations.
    private func provider(state: inout RunState, random: inout SeededGenerator) -> (id: String, brand: String) {
        if let current = state.currentProvider, random.chance(0.35) { return current }
        // An affine map with a multiplier coprime to 9 × 10⁸ numbers providers without repeats.
        let offset = Int(SeededGenerator.mixed(state.seed ^ 0x5052_4F56) % 900_000_000)
        let number = 100_000_000 + (state.providerSerial * 2_654_435_761 + offset) % 900_000_000
        state.providerSerial += 1
        let provider = (id: "1-\(number)", brand: Self.brandName(random: &random))
        state.currentProvider = provider
        return provider
    }

    /// A unique CQC location ID (`1-` and ten digits) for workplace `index`, by an affine map coprime
    /// to 9 × 10⁹, so no two workplaces of a set share one (rule 998).
    private func locationID(index: Int, seed: UInt64) -> String {
        let offset = Int(SeededGenerator.mixed(seed ^ 0x4C4F_4341) % 9_000_000_000)
        return "1-\(1_000_000_000 + (index * 2_654_435_761 + offset) % 9_000_000_000)"
    }

    /// `ALLSERVICES` with its positional `CAPACITY`, `UTILISATION` and `SERVICEDESC`, asking only the
    /// questions `main-services.csv` gives each service (an unasked capacity is error 1140).
    private func addServices(
        to cells: inout [String: String], main: Int, kind: DemoWorkplaceKind, staff: Int,
        random: inout SeededGenerator
    ) {
        let table = codes[.mainServices]
        var list = [main]
        let others = kind.otherServices.filter { $0 != main && table.contains($0) }
        if !others.isEmpty, random.chance(0.25) { list.append(random.pick(others)) }
        var capacities: [String] = []
        var utilisations: [String] = []
        var descriptions: [String] = []
        for service in list {
            let asksCapacity = !(table.attribute("capacity_question", of: service) ?? "").isEmpty
            let asksUtilisation = !(table.attribute("utilisation_question", of: service) ?? "").isEmpty
            let share = service == main ? 1.0 : 0.2
            let people = max(1, min(9_998, Int((Double(staff) * share * Self.peoplePerStaff(service)).rounded())))
            capacities.append(asksCapacity ? String(people) : "")
            let used = asksCapacity ? Int((Double(people) * (0.8 + 0.18 * random.unit())).rounded()) : people
            utilisations.append(asksUtilisation ? String(used) : "")
            let describe = table.attribute("servicedesc_expected", of: service) == "yes"
            descriptions.append(describe ? Self.serviceDescriptions[service] ?? "Other service" : "")
        }
        cells["ALLSERVICES"] = list.count == 1 ? "\(main);0" : list.map(String.init).joined(separator: ";")
        cells["CAPACITY"] = capacities.joined(separator: ";")
        cells["UTILISATION"] = utilisations.joined(separator: ";")
        cells["SERVICEDESC"] = descriptions.joined(separator: ";")
        var users = kind.serviceUsers
        var chosen: [Int] = []
        for _ in 0..<min(users.count, random.int(in: 1...3)) {
            chosen.append(users.remove(at: random.below(users.count)))
        }
        cells["SERVICEUSERS"] = chosen.sorted().map(String.init).joined(separator: ";")
        // One empty description per group: none of these groups is an "other" group.
        cells["OTHERUSERDESC"] = String(repeating: ";", count: max(0, chosen.count - 1))
    }

    /// Beds, places or people per member of staff, by service, for capacities and utilisations.
    static func peoplePerStaff(_ service: Int) -> Double {
        switch service {
        case 1: return 0.6
        case 2: return 0.8
        case 5, 73: return 0.7
        case 6, 7: return 2.2
        case 8, 12: return 1.6
        case 10: return 1.8
        case 14: return 0.5
        case 17: return 1.2
        case 53: return 1.5
        case 54: return 0.9
        case 55: return 0.4
        default: return 1.0
        }
    }

    /// `SERVICEDESC` items for the "other" services, which ASC-WDS stores a description for.
    static let serviceDescriptions: [Int: String] = [
        5: "Residential recovery service", 7: "Community day opportunities", 12: "Night sitting service",
        21: "Befriending service", 52: "Community meals service", 71: "Therapy service", 72: "Group head office",
        75: "Transition support for young people",
    ]

    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
