import Foundation

/// RFC 3339 / XML Schema `dateTimeStamp` text, as `validFrom`, `validUntil` and `awardedDate` use:
/// a zone is required, fractional seconds are allowed on input, output is whole seconds in UTC.
public enum Timestamp {
    /// The instants `format` can write: years 0001 to 9999.
    static let representableSeconds = -62_135_596_800.0...253_402_300_799.0

    /// `YYYY-MM-DDTHH:MM:SSZ` for the instant, truncated to the second. Instants outside years 0001–9999
    /// (say, from a hostile `iat`) are clamped rather than allowed to overflow.
    public static func format(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        let clamped =
            interval.isNaN ? 0 : min(max(interval, representableSeconds.lowerBound), representableSeconds.upperBound)
        let seconds = Int(clamped.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        let day = CalendarDate(daysSinceEpoch: days)
        return "\(day)T" + CalendarDate.pad(secondOfDay / 3_600, 2) + ":"
            + CalendarDate.pad(secondOfDay / 60 % 60, 2) + ":" + CalendarDate.pad(secondOfDay % 60, 2) + "Z"
    }

    /// The instant, or nil unless the text is a full date-time with `Z` or a `±HH:MM` offset.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.count <= 40 else { return nil }
        guard bytes[10] | 0x20 == UInt8(ascii: "t"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let date = CalendarDate(isoBytes: bytes[0..<10]),
            let hour = CalendarDate.number(bytes[11..<13]), let minute = CalendarDate.number(bytes[14..<16]),
            let second = CalendarDate.number(bytes[17..<19]),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > start, let value = Double("0." + String(decoding: bytes[start..<index], as: UTF8.self)) else {
                return nil
            }
            fraction = value
        }
        guard let offset = zoneOffset(bytes[index...]) else { return nil }
        let seconds =
            Double(date.daysSinceEpoch) * 86_400 + Double(hour * 3_600 + minute * 60 + second) - Double(offset)
        return Date(timeIntervalSince1970: seconds + fraction)
    }

    private static func zoneOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        if bytes.count == 1, bytes.first! | 0x20 == UInt8(ascii: "z") { return 0 }
        guard bytes.count == 6 else { return nil }
        let start = bytes.startIndex
        let sign: Int
        switch bytes[start] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        guard bytes[start + 3] == UInt8(ascii: ":"), let hours = CalendarDate.number(bytes[(start + 1)..<(start + 3)]),
            let minutes = CalendarDate.number(bytes[(start + 4)..<(start + 6)]), hours < 24, minutes < 60
        else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
