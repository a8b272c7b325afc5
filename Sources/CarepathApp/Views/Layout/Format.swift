import CarepathCore
import Foundation

/// Number formats used on pages, fixed to UK conventions whatever the server's locale.
enum Format {
    /// `2264892` → `2,264,892`.
    static func grouped(_ value: Int) -> String {
        NumberText.grouped(value)
    }

    /// A half-unit figure such as hours or days: `37.5`, `4`.
    static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// Pence as money: `£11.44`.
    static func pounds(pence: Int) -> String {
        String(format: "£%d.%02d", pence / 100, pence % 100)
    }

    /// Metres as a distance people read: `850 m`, `2.5 km`.
    static func distance(metres: Int) -> String {
        metres < 1000 ? "\(metres) m" : String(format: "%.1f km", Double(metres) / 1000)
    }

    /// A grid reference as whole metres: `623182, 308533`.
    static func grid(_ grid: GridReference) -> String {
        "\(Int(grid.easting.rounded())), \(Int(grid.northing.rounded()))"
    }

    /// WGS84 latitude and longitude to 5 decimal places (about a metre).
    static func latitudeLongitude(_ grid: GridReference) -> String {
        let coordinate = grid.wgs84()
        return String(format: "%.5f, %.5f", coordinate.latitude, coordinate.longitude)
    }

    /// The calendar date of `date` in UTC, `YYYY-MM-DD`.
    static func day(_ date: Date) -> String {
        String(
            ISO8601DateFormatter.string(
                from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate]))
    }
}
