import CarepathCore

/// A dated staff event at a workplace: a start, a leaving, or the last return a leaver was in.
struct DemoStaffEvent: Sendable, Hashable {
    var date: CalendarDate
    var role: Int
    /// Permanent or temporary: only these count in `STARTERS` and `LEAVERS`, which ASC-WDS asks
    /// for directly employed staff.
    var directlyEmployed = true
}

/// One staff record at one workplace, from the return it first appears in until its worker leaves.
struct DemoEmployment: Sendable {
    var worker: DemoWorker
    var training: [DemoTrainingRecord]
    /// The index of the first return the record is in: `NEW` there, `UPDATE` after.
    let firstReturn: Int
}

/// Someone who left a demo workplace and will start again at another one (they stay in the sector).
struct DemoMover: Sendable {
    let identity: DemoIdentity
    let previousRole: DemoRole
    /// The workplace they left, by index: they start somewhere else.
    let from: Int
}

/// How a misreporting workplace gets its declared `LEAVERS` wrong.
enum DemoLeaverMisreport: Sendable, Hashable {
    /// Leaves leavers out (declares 0).
    case zero
    /// Counts them twice.
    case double
}

/// One workplace through a history of returns.
struct DemoWorkplaceHistory: Sendable {
    let plan: DemoWorkplace
    var staff: [DemoEmployment]
    /// Every record that has been in a return here (start date and role), for `STARTERS`.
    var records: [DemoStaffEvent]
    /// Records that left, each with the date of the last return it was in.
    var leavers: [DemoStaffEvent] = []
    /// Leavers from before the first return, with leaving dates; no return shows them.
    var earlyLeavers: [DemoStaffEvent] = []
    /// Vacancies by job role; they change less often than staff do.
    var vacancies: [Int: Int] = [:]
    let zeroHoursChance: Double
    /// Bounds of the headcount, which drifts a little but stays near the first return's.
    let floor: Int
    let ceiling: Int
    let misreport: DemoLeaverMisreport?
    /// The last row written, with STATUS `UPDATE`, to tell `UPDATE` from `NOCHANGE`.
    var previousRow: [String]?
}

/// A history of returns in the making: every workplace's state, and the people between jobs.
///
/// The first return is exactly the upload ``DemoUploadGenerator/generate(seed:workplace:staff:training:)``
/// writes for the first date (but for misreported `LEAVERS`); each later one moves the workforce on
/// by the leavers, starters and changes of the time between.
struct DemoHistoryRun {
    let generator: DemoUploadGenerator
    let seed: UInt64
    let dates: [CalendarDate]
    var state: DemoUploadGenerator.RunState
    var workplaces: [DemoWorkplaceHistory] = []
    /// Leavers who will start again at another demo workplace, longest waiting first.
    var movers: [DemoMover] = []

    /// Share of workplaces (with at least ten staff) whose declared `LEAVERS` are deliberately wrong.
    static let misreportShare = 0.05
    /// Share of leavers who stay in adult social care (Skills for Care: 66% of leavers remain in the
    /// sector; workforce-metrics.md, KPI-NET-EXITS): they start again at another demo workplace.
    static let stayInSectorShare = 0.66
    /// Salts that give each kind of draw its own streams, so one kind never shifts another's.
    enum Salt {
        static let earlyLeavers: UInt64 = 0x4541_524C_5920_4C56
        static let misreport: UInt64 = 0x4D49_5352_4550_4F52
        static let interval: UInt64 = 0x494E_5445_5256_414C
        static let fill: UInt64 = 0x4649_4C4C_534C_4F54
        static let joiner: UInt64 = 0x4A4F_494E_4552_5321
        static let vacancies: UInt64 = 0x5641_4341_4E43_4945
    }

    /// The first return's workforce, drawn exactly as ``DemoUploadGenerator/generate(seed:workplace:staff:training:)``
    /// draws it for the first date. `dates` are sorted, distinct and not empty.
    init(generator base: DemoUploadGenerator, seed: UInt64, dates: [CalendarDate]) {
        var generator = base
        generator.parameters.asOf = dates[0]
        // A history's first return creates every record; later ones update them.
        generator.parameters.status = .new
        self.generator = generator
        self.seed = seed
        self.dates = dates
        state = DemoUploadGenerator.RunState(seed: seed)
        for index in 0..<generator.parameters.workplaceCount {
            workplaces.append(firstReturn(of: index))
        }
    }

    /// Workplace `index` at the first return, with the same draws as a single upload.
    private mutating func firstReturn(of index: Int) -> DemoWorkplaceHistory {
        var random = SeededGenerator(seed: DemoUploadGenerator.streamSeed(seed, index))
        let plan = generator.planWorkplace(index: index, state: &state, random: &random)
        let workers = generator.staffMembers(of: plan, state: &state, random: &random)
        let counts = generator.declaredCounts(plan, workers: workers, random: &random)
        let staff = workers.map { worker in
            DemoEmployment(
                worker: worker, training: generator.trainingRecords(for: worker, at: plan, random: &random),
                firstReturn: 0)
        }
        let size = workers.count
        var side = stream(Salt.misreport, 0, index)
        let misreports = size >= 10 && side.chance(Self.misreportShare)
        var history = DemoWorkplaceHistory(
            plan: plan, staff: staff,
            records: workers.map {
                DemoStaffEvent(date: $0.start, role: $0.role.code, directlyEmployed: $0.contract.isDirectlyEmployed)
            },
            zeroHoursChance: DemoUploadGenerator.zeroHoursChance(
                roles: workers.map(\.role), share: plan.figures.zeroHoursShare),
            floor: max(plan.kind == .headOffice ? 1 : 3, size * 3 / 4), ceiling: min(999, size * 5 / 4 + 1),
            misreport: misreports ? (side.chance(0.5) ? .zero : .double) : nil)
        // The declared leavers of the first return left in the year before it, on days no return shows.
        var early = stream(Salt.earlyLeavers, 0, index)
        for (role, count) in zip(counts.roles, counts.leavers) {
            for _ in 0..<count {
                history.earlyLeavers.append(DemoStaffEvent(date: dates[0].adding(days: -early.below(365)), role: role))
            }
        }
        for (role, count) in zip(counts.roles, counts.vacancies) { history.vacancies[role] = count }
        return history
    }

    /// The stream of one kind of draw for return `returnIndex` at workplace `index`.
    func stream(_ salt: UInt64, _ returnIndex: Int, _ index: Int) -> SeededGenerator {
        SeededGenerator(seed: streamSeed(salt, returnIndex, index))
    }

    func streamSeed(_ salt: UInt64, _ returnIndex: Int, _ index: Int) -> UInt64 {
        DemoUploadGenerator.streamSeed(seed ^ SeededGenerator.mixed(salt &+ UInt64(returnIndex)), index)
    }

    /// The workplaces whose declared `LEAVERS` are deliberately wrong.
    var misreportingReferences: [String] {
        workplaces.filter { $0.misreport != nil }.map(\.plan.reference)
    }
}
