/// One data record of a reference file, with typed, checked access to its fields.
///
/// Each accessor either returns a valid value or throws a ``ReferenceDataError``
/// naming the file, line, column and offending text.
public struct ReferenceFields: Sendable {
    /// The file the record came from.
    public let file: String
    /// The column names from the header, in order.
    public let columns: [String]
    /// The record itself; it has exactly as many fields as there are columns.
    public let record: CSVRecord

    /// Wraps a record whose field count has already been checked against `columns`.
    public init(file: String, columns: [String], record: CSVRecord) {
        self.file = file
        self.columns = columns
        self.record = record
    }

    /// An error about the field at `index`, quoting its text.
    public func error(at index: Int, _ rule: String) -> ReferenceDataError {
        ReferenceDataError(file: file, line: record.line, field: columns[index], value: record[index], rule: rule)
    }

    /// The text of a field that must not be empty, such as a name.
    public func text(_ index: Int) throws(ReferenceDataError) -> String {
        let value = record[index]
        guard !value.isEmpty else {
            throw ReferenceDataError(file: file, line: record.line, field: columns[index], rule: "must not be empty")
        }
        return value
    }

    /// An ONS area code.
    public func areaCode(_ index: Int) throws(ReferenceDataError) -> AreaCode {
        do {
            return try AreaCode(record[index])
        } catch {
            throw self.error(at: index, "is not an ONS area code: expected E followed by 8 digits, like E12000006")
        }
    }

    /// A count: digits only, no sign, spaces or separators.
    public func count(_ index: Int) throws(ReferenceDataError) -> Int {
        guard let value = Self.wholeNumber(record[index]) else {
            throw error(at: index, "is not a count: expected a whole number of 0 or more, digits only")
        }
        return value
    }

    /// A non-negative whole number of metres: digits only.
    public func metres(_ index: Int) throws(ReferenceDataError) -> Int {
        guard let value = Self.wholeNumber(record[index]) else {
            throw error(at: index, "is not a whole number of metres")
        }
        return value
    }

    /// A National Grid reference from its easting and northing columns.
    public func gridReference(easting: Int, northing: Int) throws(ReferenceDataError) -> GridReference {
        GridReference(easting: Double(try metres(easting)), northing: Double(try metres(northing)))
    }

    /// A full postcode, normalised.
    public func postcode(_ index: Int) throws(ReferenceDataError) -> Postcode {
        do {
            return try Postcode(record[index])
        } catch {
            throw self.error(at: index, "is not a postcode: expected a form like NR1 3JU")
        }
    }

    /// A postcode sector, normalised.
    public func sector(_ index: Int) throws(ReferenceDataError) -> PostcodeSector {
        do {
            return try PostcodeSector(record[index])
        } catch {
            throw self.error(at: index, "is not a postcode sector: expected a form like NR1 3")
        }
    }

    /// An outcode, normalised.
    public func outcode(_ index: Int) throws(ReferenceDataError) -> Outcode {
        do {
            return try Outcode(record[index])
        } catch {
            throw self.error(at: index, "is not an outcode: expected a form like NR1")
        }
    }

    /// Digits only, at most 18 of them so the value cannot overflow; nil otherwise.
    static func wholeNumber(_ text: String) -> Int? {
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10, digits < 18 else { return nil }
            value = value * 10 + Int(digit)
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
