extension DemoParameters {
    /// The workforce figures that can differ by council: what the generator aims at for the rows of
    /// every workplace in one area (its declared leavers and vacancies, and its staff's sickness,
    /// zero-hours contracts, qualifications and nationality).
    public struct AreaFigures: Sendable, Hashable {
        /// Leavers in the last 12 months per member of staff.
        public var turnoverRate: Double
        /// Vacancies as a share of posts (staff plus vacancies), from 0 to 0.5.
        public var vacancyRate: Double
        /// Average sickness days per worker in the last 12 months.
        public var averageDaysSick: Double
        public var zeroHoursShare: Double
        /// Applied to care-providing roles.
        public var socialCareQualificationShare: Double
        public var nationality: NationalityMix

        public init(
            turnoverRate: Double, vacancyRate: Double, averageDaysSick: Double, zeroHoursShare: Double,
            socialCareQualificationShare: Double, nationality: NationalityMix
        ) {
            self.turnoverRate = turnoverRate
            self.vacancyRate = vacancyRate
            self.averageDaysSick = averageDaysSick
            self.zeroHoursShare = zeroHoursShare
            self.socialCareQualificationShare = socialCareQualificationShare
            self.nationality = nationality
        }
    }

    /// The figures of every workplace outside ``councilFigures``: the region-wide properties.
    public var regionFigures: AreaFigures {
        AreaFigures(
            turnoverRate: turnoverRate, vacancyRate: vacancyRate, averageDaysSick: averageDaysSick,
            zeroHoursShare: zeroHoursShare, socialCareQualificationShare: socialCareQualificationShare,
            nationality: nationality)
    }

    /// The figures for a workplace in council `cassrCode`: its override, else the region's.
    public func figures(forCouncil cassrCode: String) -> AreaFigures {
        councilFigures[cassrCode] ?? regionFigures
    }

    /// Norfolk (E10000020) and Suffolk (E10000029), each from the norfolk-waveney-2021 Workforce
    /// Profile table (Skills for Care 2019/20, local authority and independent sector):
    ///
    /// * Norfolk: staff turnover rate 31.5%, vacancy rate (all roles) 6%, average sickness days per
    ///   worker 3.8, share of workforce on zero-hours contracts 17%, share holding a relevant social
    ///   care qualification 42%, share British nationality 89%; and from the same document's workforce
    ///   profile text, share EU nationality 7% and share non-EU nationality 4%.
    /// * Suffolk: the same rows, 36.6%, 7%, 4.7 days, 20%, 49%, British 84%, EU 8% and non-EU 8%.
    ///
    /// The region's own figures (East of England, the properties' defaults) stay for every other council.
    public static let eastOfEnglandCouncilFigures: [String: AreaFigures] = [
        "E10000020": AreaFigures(
            turnoverRate: 0.315, vacancyRate: 0.06, averageDaysSick: 3.8, zeroHoursShare: 0.17,
            socialCareQualificationShare: 0.42,
            nationality: NationalityMix(british: 0.89, europeanUnion: 0.07, nonEuropeanUnion: 0.04)),
        "E10000029": AreaFigures(
            turnoverRate: 0.366, vacancyRate: 0.07, averageDaysSick: 4.7, zeroHoursShare: 0.20,
            socialCareQualificationShare: 0.49,
            nationality: NationalityMix(british: 0.84, europeanUnion: 0.08, nonEuropeanUnion: 0.08)),
    ]
}
