import CarepathCore
import Foundation

/// A dot map drawn as SVG on the server: each area is a circle at its grid reference, filled by
/// the class its value falls in. Every dot has a dark outline (so it stands out from the page
/// whatever its fill) and a title; suppressed and unavailable areas are hollow and dashed. The
/// picture is one image for assistive technology, so it holds no links: the page's table of the
/// same figures links each area.
struct HotspotMap {
    struct Dot {
        var code: String
        var name: String
        var position: GridReference
        /// The published value, `nil` when suppressed or not available.
        var value: Double?
        /// The value as read, or the symbol's meaning.
        var text: String
    }

    var title: String
    var dots: [Dot]
    /// Class limits from low to high; ``classIndex(_:)`` places a value.
    var breaks: [Double]
    var width = 560.0
    var height = 620.0

    /// Light to dark blue: ordered by lightness, so the order reads without colour vision.
    static let palette = ["#deebf7", "#9ecae1", "#4292c6", "#08519c", "#08306b"]

    /// Quintile limits of the values, so each colour holds about a fifth of the areas.
    static func quantileBreaks(_ values: [Double]) -> [Double] {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return [] }
        // Repeated limits would make empty classes: fewer, distinct classes read better.
        var breaks: [Double] = []
        for step in 1..<palette.count {
            let limit = sorted[min(sorted.count - 1, sorted.count * step / palette.count)]
            if limit > sorted[0], breaks.last.map({ limit > $0 }) ?? true { breaks.append(limit) }
        }
        return breaks
    }

    func classIndex(_ value: Double) -> Int {
        breaks.firstIndex { value < $0 } ?? breaks.count
    }

    func svg(id: String) -> String {
        guard !dots.isEmpty else { return "" }
        let eastings = dots.map(\.position.easting)
        let northings = dots.map(\.position.northing)
        let pad = 15_000.0
        let minE = eastings.min()! - pad
        let maxE = eastings.max()! + pad
        let minN = northings.min()! - pad
        let maxN = northings.max()! + pad
        let scale = min((width - 20) / (maxE - minE), (height - 20) / (maxN - minN))
        let radius = dots.count > 60 ? 6.0 : 10.0
        let circles = dots.map { dot -> String in
            let x = 10 + (dot.position.easting - minE) * scale
            let y = height - 10 - (dot.position.northing - minN) * scale
            let style =
                dot.value.map { "fill=\"\(Self.palette[classIndex($0)])\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"" }
                ?? "fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\""
            return """
                <circle cx="\(String(format: "%.1f", x))" cy="\(String(format: "%.1f", y))" r="\(Int(radius))" \
                \(style)><title>\(LineChart.escape("\(dot.name): \(dot.text)"))</title></circle>
                """
        }
        return """
            <svg class="cp-chart cp-chart--map" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
            aria-labelledby="\(id)-title" xmlns="http://www.w3.org/2000/svg">\
            <title id="\(id)-title">\(LineChart.escape(title))</title>\
            <rect x="0" y="0" width="\(Int(width))" height="\(Int(height))" fill="#f3f2f1"/>\
            \(circles.joined())</svg>
            """
    }
}
