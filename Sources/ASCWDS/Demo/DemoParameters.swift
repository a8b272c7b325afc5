import CarepathCore

/// What a synthetic upload should look like: how many workplaces, which services, and the workforce
/// figures the rows should reproduce on average.
///
/// The defaults describe the East of England from `shared/reference/seed-figures.csv`; each default
/// names its row as *document / area / measure*.
public struct DemoParameters: Sendable, Hashable {
    /// The STATUS every workplace and staff row gets.
    public enum RecordStatus: String, Sendable, Hashable, CaseIterable {
        /// A first upload: every record is created.
        case new = "NEW"
        /// Like an ASC-WDS download ("keep as is"), for round-trip and benchmark sets.
        case unchecked = "UNCHECKED"
    }

    /// One main service in the mix: how often it is a workplace's main service, and its average
    /// number of staff (all contract types).
    public struct ServiceShare: Sendable, Hashable {
        /// A code of `main-services.csv`.
        public var mainService: Int
        /// Relative weight; the shares need not add up to anything in particular.
        public var weight: Double
        /// Average staff per workplace with this main service, before the size spread.
        public var averageStaff: Double

        public init(mainService: Int, weight: Double, averageStaff: Double) {
            self.mainService = mainService
            self.weight = weight
            self.averageStaff = averageStaff
        }
    }

    /// Shares of British, other EU and non-EU nationals; relative weights.
    public struct NationalityMix: Sendable, Hashable {
        public var british: Double
        public var europeanUnion: Double
        public var nonEuropeanUnion: Double

        public init(british: Double, europeanUnion: Double, nonEuropeanUnion: Double) {
            self.british = british
            self.europeanUnion = europeanUnion
            self.nonEuropeanUnion = nonEuropeanUnion
        }
    }

    /// Workplace rows to generate.
    public var workplaceCount: Int
    /// The day the data describes. Every event date (birth, start, completion, years) is on or before
    /// it; only training expiry dates, which are derived, may fall after it. A history of returns uses
    /// its own dates instead.
    public var asOf: CalendarDate
    /// Start of every `LOCALESTID` (`DEMO-00001`): letters, digits, `-` and `_`, at most 30 characters.
    public var referencePrefix = "DEMO"
    /// The STATUS of every row of ``DemoUploadGenerator/generate(seed:workplace:staff:training:)``; a
    /// history of returns writes `NEW`, then `UPDATE` or `NOCHANGE`.
    public var status = RecordStatus.new
    public var services = DemoParameters.eastOfEnglandServices
    /// Leavers in the last 12 months per member of staff. Default: norfolk-waveney-2021 / East of
    /// England region / staff turnover rate, 32.9% (2019/20; eastern-region-strategy-2020 gives 35.8%).
    public var turnoverRate = 0.329
    /// Vacancies as a share of posts (staff plus vacancies). Default: norfolk-waveney-2021 / East of
    /// England region / vacancy rate (all roles), 7.3%.
    public var vacancyRate = 0.073
    /// Default: eastern-region-strategy-2020 (and thurrock-hwb-2020) / East of England region / share
    /// of workforce aged over 55, 25%.
    public var agedFiftyFiveAndOverShare = 0.25
    /// Default: thurrock-hwb-2020 / East of England region / female share of care workforce, 83%.
    public var femaleShare = 0.83
    /// Default: norfolk-waveney-2021 / East of England region / share British nationality, 82%; the
    /// other 18% split 8 EU to 10 non-EU, between the Norfolk (7 / 4) and Suffolk (8 / 8) rows of the
    /// same document, leaning to non-EU as Health and Care visa recruitment has grown since.
    public var nationality = NationalityMix(british: 0.82, europeanUnion: 0.08, nonEuropeanUnion: 0.10)
    /// Default: norfolk-waveney-2021 / East of England region / share of workforce on zero-hours
    /// contracts, 26% (England 25%).
    public var zeroHoursShare = 0.26
    /// Default: norfolk-waveney-2021 / East of England region / share holding a relevant social care
    /// qualification, 46%; applied to care-providing roles.
    public var socialCareQualificationShare = 0.46
    /// Default: norfolk-waveney-2021 / East of England region / average sickness days per worker, 4.7.
    public var averageDaysSick = 4.7
    /// Training records per worker, on average (each a different course, so at most the 15 to 20
    /// courses a role is offered).
    public var trainingRecordsPerWorker = 5.0
    /// Care and support workers' hourly pay, in pence. The default starts at the April 2024 National
    /// Living Wage (£11.44); raise it for an `asOf` after 1 April 2025 (£12.21). Other roles are paid
    /// relative to it.
    public var careWorkerHourlyPence = 1144...1400
    /// Figures for workplaces whose postcode lies in a given council, by CASSR code
    /// (``DemoPostcode/cassrCode``); every other workplace gets the figures above. Empty by default;
    /// ``eastOfEnglandCouncilFigures`` holds Norfolk's and Suffolk's published figures.
    public var councilFigures: [String: AreaFigures] = [:]
    /// The pay rise on each 1 April a history of returns passes: hourly rates, salaries and
    /// ``careWorkerHourlyPence`` for later starters. Default: the April 2025 National Living Wage rise,
    /// £11.44 to £12.21 (6.7%), so a care worker at the old minimum lands on the new one.
    public var annualPayRise = 0.067

