import Foundation

/// A small month-by-month line drawn as SVG on the server, for dashboard trends. Months with no
/// published value (suppressed or not available) break the line rather than being drawn as zero;
/// every chart sits beside a table of the same figures.
struct TrendChart {
    var title: String
    /// One value per month, oldest first; `nil` where nothing is published.
    var values: [Double?]
    /// The labels of the first and last month.
    var firstLabel: String
    var lastLabel: String
    /// How the lowest and highest values read, such as "28%".
    var format: (Double) -> String
    var width = 320.0
    var height = 110.0

    private let left = 8.0
    private let right = 8.0
    private let top = 22.0
    private let bottom = 24.0

    /// The SVG element; `id` names its title for `aria-labelledby`.
    func svg(id: String) -> String {
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return "" }
        let span = high - low > 0 ? high - low : max(abs(high), 1) * 0.1
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ index: Int) -> Double {
            values.count > 1 ? left + Double(index) / Double(values.count - 1) * plotWidth : left + plotWidth / 2
        }
        func y(_ value: Double) -> Double {
            top + plotHeight - (value - (low - span * 0.1)) / (span * 1.2) * plotHeight
        }
        var runs: [[(x: Double, y: Double)]] = [[]]
        for (index, value) in values.enumerated() {
            guard let value else {
                runs.append([])
                continue
            }
            runs[runs.count - 1].append((x(index), y(value)))
        }
        let lines = runs.filter { !$0.isEmpty }.map { run in
            guard run.count > 1 else {
                return String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1d70b8\"/>", run[0].x, run[0].y)
            }
            let points = run.map { String(format: "%.1f,%.1f", $0.x, $0.y) }.joined(separator: " ")
            return "<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\" points=\"\(points)\"/>"
        }
        let escapedTitle = LineChart.escape(title)
        return """
            <svg class="cp-chart cp-chart--trend" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
            aria-labelledby="\(id)-title" focusable="false" xmlns="http://www.w3.org/2000/svg">\
            <title id="\(id)-title">\(escapedTitle)</title>\
            <text x="\(left)" y="14" font-size="13" fill="#0b0c0c">High \(LineChart.escape(format(high))), \
            low \(LineChart.escape(format(low)))</text>\
            \(lines.joined())\
            <text x="\(left)" y="\(Int(height) - 6)" font-size="12" fill="#505a5f">\(LineChart.escape(firstLabel))</text>\
            <text x="\(width - right)" y="\(Int(height) - 6)" font-size="12" fill="#505a5f" text-anchor="end">\
            \(LineChart.escape(lastLabel))</text></svg>
            """
    }
}
