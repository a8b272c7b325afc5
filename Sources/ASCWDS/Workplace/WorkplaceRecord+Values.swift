extension WorkplaceRecord {
    /// A Yes / No / Don't know answer, whichever codes its column uses (`1`/`2`/`999`, or
    /// `1`/`0`/`unknown` for `SICKPAY` and `PENSION`).
    public enum Answer: String, Sendable, Hashable, Codable, CaseIterable {
        case yes
        case no
        case dontKnow

        /// Reads `1`, `2` or `999` (`DHA`, `OPTOUTPEN`, `SLEEPINS`, the first element of `CWPUSE`).
        init?(yesNoDontKnow code: String) {
            switch code {
            case "1": self = .yes
            case "2": self = .no
            case "999": self = .dontKnow
            default: return nil
            }
        }

        /// Reads `1`, `0` or `unknown` in any case (`SICKPAY`, `PENSION`).
        init?(oneZeroUnknown code: String) {
            switch code.lowercased() {
            case "1": self = .yes
            case "0": self = .no
            case "unknown": self = .dontKnow
            default: return nil
            }
        }
    }

    /// One service of `ALLSERVICES` with its positional values.
    public struct Service: Sendable, Hashable, Codable {
        /// The service code (`main-services.csv`).
        public var code: Int
        /// `CAPACITY` at this position; only services with a capacity question have one.
        public var capacity: Int?
        /// `UTILISATION` at this position; only services with a utilisation question have one.
        public var utilisation: Int?
        /// `SERVICEDESC` at this position; kept only for the "other" services.
        public var description: String?

        public init(code: Int, capacity: Int? = nil, utilisation: Int? = nil, description: String? = nil) {
            self.code = code
            self.capacity = capacity
            self.utilisation = utilisation
            self.description = description
        }
    }

    /// One group of `SERVICEUSERS` with its `OTHERUSERDESC` item.
    public struct ServiceUser: Sendable, Hashable, Codable {
        /// The service-user code (`service-users.csv`).
        public var code: Int
        /// Kept only for the "other" groups (3, 9, 21).
        public var description: String?

        public init(code: Int, description: String? = nil) {
            self.code = code
            self.description = description
        }
    }

    /// `DHAACTIVITIES`.
    public enum DelegatedActivities: Sendable, Hashable, Codable {
        /// `999`: staff carry out delegated healthcare activities, but which is not known.
        case dontKnowWhich
        /// Codes of `delegated-healthcare-activities.csv`, without repeats; unknown codes dropped.
        case activities([Int])
    }

    /// `STARTERS`, `LEAVERS` or `VACANCIES` (spec 4.4).
    public enum JobRoleMeasure: Sendable, Hashable, Codable {
        /// The single value `999`: the workplace does not know.
        case dontKnow
        /// "None": every count is `0` (`0`, `0;0;0`). Not called `none`, which `Optional` owns.
        case noneReported
        /// One count per job role, in `ALLJOBROLES` order; at least one is not zero.
        case counts([Int])

        /// The count for the job role at `index` of ``WorkplaceRecord/jobRoles``: `0` for ``noneReported``,
        /// `nil` when not known.
        public func count(forJobRoleAt index: Int) -> Int? {
            switch self {
            case .dontKnow: return nil
            case .noneReported: return 0
            case .counts(let counts): return counts.indices.contains(index) ? counts[index] : nil
            }
        }

        /// The sum of all counts: `0` for ``noneReported``, `nil` when not known.
        public var total: Int? {
            switch self {
            case .dontKnow: return nil
            case .noneReported: return 0
            case .counts(let counts): return counts.reduce(0, +)
            }
        }

        /// ``counts(_:)``, or ``noneReported`` when every count is zero.
        static func from(_ counts: [Int]) -> JobRoleMeasure {
            counts.allSatisfy { $0 == 0 } ? .noneReported : .counts(counts)
        }
    }

    /// One `REASONS` code with its `REASONNOS` count.
    public struct ReasonForLeaving: Sendable, Hashable, Codable {
        /// A legacy NMDS-SC reason code; ASC-WDS checks only that it is a whole number.
        public var reason: Int
        public var leavers: Int

        public init(reason: Int, leavers: Int) {
            self.reason = reason
            self.leavers = leavers
        }
    }

    /// `CWPUSE` with `CWPUSEDESC`.
    public struct PathwayUse: Sendable, Hashable, Codable {
        /// Whether the workplace uses the Care Workforce Pathway.
        public var answer: Answer
        /// Why (only with ``Answer/yes``): codes of `care-workforce-pathway-use-reasons.csv`.
        public var reasons: [Int]
        /// `CWPUSEDESC`, the free text of reason 10 "for something else".
        public var description: String?

        public init(answer: Answer, reasons: [Int] = [], description: String? = nil) {
            self.answer = answer
            self.reasons = reasons
            self.description = description
        }
    }

    /// `SLEEPINPAY`.
    public enum SleepInPay: Int, Sendable, Hashable, Codable, CaseIterable {
        case hourlyRate = 1
        case flatRate = 2
        case dontKnow = 999
    }
}
