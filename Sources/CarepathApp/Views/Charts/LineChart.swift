import CarepathCore
import Foundation

/// A small line chart drawn as SVG on the server. Each series has its own colour and dash
/// pattern, so lines differ without colour; every chart sits beside a table of the same figures.
struct LineChart {
    struct Series {
        var name: String
        var points: [(x: Int, y: Double)]
    }

    var title: String
    var yAxisLabel: String
    var series: [Series]
    var width = 640.0
    var height = 300.0

    /// Colours from a palette that stays distinct for colour-blind readers, and dash patterns to match.
    private static let strokes: [(colour: String, dash: String?)] = [
        ("#0b0c0c", nil), ("#1d70b8", "8 4"), ("#d4351c", "2 4"), ("#00703c", "12 4 2 4"), ("#6f72af", "4 2"),
    ]

    private let left = 70.0
    private let right = 20.0
    private let top = 20.0
    private let bottom = 40.0

    /// The SVG element; `id` names its title for `aria-labelledby`.
    func svg(id: String) -> String {
        let xs = series.flatMap { $0.points.map(\.x) }
        let ys = series.flatMap { $0.points.map(\.y) }
        guard let minX = xs.min(), let maxX = xs.max(), let dataMax = ys.max(), let dataMin = ys.min() else {
            return ""
        }
        let (low, high, step) = Self.niceScale(min: min(0, dataMin), max: dataMax)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ value: Int) -> Double {
            left + (maxX == minX ? 0 : Double(value - minX) / Double(maxX - minX) * plotWidth)
        }
        func y(_ value: Double) -> Double { top + plotHeight - (value - low) / (high - low) * plotHeight }

        var parts: [String] = []
        parts.append(
            "<svg class=\"cp-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height + 24.0 * Double(series.count)))\" role=\"img\" aria-labelledby=\"\(id)-title\">"
        )
        parts.append("<title id=\"\(id)-title\">\(Self.escape(title))</title>")
        var tick = low
        while tick <= high + step / 2 {
            let ty = y(tick)
            parts.append(
                "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(Self.fmt(ty))\" y2=\"\(Self.fmt(ty))\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
            )
            parts.append(
                "<text x=\"\(left - 6)\" y=\"\(Self.fmt(ty + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">\(Self.escape(NumberText.count(tick)))</text>"
            )
            tick += step
        }
        let yearStep = max(1, (maxX - minX + 5) / 6)
        for year in stride(from: minX, through: maxX, by: yearStep) {
            parts.append(
                "<text x=\"\(Self.fmt(x(year)))\" y=\"\(Self.fmt(height - bottom + 18))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">\(year)</text>"
            )
        }
        parts.append(
            "<text x=\"14\" y=\"\(Self.fmt(top + plotHeight / 2))\" transform=\"rotate(-90 14 \(Self.fmt(top + plotHeight / 2)))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">\(Self.escape(yAxisLabel))</text>"
        )
        for (index, line) in series.enumerated() {
            let stroke = Self.strokes[index % Self.strokes.count]
            let path = line.points.map { "\(Self.fmt(x($0.x))),\(Self.fmt(y($0.y)))" }.joined(separator: " ")
            let dash = stroke.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            parts.append(
                "<polyline fill=\"none\" stroke=\"\(stroke.colour)\" stroke-width=\"3\"\(dash) points=\"\(path)\"/>")
            let legendY = height + 24.0 * Double(index) + 4
            parts.append(
                "<line x1=\"\(left)\" x2=\"\(left + 36)\" y1=\"\(Self.fmt(legendY))\" y2=\"\(Self.fmt(legendY))\" stroke=\"\(stroke.colour)\" stroke-width=\"3\"\(dash)/>"
            )
            parts.append(
                "<text x=\"\(left + 44)\" y=\"\(Self.fmt(legendY + 4))\" font-size=\"13\" fill=\"#0b0c0c\">\(Self.escape(line.name))</text>"
            )
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// Axis bounds on round numbers, with about five steps.
    static func niceScale(min low: Double, max high: Double) -> (Double, Double, Double) {
        let span = max(high - low, 1)
        let rough = span / 5
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
    }

    private static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
