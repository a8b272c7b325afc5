import Foundation

/// Numbers as UK readers write them, whatever the server's locale.
public enum NumberText {
    /// `2264892` → `2,264,892`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// A count rounded to a whole number and grouped: `1234.6` → `1,235`.
    public static func count(_ value: Double) -> String {
        grouped(Int(value.rounded()))
    }

    /// A ratio as a percentage: `0.2834` → `28.3%`.
    public static func percent(_ ratio: Double, places: Int = 1) -> String {
        decimal(ratio * 100, places: places) + "%"
    }

    /// Pounds to the nearest pound: `19534144.2` → `£19,534,144`.
    public static func pounds(_ value: Double) -> String {
        let whole = Int(value.rounded())
        return (whole < 0 ? "-£" : "£") + grouped(abs(whole))
    }

    /// Pounds in millions to 2 places: `19534144` → `£19.53m`.
    public static func millionsOfPounds(_ value: Double) -> String {
        (value < 0 ? "-£" : "£") + decimal(abs(value) / 1_000_000, places: 2) + "m"
    }

    /// A decimal with a fixed number of places and grouped thousands: `1234.5` → `1,234.50`.
    public static func decimal(_ value: Double, places: Int) -> String {
        let text = String(format: "%.\(places)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = grouped(Int(parts[0]) ?? 0)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + (parts.count > 1 ? whole + "." + parts[1] : whole)
    }
}
