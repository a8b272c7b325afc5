/// A workplace's training compliance: for each role group, each required catalogue item, how many of
/// its staff are current, expiring soon, expired or have no record. Each worker counts once per item,
/// by their best record, so a renewed course supersedes the one it renews (passport.md 7.3).
public struct ComplianceMatrix: Sendable {
    /// One worker: their id and role group.
    public struct Worker: Sendable, Hashable {
        public var id: String
        public var roleGroup: String

        public init(id: String, roleGroup: String) {
            self.id = id
            self.roleGroup = roleGroup
        }
    }

    /// One training record or accepted credential of a worker.
    public struct Record: Sendable, Hashable {
        public var workerID: String
        public var code: String
        /// `nil` when it never expires.
        public var lastValidDay: CalendarDate?

        public init(workerID: String, code: String, lastValidDay: CalendarDate?) {
            self.workerID = workerID
            self.code = code
            self.lastValidDay = lastValidDay
        }
    }

    /// One cell: a role group and a required item.
    public struct Cell: Sendable, Hashable {
        public var current = 0
        public var expiringSoon = 0
        public var expired = 0
        public var missing = 0

        public init() {}
    }

    /// Role groups in the order given, each with its required items and their cells.
    public let rows: [(roleGroup: String, workers: Int, cells: [(code: String, cell: Cell)])]
    /// Each worker's state for each item their role requires; `nil` where they have no record.
    public let states: [String: [String: TrainingCurrency?]]

    /// The matrix on `today` for `workers`, where `required` lists each role group's items.
    public init(
        workers: [Worker], records: [Record], required: [(roleGroup: String, codes: [String])], today: CalendarDate,
        windowDays: Int
    ) {
        var best: [String: [String: TrainingCurrency]] = [:]
        for record in records {
            let state = TrainingCurrency.of(lastValidDay: record.lastValidDay, today: today, windowDays: windowDays)
            best[record.workerID, default: [:]][record.code] = max(
                state, best[record.workerID]?[record.code] ?? .expired)
        }
        var states: [String: [String: TrainingCurrency?]] = [:]
        rows = required.map { group in
            let members = workers.filter { $0.roleGroup == group.roleGroup }
            let cells = group.codes.map { code in
                var cell = Cell()
                for worker in members {
                    let state = best[worker.id]?[code]
                    states[worker.id, default: [:]][code] = .some(state)
                    switch state {
                    case .current?: cell.current += 1
                    case .expiringSoon?: cell.expiringSoon += 1
                    case .expired?: cell.expired += 1
                    case nil: cell.missing += 1
                    }
                }
                return (code, cell)
            }
            return (group.roleGroup, members.count, cells)
        }
        self.states = states
    }
}
