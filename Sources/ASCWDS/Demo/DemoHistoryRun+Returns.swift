import CarepathCore

extension DemoHistoryRun {
    /// Writes return `returnIndex`: the three headers, then each workplace's row followed by its
    /// staff rows, each with its training rows, as a single upload is written.
    mutating func write<Failure: Error>(
        returnIndex: Int, emit: (Int, UploadFileKind, String) throws(Failure) -> Void
    ) throws(Failure) -> DemoUploadSummary {
        try emit(returnIndex, .workplace, DemoUploadGenerator.line(HeaderLayout.workplace))
        try emit(returnIndex, .staff, DemoUploadGenerator.line(HeaderLayout.staffBase))
        try emit(returnIndex, .training, DemoUploadGenerator.line(HeaderLayout.training))
        var summary = DemoUploadSummary()
        for index in workplaces.indices {
            let counts = declaredCounts(workplace: index, returnIndex: returnIndex)
            let history = workplaces[index]
            var row = generator.workplaceRow(
                history.plan, staffCount: history.staff.count, counts: counts, status: RecordStatus.update.rawValue)
            let comparable = row
            if returnIndex == 0 {
                row[Self.workplaceStatusColumn] = RecordStatus.new.rawValue
            } else if row == history.previousRow {
                // Nothing to change, but the provider confirms the record is still right.
                row[Self.workplaceStatusColumn] = RecordStatus.noChange.rawValue
            }
            workplaces[index].previousRow = comparable
            try emit(returnIndex, .workplace, DemoUploadGenerator.line(row))
            summary.workplaces += 1
            for employment in history.staff {
                var cells = employment.worker.cells
                let status: RecordStatus = employment.firstReturn == returnIndex ? .new : .update
                cells[DemoUploadGenerator.staffColumn.status] = status.rawValue
                try emit(returnIndex, .staff, DemoUploadGenerator.line(cells))
                summary.staff += 1
                for record in employment.training {
                    try emit(returnIndex, .training, DemoUploadGenerator.line(record.cells))
                    summary.training += 1
                }
            }
        }
        return summary
    }

    static let workplaceStatusColumn = HeaderLayout.workplace.firstIndex(of: "STATUS")!

    /// What workplace `index` declares at return `returnIndex`, from its own history.
    ///
    /// * `STARTERS`: the records that have been in a return here and started in the 12 months
    ///   before this one (on or before it, after the same date a year earlier).
    /// * `LEAVERS`: the records missing from a return here that were in the one before it, when that
    ///   one is dated within those 12 months (on or after the date a year earlier), so they left
    ///   within them; plus, while the history is shorter than a year, the leavers of the year before
    ///   the first return that fall within the 12 months. A misreporting workplace gets them wrong.
    /// * `ALLJOBROLES`: the roles of the staff, and of those starters and leavers.
    /// * `VACANCIES`: by the vacancy rate, kept a while and drawn again now and then.
    mutating func declaredCounts(workplace index: Int, returnIndex: Int) -> DemoDeclaredCounts {
        let date = dates[returnIndex]
        let windowStart = date.adding(months: -12)
        var history = workplaces[index]
        let starters = history.records.filter { $0.date > windowStart && $0.directlyEmployed }.map(\.role)
        let leavers =
            history.leavers.filter { $0.date >= windowStart }.map(\.role)
            + history.earlyLeavers.filter { $0.date > windowStart }.map(\.role)
        let present = history.staff.map(\.worker.role.code)
        // Vacancies are for permanent and temporary posts, the base of the vacancy rate.
        let employed = history.staff.filter(\.worker.contract.isDirectlyEmployed).map(\.worker.role.code)
        var counts = DemoDeclaredCounts(roles: Set(present + starters + leavers).sorted())
        // The first return keeps the vacancies drawn with its staff; later ones redraw a role's now and
        // then, about once a quarter.
        var random = stream(Salt.vacancies, returnIndex, index)
        let days = returnIndex == 0 ? 0 : date.dayNumber - dates[returnIndex - 1].dayNumber
        let perStaff = DemoUploadGenerator.vacanciesPerStaff(history.plan.figures)
        for role in counts.roles {
            counts.starters.append(starters.filter { $0 == role }.count)
            counts.leavers.append(leavers.filter { $0 == role }.count)
            let holders = employed.filter { $0 == role }.count
            if returnIndex > 0, history.vacancies[role] == nil || random.chance(min(1, Double(days) / 91)) {
                history.vacancies[role] = random.roundedStochastically(Double(holders) * perStaff)
            }
            let vacant = holders == 0 || role == DemoRole.registeredManager ? 0 : history.vacancies[role] ?? 0
            counts.vacancies.append(vacant)
        }
        DemoUploadGenerator.keepBelow(present.count, &counts.vacancies)
        if let misreport = history.misreport {
            counts.leavers = Self.misreported(counts.leavers, as: misreport, roles: counts.roles, present: present)
        }
        workplaces[index] = history
        return counts
    }

    /// `leavers` made wrong by a large margin (at least 3, and all of it), but still below the staff
    /// count (2320): none when there are three or more, or `.double` twice as many where that fits;
    /// with fewer, three or more too many. The extra go to the role with the most staff.
    static func misreported(
        _ leavers: [Int], as misreport: DemoLeaverMisreport, roles: [Int], present: [Int]
    ) -> [Int] {
        let actual = leavers.reduce(0, +)
        let staff = present.count
        if actual >= 3 {
            guard misreport == .double, 2 * actual < staff else { return leavers.map { _ in 0 } }
            return leavers.map { $0 * 2 }
        }
        let wrong = min(staff - 1, actual + max(3, staff / 4))
        guard wrong > actual,
            let largest = roles.indices.max(by: { first, second in
                present.filter { $0 == roles[first] }.count < present.filter { $0 == roles[second] }.count
            })
        else { return leavers }
        var counts = leavers
        counts[largest] += wrong - actual
        return counts
    }
}
