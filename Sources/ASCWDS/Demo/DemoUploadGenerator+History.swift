import CarepathCore

/// What ``DemoUploadGenerator/generateHistory(seed:returnDates:emit:)`` wrote.
public struct DemoHistorySummary: Sendable, Hashable {
    /// The dates of the returns, oldest first: the dates given, sorted, each once.
    public var returnDates: [CalendarDate] = []
    /// Rows of each return, headers excluded, in the order of ``returnDates``.
    public var returns: [DemoUploadSummary] = []
    /// `LOCALESTID`s of the workplaces whose declared `LEAVERS` are deliberately wrong in every
    /// return (about 5% of those with ten or more staff), for data-quality checks to find.
    public var misreportedLeavers: [String] = []

    public init() {}
}

extension DemoUploadGenerator {
    /// Streams a history of returns: one complete upload (Workplace, Staff and Training files) per
    /// date, oldest first, of the same workplaces as their workforce changes.
    ///
    /// The first return is the upload ``generate(seed:workplace:staff:training:)`` writes for that
    /// date (`parameters.asOf` is not used, nor is `parameters.status`): every row `NEW`. In later
    /// returns each workplace row is `UPDATE`, or `NOCHANGE` when it is the same as the return before.
    /// Between two returns:
    ///
    /// * Staff leave at their council's turnover rate, and are missing from the later return (the
    ///   importer removes missing records). Everyone else keeps their staff record, `UPDATE`, with the
    ///   same `UNIQUEWORKERID`, NI number, date of birth and start date; their `DAYSSICK` changes now
    ///   and then, pay rises each 1 April (``DemoParameters/annualPayRise``) and expiring training is
    ///   renewed.
    /// * Posts are refilled by `NEW` records with a `STARTDATE` between the two dates. About two in
    ///   three leavers (those who stay in the sector) are among them, at another workplace, with a
    ///   new `UNIQUEWORKERID`, the same NI number and date of birth, and `RECSOURCE` 1 or 2.
    ///
    /// Each return declares what the history shows for the 12 months before it (after the same date a
    /// year earlier, up to its own date):
    ///
    /// * `STARTERS`: the records that have been in a return at the workplace and started within them;
    /// * `LEAVERS`: the records missing from a return that were in the one before, when that one is
    ///   dated within them (so they left within them), plus, while the history is shorter than a year,
    ///   the leavers of the year before the first return; except at the workplaces of
    ///   ``DemoHistorySummary/misreportedLeavers``, which get them wrong by a large margin.
    ///
    /// Every return validates without errors on its own and against the one before. The whole
    /// workforce is held in memory, so memory grows with the number of staff, not rows.
    ///
    /// - Parameters:
    ///   - returnDates: the dates of the returns, in any order; duplicates are dropped.
    ///   - emit: gets each line, CRLF-terminated, with the position of its return in the sorted dates
    ///     and its file; each file's header comes first, and returns come one after the other.
    /// - Returns: the dates used, the rows of each return, and the misreporting workplaces.
    @discardableResult
    public func generateHistory<Failure: Error>(
        seed: UInt64, returnDates: [CalendarDate],
        emit: (_ returnIndex: Int, _ file: UploadFileKind, _ line: String) throws(Failure) -> Void
    ) throws(Failure) -> DemoHistorySummary {
        var summary = DemoHistorySummary()
        summary.returnDates = Set(returnDates).sorted()
        guard !summary.returnDates.isEmpty else { return summary }
        var run = DemoHistoryRun(generator: self, seed: seed, dates: summary.returnDates)
        summary.misreportedLeavers = run.misreportingReferences
        for index in summary.returnDates.indices {
            if index > 0 { run.advance(to: index) }
            summary.returns.append(try run.write(returnIndex: index, emit: emit))
        }
        return summary
    }

    /// The history's files as whole strings, one set per return, oldest first; for small sets.
    public func generateHistoryFiles(
        seed: UInt64, returnDates: [CalendarDate]
    ) -> [(date: CalendarDate, workplace: String, staff: String, training: String)] {
        var files: [(date: CalendarDate, workplace: String, staff: String, training: String)] = []
        let summary = generateHistory(seed: seed, returnDates: returnDates) { index, file, line in
            if index == files.count { files.append((Self.noDate, "", "", "")) }
            switch file {
            case .workplace: files[index].workplace += line
            case .staff: files[index].staff += line
            case .training: files[index].training += line
            }
        }
        for index in files.indices { files[index].date = summary.returnDates[index] }
        return files
    }

    /// `count` dates a calendar month apart, the last on `last`, oldest first: a year of monthly
    /// returns is 13 dates, so the last return's 12 months are all in the history.
    public static func monthlyReturnDates(endingOn last: CalendarDate, count: Int) -> [CalendarDate] {
        (0..<max(0, count)).reversed().map { last.adding(months: -$0) }
    }

    private static let noDate = CalendarDate(year: 2000, month: 1, day: 1)!
}
