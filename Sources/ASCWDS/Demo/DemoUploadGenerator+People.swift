import CarepathCore

/// A worker's personal and origin columns.
struct DemoPerson: Sendable {
    var birth: CalendarDate
    var gender: Int
    var ethnicity: Int
    var nationality: Int
    var citizenship = ""
    var countryOfBirth = DemoPerson.unitedKingdom
    var yearOfEntry: Int?
    var visa = ""
    var recruitedFrom = ""

    static let unitedKingdom = 826
}

extension DemoUploadGenerator {
    /// Age (with the 55-and-over share), gender and origin. Managers and nurses are at least their
    /// role's minimum age, which moves only people under 55, so the share aged 55+ is kept.
    func person(
        for role: DemoRole, nationality mix: DemoParameters.NationalityMix, random: inout SeededGenerator
    ) -> DemoPerson {
        var age: Int
        if random.chance(parameters.agedFiftyFiveAndOverShare) {
            age = random.chance(0.85) ? random.int(in: 55...67) : random.int(in: 68...75)
        } else {
            age = random.chance(0.12) ? random.int(in: 18...24) : random.int(in: 25...54)
        }
        if age < role.minimumAge { age = role.minimumAge + random.below(10) }
        // Up to 364 days before the birthday `age` years ago, so the age on the as-of date is exactly `age`.
        let birth = parameters.asOf.adding(months: -12 * age).adding(days: -random.below(365))
        let gender: Int
        if random.chance(parameters.femaleShare) {
            gender = 2
        } else {
            gender = random.chance(0.97) ? 1 : 3
        }
        var person = DemoPerson(birth: birth, gender: gender, ethnicity: 31, nationality: DemoPerson.unitedKingdom)
        let draw = random.unit() * (mix.british + mix.europeanUnion + mix.nonEuropeanUnion)
        if draw < mix.british {
            britishOrigin(&person, age: age, random: &random)
        } else if draw < mix.british + mix.europeanUnion {
            migrantOrigin(&person, from: Self.europeanUnion.draw(using: &random), recent: false, random: &random)
        } else {
            // Most non-EU staff came on Health and Care Worker visas, from 2021.
            let recent = random.chance(0.7)
            migrantOrigin(&person, from: Self.nonEuropeanUnion.draw(using: &random), recent: recent, random: &random)
        }
        return person
    }

    /// Most British staff were born in the UK; those born abroad came at some point in their life.
    private func britishOrigin(_ person: inout DemoPerson, age: Int, random: inout SeededGenerator) {
        guard random.chance(0.04) else {
            person.ethnicity = Self.britishEthnicity.draw(using: &random)
            return
        }
        let origin = Self.nonEuropeanUnion.draw(using: &random)
        person.ethnicity = origin.ethnicity
        person.countryOfBirth = origin.nationality
        person.yearOfEntry = person.birth.year + random.below(age + 1)
    }

    /// A non-British national, born in their country of nationality. The Health and Care visa
    /// question is answered only when it applies (not a British citizen; spec 5.6), and `INOUTUK`
    /// only with a visa.
    private func migrantOrigin(
        _ person: inout DemoPerson, from origin: (nationality: Int, ethnicity: Int, weight: Double), recent: Bool,
        random: inout SeededGenerator
    ) {
        let year = parameters.asOf.year
        person.nationality = origin.nationality
        person.countryOfBirth = origin.nationality
        person.ethnicity = origin.ethnicity
        // Arrived as an adult: EU nationals mostly 2004–2020, recent non-EU recruits from 2021.
        let earliest = min(year, max(recent ? 2021 : 2000, person.birth.year + 16))
        let latest = max(earliest, recent ? year : min(year, 2020))
        person.yearOfEntry = random.int(in: earliest...latest)
        let citizenship = recent ? Self.recentCitizenship : Self.settledCitizenship
        person.citizenship = citizenship.draw(using: &random)
        guard person.citizenship != "1" else { return }
        person.visa = (recent ? Self.recentVisa : Self.settledVisa).draw(using: &random)
        if person.visa == "1" { person.recruitedFrom = random.chance(0.75) ? "1" : "2" }
    }

    static let europeanUnion = DemoWeightedChoice(DemoCatalogue.europeanUnion.map { ($0, $0.weight) })
    static let nonEuropeanUnion = DemoWeightedChoice(DemoCatalogue.nonEuropeanUnion.map { ($0, $0.weight) })
    static let britishEthnicity = DemoWeightedChoice(DemoCatalogue.britishEthnicity)
    static let recentCitizenship = DemoWeightedChoice<String>([("2", 90), ("999", 5), ("", 5)])
    static let settledCitizenship = DemoWeightedChoice<String>([("1", 25), ("2", 60), ("999", 10), ("", 5)])
    static let recentVisa = DemoWeightedChoice<String>([("1", 85), ("2", 10), ("999", 5)])
    static let settledVisa = DemoWeightedChoice<String>([("2", 75), ("", 25)])
}
