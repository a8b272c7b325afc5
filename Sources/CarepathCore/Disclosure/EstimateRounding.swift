import Foundation

/// Rounding for published estimates (workforce-metrics.md 6.1 rule 2): the nearest 10 below
/// 1,000, the nearest 100 below 100,000, the nearest 1,000 above; ties round to even.
public struct EstimateRounding: Sendable, Hashable {
    /// One rounding step and the magnitude below which it applies; the last step has no limit.
    public struct Step: Sendable, Hashable {
        public var base: Double
        public var below: Double?

        public init(base: Double, below: Double?) {
            self.base = base
            self.below = below
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }

    /// The published default, `10<1000,100<100000,1000`.
    public static let standard = EstimateRounding(steps: [
        Step(base: 10, below: 1_000), Step(base: 100, below: 100_000), Step(base: 1_000, below: nil),
    ])

    /// `value` rounded by the first step whose limit it is below.
    public func round(_ value: Double) -> Double {
        let magnitude = abs(value)
        let step = steps.first { step in step.below.map { magnitude < $0 } ?? true } ?? steps[steps.count - 1]
        return (value / step.base).rounded(.toNearestOrEven) * step.base
    }
}

extension EstimateRounding {
    /// Reads the configuration form `10<1000,100<100000,1000`: steps with the magnitude they
    /// apply below, in increasing order, the last without a limit. `nil` when malformed.
    public init?(specification: String) {
        var steps: [Step] = []
        let parts = specification.split(separator: ",", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            let pieces = part.split(separator: "<", omittingEmptySubsequences: false)
            guard let base = Double(pieces[0].trimmingCharacters(in: .whitespaces)), base > 0 else { return nil }
            let isLast = index == parts.count - 1
            switch (pieces.count, isLast) {
            case (1, true): steps.append(Step(base: base, below: nil))
            case (2, false):
                guard let limit = Double(pieces[1].trimmingCharacters(in: .whitespaces)),
                    limit > (steps.last?.below ?? 0)
                else { return nil }
                steps.append(Step(base: base, below: limit))
            default: return nil
            }
        }
        self.init(steps: steps)
    }
}
