import CarepathCore

/// Why a figure is not published, in words a reader understands, with the GSS symbol `c`.
public enum SuppressionReason: String, Sendable, Hashable, Codable {
    /// Rule 1: a count of 1 to the small-count maximum could identify people.
    case smallCount = "small-count"
    /// Rule 3: too few workers behind a rate, mean or median.
    case tooFewWorkers = "too-few-workers"
    /// Rule 3: too few workplaces behind it.
    case tooFewWorkplaces = "too-few-workplaces"
    /// Rule 3: one workplace supplies too much of it (commercial dominance).
    case dominance
    /// Rule 4: hidden so that a suppressed neighbour cannot be worked out from the total.
    case complementary
    /// Too few records answered the question for the figure to be representative.
    case lowCoverage = "low-coverage"

    /// A sentence for footnotes and API answers.
    public var message: String {
        switch self {
        case .smallCount: "Suppressed: a count this small could identify people."
        case .tooFewWorkers: "Suppressed: too few workers to publish a rate safely."
        case .tooFewWorkplaces: "Suppressed: too few workplaces; the figure could identify a provider."
        case .dominance: "Suppressed: one workplace supplies most of the figure, which would reveal its data."
        case .complementary: "Suppressed so that another suppressed figure cannot be worked out from the total."
        case .lowCoverage: "Not shown: too few records answered this question."
        }
    }

    /// The GSS symbol for a suppressed value.
    public static let symbol = "c"
}

/// A figure after disclosure control: the value to publish, or why there is none.
public struct DisclosedValue: Sendable, Hashable, Codable {
    /// The published (rounded) value; `nil` when suppressed or not available.
    public var value: Double?
    /// Why the value is withheld; `nil` when it is published or simply unavailable.
    public var suppression: SuppressionReason?

    public init(value: Double?, suppression: SuppressionReason?) {
        self.value = value
        self.suppression = suppression
    }

    /// True when a value was withheld for confidentiality.
    public var isSuppressed: Bool { suppression != nil }

    static func suppressed(_ reason: SuppressionReason) -> DisclosedValue {
        DisclosedValue(value: nil, suppression: reason)
    }
}
