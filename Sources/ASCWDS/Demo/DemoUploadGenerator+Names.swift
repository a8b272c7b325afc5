import CarepathCore

/// Workplace and staff names: ordinary words, so demo screens look real without naming anyone real.
extension DemoUploadGenerator {
    /// A provider's brand, such as `Brightway`.
    static func brandName(random: inout SeededGenerator) -> String {
        random.pick(DemoCatalogue.brandWords) + random.pick(DemoCatalogue.brandEndings)
    }

    /// `ESTNAME`, in the style of its kind of service: `Willow Lodge Nursing Home`, `Brightway Home Care`.
    static func workplaceName(
        kind: DemoWorkplaceKind, mainService: Int, brand: String, random: inout SeededGenerator
    ) -> String {
        let place = random.pick(DemoCatalogue.placeWords)
        let home = "\(place) \(random.pick(DemoCatalogue.homeWords))"
        switch (kind, mainService) {
        case (.nursingHome, _): return "\(home) Nursing Home"
        case (.careHome, 53): return "\(place) Court Sheltered Housing"
        case (.careHome, _): return random.chance(0.5) ? home : "\(home) Care Home"
        case (.homeCare, 54): return "\(place) Extra Care Housing"
        case (.homeCare, 10): return "\(brand) Home Help"
        case (.homeCare, _): return "\(brand) Home Care"
        case (.supportedLiving, _): return "\(brand) Supported Living"
        case (.community, 6): return "\(place) Day Centre"
        case (.community, 14): return "\(place) Respite Service"
        case (.community, 13): return "\(brand) Carers Support"
        case (.community, 15): return "\(brand) Community Support"
        case (.community, 17): return "\(brand) Shared Lives"
        case (.community, _): return "\(brand) Services"
        case (.headOffice, _): return "\(brand) Group Head Office"
        }
    }

    /// `DISPLAYID`: a first name and an initial, a pseudonym rather than anyone's name.
    static func displayName(gender: Int, random: inout SeededGenerator) -> String {
        let names: [String]
        switch gender {
        case 2: names = DemoCatalogue.femaleNames
        case 1: names = DemoCatalogue.maleNames
        default: names = random.chance(0.5) ? DemoCatalogue.femaleNames : DemoCatalogue.maleNames
        }
        return "\(random.pick(names)) \(random.pick(DemoCatalogue.initials))."
    }
}
