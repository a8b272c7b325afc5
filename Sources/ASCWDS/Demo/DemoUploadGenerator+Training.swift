import CarepathCore

/// One Training file row, with the dates a history of returns renews.
struct DemoTrainingRecord: Sendable {
    var completed: CalendarDate
    /// Months the course is valid for; `nil` when it does not expire.
    let validityMonths: Int?
    /// Whether the row gives `EXPIRYDATE` (most do; it is optional).
    let givesExpiry: Bool
    var cells: [String]

    /// The last day the training is valid, given or not.
    var expiry: CalendarDate? {
        validityMonths.map { completed.adding(months: $0).adding(days: -1) }
    }

    static let completedColumn = HeaderLayout.training.firstIndex(of: "DATECOMPLETED")!
    static let expiryColumn = HeaderLayout.training.firstIndex(of: "EXPIRYDATE")!

    /// Completed again on `date`, with the expiry moved on when the row gives one.
    mutating func renew(on date: CalendarDate) {
        completed = date
        cells[Self.completedColumn] = date.ukFormat
        if givesExpiry, let expiry { cells[Self.expiryColumn] = expiry.ukFormat }
    }
}

extension DemoUploadGenerator {
    /// A worker's Training file rows: distinct courses for their role, about
    /// ``DemoParameters/trainingRecordsPerWorker`` on average.
    ///
    /// Completion dates fall within about one refresh period before the as-of date (so a few are
    /// overdue), never before age 16 (ASC-WDS needs 14, rule 1080) and rarely long before the worker
    /// started. The expiry, when given, is completion + validity months − 1 day (spec 6.2), the only
    /// date that may lie after the as-of date.
    func trainingRows(for worker: DemoWorker, at plan: DemoWorkplace, random: inout SeededGenerator) -> [[String]] {
        trainingRecords(for: worker, at: plan, random: &random).map(\.cells)
    }

    /// The records behind ``trainingRows(for:at:random:)``.
    func trainingRecords(
        for worker: DemoWorker, at plan: DemoWorkplace, random: inout SeededGenerator
    ) -> [DemoTrainingRecord] {
        let wanted = audiences(of: worker.role, kind: plan.kind)
        var pool = DemoCatalogue.courses.filter { wanted.contains($0.audience) }
        let average = random.roundedStochastically(parameters.trainingRecordsPerWorker)
        let fewest = max(0, average - 3)
        let count = min(pool.count, random.int(in: fewest...(2 * average - fewest)))
        let asOf = parameters.asOf
        let earliest = max(worker.birth.adding(months: 16 * 12), worker.start.adding(days: -365))
        var rows: [DemoTrainingRecord] = []
        for _ in 0..<count {
            let course = Self.drawCourse(from: &pool, random: &random)
            let window = course.validityMonths.map { $0 * 35 } ?? 4 * 365
            let completed = max(earliest, asOf.adding(days: -random.below(window + 1)))
            var validity = course.validityMonths.map(String.init) ?? "none"
            var expiry = ""
            if let months = course.validityMonths {
                if random.chance(0.85) { expiry = completed.adding(months: months).adding(days: -1).ukFormat }
            } else if random.chance(0.05) {
                validity = ""
            }
            let delivery = Self.whoDelivered.draw(using: &random)
            let cells = [
                plan.reference,  // LOCALESTID
                worker.reference,  // UNIQUEWORKERID
                String(course.category),  // CATEGORY
                course.title,  // TRAININGNAME
                Self.accredited.draw(using: &random),  // ACCREDITED
                delivery,  // WHODELIVERED
                delivery == "2" ? provider(for: course, random: &random) : "",  // PROVIDERNAME
                (course.online ? Self.onlineDelivery : Self.inPersonDelivery).draw(using: &random),  // HOWDELIVERED
                validity,  // VALIDITY
                completed.ukFormat,  // DATECOMPLETED
                expiry,  // EXPIRYDATE
                random.chance(0.02) ? "Refresher, booked through the local care association" : "",  // NOTES
            ]
            rows.append(
                DemoTrainingRecord(
                    completed: completed, validityMonths: Int(validity), givesExpiry: !expiry.isEmpty, cells: cells))
        }
        return rows
    }

    /// Everyone's courses, plus those for care staff, for staff who give medicines, or for managers.
    private func audiences(of role: DemoRole, kind: DemoWorkplaceKind) -> [DemoCatalogue.Audience] {
        var audiences: [DemoCatalogue.Audience] = [.everyone]
        let clinical = role.providesCare || role.code == DemoRole.registeredNurse
        audiences.append(clinical ? .care : .nonCare)
        let givesMedicines =
            [7, 16, 37, 45, 5].contains(role.code)
            || (role.code == 8 && kind == .homeCare) || (role.code == 52 && kind == .supportedLiving)
        if givesMedicines { audiences.append(.medication) }
        if Self.managerRoles.contains(role.code) || role.code == 24 { audiences.append(.managers) }
        return audiences
    }

    /// One course by weight, removed from `pool` so a worker gets each course once.
    private static func drawCourse(
        from pool: inout [DemoCatalogue.Course], random: inout SeededGenerator
    ) -> DemoCatalogue.Course {
        let total = pool.reduce(0) { $0 + $1.weight }
        var target = random.unit() * total
        for (index, course) in pool.enumerated() {
            target -= course.weight
            if target < 0 || index == pool.count - 1 { return pool.remove(at: index) }
        }
        return pool.removeLast()
    }

    /// `PROVIDERNAME` for external training: Skills for Care often for Oliver McGowan training,
    /// otherwise a listed provider or 999 (not in the list).
    private func provider(for course: DemoCatalogue.Course, random: inout SeededGenerator) -> String {
        if course.category == 41, random.chance(0.5) { return "88" }
        if random.chance(0.4) || trainingProviders.isEmpty { return "999" }
        return random.pick(trainingProviders)
    }

    static let accredited = DemoWeightedChoice<String>([("1", 30), ("0", 40), ("999", 10), ("", 20)])
    static let whoDelivered = DemoWeightedChoice<String>([("1", 45), ("2", 45), ("", 10)])
    static let onlineDelivery = DemoWeightedChoice<String>([("2", 80), ("1", 15), ("", 5)])
    static let inPersonDelivery = DemoWeightedChoice<String>([("1", 85), ("2", 10), ("", 5)])
}
