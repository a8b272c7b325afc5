/// One clear error: names the file, the line (1-based, header = 1), the column name and the rule broken.
///
/// The whole file is refused when any rule is broken, so nothing from it is half-imported.
public struct PopulationFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rules a population projection file can break.
    public enum Rule: String, Sendable, CaseIterable {
        /// The file has no header, or a header and no rows.
        case emptyFile
        /// The text is not valid CSV (an unclosed quote, a stray quote, not UTF-8).
        case malformedCSV
        /// The first line is not the header of a population projection in either layout.
        case unrecognisedHeader
        /// A column the layout needs is not in the header.
        case missingColumn
        /// Two header columns mean the same thing.
        case duplicateColumn
        /// A projection year is missing from the header, from the file, or for one area.
        case missingYear
        /// A row has more or fewer values than the header has columns.
        case fieldCount
        /// The row is a component of change (births, deaths, migration), not population.
        case wrongComponent
        /// The sex or gender is not one the importer knows.
        case unknownSex
        /// The age is not a single year of age, "90 and over" or "All ages".
        case unknownAge
        /// The projection year of a row is not a four-digit year.
        case malformedYear
        /// A value is blank or not a number.
        case nonNumeric
        /// A value is below zero.
        case negativeValue
        /// The area code is not a GSS code (a letter and eight digits).
        case malformedAreaCode
        /// The area code is for a kind of area Carepath holds, but not one it knows.
        case unknownArea
        /// The same area, sex and age (and year, in the long layout) appears twice.
        case duplicateRow
        /// An area lacks a row for some age.
        case incompleteAges
        /// An "All ages" figure differs from the sum of the ages.
        case allAgesMismatch
        /// An area has rows for males or females but not both, and no persons rows.
        case onlyOneSex
        /// The file has rows under an old area code and under the code that replaced it.
        case conflictingAreaCodes
        /// No row is for an area Carepath uses.
        case noUsableRows
    }

    /// The file's name as given by the person importing it.
    public var file: String
    /// The 1-based line of the problem (the header is line 1), when it is on one line.
    public var line: Int?
    /// The column's name as written in the header (or as expected, for a missing column).
    public var column: String?
    /// The rule that was broken.
    public var rule: Rule
    /// A whole sentence saying what is wrong and, where it helps, how to put it right.
    public var message: String

    /// An error from its parts.
    public init(file: String, line: Int?, column: String?, rule: Rule, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.rule = rule
        self.message = message
    }

    /// The place and the message, such as
    /// `2018 SNPP Population persons.csv, line 14, column 2031: "12a4" is not a number.`
    public var description: String {
        var place = file
        if let line { place += ", line \(line)" }
        if let column { place += ", column \(column)" }
        return "\(place): \(message)"
    }
}
