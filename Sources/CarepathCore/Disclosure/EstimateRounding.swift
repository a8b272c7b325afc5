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
