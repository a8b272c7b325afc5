import CarepathCore

// Demo-only draws on top of the shared generator; like its own helpers they avoid library maths whose
// last bits differ between platforms, so a seed gives byte-identical files everywhere.
extension SeededGenerator {
    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array, each equally likely.
    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// `value` rounded down or up at random so that the average is `value` itself: 2.3 gives 2 seven
    /// times in ten and 3 three times. Small workplaces then still get their share of leavers.
    mutating func roundedStochastically(_ value: Double) -> Int {
        let whole = value.rounded(.down)
        return Int(whole) + (chance(value - whole) ? 1 : 0)
    }

    /// A right-skewed multiplier with mean 1 (from 0.45 to 2.65): most workplaces are near the average
    /// size, a few are much larger, as in real services.
    mutating func skewedMultiplier() -> Double {
        0.45 + 2.2 * unit() * unit()
    }
}

/// A list of values with weights, drawn in proportion to the weights.
struct DemoWeightedChoice<Value: Sendable>: Sendable {
    let values: [Value]
    private let cumulative: [Double]

    /// Pairs of value and weight; weights must be positive and at least one pair given.
    init(_ pairs: [(Value, Double)]) {
        values = pairs.map(\.0)
        var running = 0.0
        cumulative = pairs.map { pair in
            running += pair.1
            return running
        }
    }

    var total: Double { cumulative.last ?? 0 }

    /// The values `keep` accepts, with their weights.
    func filter(_ keep: (Value) -> Bool) -> DemoWeightedChoice<Value> {
        DemoWeightedChoice(
            values.indices.filter { keep(values[$0]) }.map { index in
                (values[index], cumulative[index] - (index == 0 ? 0 : cumulative[index - 1]))
            })
    }

    func draw(using random: inout SeededGenerator) -> Value {
        let target = random.unit() * total
        // Lists are short (under 40 entries), so a linear scan beats a binary search's bookkeeping.
        for index in cumulative.indices where target < cumulative[index] {
            return values[index]
        }
        return values[values.count - 1]
    }
}
