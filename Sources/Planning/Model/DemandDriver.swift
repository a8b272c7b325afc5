/// What drives demand for posts (workforce-planning.md 1.1 and 1.2).
///
/// Demand grows in proportion to a weighted population, `W_t = Σ_g ω_g · Pop(g, t)`:
/// the Skills for Care default is ω = 1 for ages 65+ and 0 otherwise.
public struct DemandDriver: Sendable, Hashable, Codable {
    /// The kinds of driver a planner can choose.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case aged65Plus = "aged-65-plus"
        case aged75Plus = "aged-75-plus"
        case aged85Plus = "aged-85-plus"
        case ageWeighted = "age-weighted"

        /// A label for forms and result tables.
        public var label: String {
            switch self {
            case .aged65Plus: "Population aged 65 and over (Skills for Care method)"
            case .aged75Plus: "Population aged 75 and over"
            case .aged85Plus: "Population aged 85 and over"
            case .ageWeighted: "Age-weighted population (your weights)"
            }
        }
    }

    public var kind: Kind
    /// The planner's weights, for ``Kind/ageWeighted`` only; no defaults are published.
    public var weights: [AgeWeight]

    public init(kind: Kind, weights: [AgeWeight] = []) {
        self.kind = kind
        self.weights = weights
    }

    private enum CodingKeys: String, CodingKey { case kind, weights }

    /// Reads a driver; `weights` may be left out for the drivers that take none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        weights = try container.decodeIfPresent([AgeWeight].self, forKey: .weights) ?? []
    }

    /// The Skills for Care default: posts grow with the population aged 65 and over.
    public static let skillsForCare = DemandDriver(kind: .aged65Plus)

    /// The weighted age bands this driver sums.
    public var terms: [AgeWeight] {
        switch kind {
        case .aged65Plus: [AgeWeight(fromAge: 65, toAge: 90, weight: 1)]
        case .aged75Plus: [AgeWeight(fromAge: 75, toAge: 90, weight: 1)]
        case .aged85Plus: [AgeWeight(fromAge: 85, toAge: 90, weight: 1)]
        case .ageWeighted: weights
        }
    }

    /// `W_t` for each year of `years`, or the first year the population does not cover.
    public func index(
        of population: PopulationSeries, over years: ClosedRange<Int>
    ) -> Result<[Double], MissingPopulationYear> {
        var index: [Double] = []
        for year in years {
            var weighted = 0.0
            for term in terms {
                guard let persons = population.total(year: year, ages: term.fromAge...term.toAge) else {
                    return .failure(MissingPopulationYear(areaCode: population.areaCode.rawValue, year: year))
                }
                weighted += term.weight * persons
            }
            index.append(weighted)
        }
        return .success(index)
    }
}

/// One term of an age-weighted driver: the weight ω for single years of age `fromAge...toAge` (90 means 90 and over).
public struct AgeWeight: Sendable, Hashable, Codable {
    public var fromAge: Int
    public var toAge: Int
    public var weight: Double

    public init(fromAge: Int, toAge: Int, weight: Double) {
        self.fromAge = fromAge
        self.toAge = toAge
        self.weight = weight
    }

    /// How the term reads in an assumptions table: "65–74 × 1.0".
    public var label: String {
        let ages = toAge >= 90 ? "\(fromAge)+" : "\(fromAge)–\(toAge)"
        return "\(ages) × \(weight)"
    }
}

/// The population projection does not reach a year the projection needs.
public struct MissingPopulationYear: Error, Sendable, Hashable {
    public var areaCode: String
    public var year: Int
}
