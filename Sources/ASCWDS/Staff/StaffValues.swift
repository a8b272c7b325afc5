/// A quantity counted in halves, kept exact: 37.5 hours is 75 halves, 2.5 days sick is 5 halves.
///
/// CONTHOURS, AVGHOURS and DAYSSICK only take half steps (spec 5.1), so an integer count of halves
/// stores them without the rounding a `Double` would bring into pay and FTE calculations.
public struct HalfSteps: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// How many halves: `75` for 37.5.
    public var halves: Int

    public init(halves: Int) {
        self.halves = halves
    }

    /// A whole number of units: `HalfSteps(whole: 37)` is 37.0.
    public init(whole: Int) {
        halves = whole * 2
    }

    /// The value as a number, for display and statistics.
    public var value: Double { Double(halves) / 2 }

    /// `37.5`, `40`.
    public var description: String {
        halves % 2 == 0 ? String(halves / 2) : "\(halves / 2).5"
    }

    public static func < (lhs: HalfSteps, rhs: HalfSteps) -> Bool { lhs.halves < rhs.halves }
}

/// A numeric answer or "don't know", which the files write as `999` (spec 2.5).
public enum KnownOrDontKnow<Value: Sendable & Hashable>: Sendable, Hashable {
    case known(Value)
    /// The cell said `999`.
    case dontKnow

    /// The value, or `nil` for "don't know".
    public var known: Value? {
        if case .known(let value) = self { return value }
        return nil
    }
}

extension KnownOrDontKnow: Codable where Value: Codable {}

/// How a worker is paid (`SALARYINT`): the interval decides which pay column is read.
public enum PayInterval: Int, Sendable, Hashable, Codable, CaseIterable {
    /// `SALARY` holds whole pounds a year.
    case annual = 1
    /// `HOURLYRATE` holds pounds and pence an hour.
    case hourly = 3
    /// Neither pay column is read.
    case dontKnow = 999
}

/// The Level 2 Adult Social Care Certificate answer (`L2CARECERT`): `1` completed (optionally
/// with the year, `1;2025`), `2` started, `3` no.
public struct Level2CareCertificate: Sendable, Hashable, Codable {
    /// The answer code from `small-enumerations.csv` (staff, L2CARECERT).
    public var answer: Int
    /// The year it was completed; only with answer `1`.
    public var year: Int?

    public init(answer: Int, year: Int? = nil) {
        self.answer = answer
        self.year = year
    }
}

/// A "highest qualification" answer (`SCQUAL`, `NONSCQUAL`): `1` yes with a level, `2` no,
/// `999` don't know.
public struct HighestQualification: Sendable, Hashable, Codable {
    /// The answer code: 1, 2 or 999.
    public var answer: Int
    /// The level code from `qualification-levels.csv`, only with answer `1`; `nil` when it was
    /// missing or dropped with a warning.
    public var level: Int?

    public init(answer: Int, level: Int? = nil) {
        self.answer = answer
        self.level = level
    }
}

/// One qualification achieved (`QUALACHnn` with its `QUALACHnnNOTES`).
public struct AchievedQualification: Sendable, Hashable, Codable {
    /// The pair it came from: 1 for `QUALACH01`. ASC-WDS keeps it to map certificates to columns.
    public var pair: Int
    /// The code from `qualifications.csv`.
    public var code: Int
    /// The year achieved, when given.
    public var year: Int?
    /// The notes, when given and not over 120 characters.
    public var notes: String?

    public init(pair: Int, code: Int, year: Int? = nil, notes: String? = nil) {
        self.pair = pair
        self.code = code
        self.year = year
        self.notes = notes
    }
}