    /// Parameters with the East of England defaults.
    public init(workplaceCount: Int, asOf: CalendarDate) {
        self.workplaceCount = workplaceCount
        self.asOf = asOf
    }

    /// The East of England service mix. Weights give 40% residential establishments and 68% regulated
    /// by CQC, against eastern-region-strategy-2020 / East of England region / share of establishments
    /// residential (42%) and regulated by CQC (66.7%), both marked uncertain in the source. Staff
    /// averages give about 39 staff per workplace, against 177,000 jobs (eastern-region-strategy-2020 /
    /// adult social care jobs, which includes direct-payment employees) over 4,100 establishments (same
    /// document / establishments providing or organising care), about 43.
    public static let eastOfEnglandServices: [ServiceShare] = [
        ServiceShare(mainService: 1, weight: 11, averageStaff: 70),  // care home with nursing
        ServiceShare(mainService: 2, weight: 26, averageStaff: 36),  // care home without nursing
        ServiceShare(mainService: 5, weight: 3, averageStaff: 20),  // other adult residential
        ServiceShare(mainService: 8, weight: 22, averageStaff: 55),  // domiciliary care
        ServiceShare(mainService: 55, weight: 6, averageStaff: 45),  // supported living
        ServiceShare(mainService: 54, weight: 2, averageStaff: 28),  // extra care housing
        ServiceShare(mainService: 17, weight: 1, averageStaff: 8),  // shared lives
        ServiceShare(mainService: 6, weight: 12, averageStaff: 18),  // day care and day services
        ServiceShare(mainService: 15, weight: 9, averageStaff: 24),  // community support and outreach
        ServiceShare(mainService: 14, weight: 3, averageStaff: 20),  // short breaks, respite care
        ServiceShare(mainService: 13, weight: 2, averageStaff: 10),  // carers support
        ServiceShare(mainService: 10, weight: 1, averageStaff: 12),  // domestic services and home help
        ServiceShare(mainService: 72, weight: 2, averageStaff: 14),  // head office services
    ]
}

/// A real postcode the generator may place a workplace at (the caller supplies them, usually every
/// postcode of a region).
public struct DemoPostcode: Sendable, Hashable {
    /// A full postcode, such as `NR1 3JU`; any spacing or case, it is normalised.
    public var postcode: String
    /// Its local authority district, such as `E07000148`.
    public var districtCode: String
    /// Its council with adult social services responsibilities, such as `E10000020`.
    public var cassrCode: String
    /// The post town, when the caller knows it; written to `POSTTOWN`, which may otherwise be blank.
    public var postTown: String?

    public init(postcode: String, districtCode: String, cassrCode: String, postTown: String? = nil) {
        self.postcode = postcode
        self.districtCode = districtCode
        self.cassrCode = cassrCode
        self.postTown = postTown
    }
}
