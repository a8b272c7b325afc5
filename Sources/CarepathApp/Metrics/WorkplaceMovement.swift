import CarepathCore
import Foundation

/// The 12 months a workplace's movement is measured over: the dates after ``start`` up to and
/// including ``end`` (the reference period *P* of workforce-metrics.md section 1).
struct MovementWindow: Sendable, Hashable {
    /// The window's first excluded date: ``end`` minus 12 months.
    var start: CalendarDate
    /// The count date *T*: the as-of date of the workplace's current return.
    var end: CalendarDate

    /// The 12 months ending at `end`; 29 February's window starts on 28 February.
    init(endingAt end: CalendarDate) {
        self.start = end.adding(months: -12)
        self.end = end
    }

    /// Whether a return dated `date` falls inside the window.
    func contains(_ date: CalendarDate) -> Bool {
        date > start && date <= end
    }
}

/// Starters and leavers of one current workplace, measured from the staff records its returns
/// created and removed (KPI-TURNOVER and KPI-STARTERS "events", KPI-NET-EXITS, and the measured side
/// of DQ-EVENTS-VS-DECLARED).
///
/// Only directly employed records count (`EMPLSTATUS` 1 permanent or 2 temporary). A record moved
/// to another workplace of the same organisation is neither a leaver nor a starter.
struct WorkplaceMovement: Sendable, Hashable {
    var workplaceID: UUID
    /// The workplace's reference (`LOCALESTID`) as its organisation spells it.
    var reference: String
    var organisationID: UUID
    /// The as-of date of the workplace's current (latest) return.
    var asOf: CalendarDate
    /// The as-of date of the workplace's first return, whose records are the baseline.
    var firstAsOf: CalendarDate
    /// The 12 months ending at ``asOf``.
    var window: MovementWindow
    /// Directly employed records created at this workplace by a return dated inside ``window``,
    /// not counting those created by the workplace's first return.
    var measuredStarters = 0
    /// Directly employed records of this workplace removed by a return dated inside ``window``
    /// (judged by the employment status of each record's last version).
    var measuredLeavers = 0
    /// The leavers that carry a keyed NI number (`person_key`), so can be looked for elsewhere.
    var leaversWithPersonKey = 0
    /// The keyed leavers whose person key is on a staff record at another workplace that was not
    /// removed before the leaving return's date: they stayed in the sector.
    var leaversStayedInSector = 0

    /// Whether the workplace's returns span the whole window (its first return is dated on or
    /// before the window's start), so the measured figures can be set against the declared
    /// 12-month `STARTERS` and `LEAVERS`.
    var coversWindow: Bool { firstAsOf <= window.start }

    /// Keyed leavers found on no other workplace's current records: they left the sector, or
    /// moved to an employer whose returns Carepath does not hold.
    var leaversNotFoundInSector: Int { leaversWithPersonKey - leaversStayedInSector }

    init(
        workplaceID: UUID, reference: String, organisationID: UUID, asOf: CalendarDate, firstAsOf: CalendarDate
    ) {
        self.workplaceID = workplaceID
        self.reference = reference
        self.organisationID = organisationID
        self.asOf = asOf
        self.firstAsOf = firstAsOf
        self.window = MovementWindow(endingAt: asOf)
    }
}

/// A stored as-of date that is not `YYYY-MM-DD`: a defect in the stored data, not in a request.
struct MovementDataError: Error, CustomStringConvertible {
    var description: String
}
