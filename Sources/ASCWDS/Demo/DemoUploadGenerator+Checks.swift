/// Parameter checks, so a generator that exists always writes valid files.
extension DemoUploadGenerator {
    static func check(_ parameters: DemoParameters, codes: CodeLists) throws(DemoGeneratorError) {
        try checkRanges(parameters)
        guard !parameters.services.isEmpty else { throw .invalidParameter("the service mix is empty") }
        for share in parameters.services {
            guard codes[.mainServices].contains(share.mainService) else { throw .unknownMainService(share.mainService) }
            guard share.weight > 0, share.weight.isFinite else {
                throw .invalidParameter("the weight of main service \(share.mainService) must be above 0")
            }
            guard (1...500).contains(share.averageStaff) else {
                throw .invalidParameter("average staff of main service \(share.mainService) must be 1 to 500")
            }
        }
        try checkTables(codes)
    }

    private static func checkRanges(_ parameters: DemoParameters) throws(DemoGeneratorError) {
        guard (0...999_999).contains(parameters.workplaceCount) else {
            throw .invalidParameter("workplaceCount must be 0 to 999,999")
        }
        let prefix = parameters.referencePrefix
        // Letters, digits, `-` and `_` only: a reference never needs quoting and never loses characters
        // to ASC-WDS's whitespace removal; 30 characters leave room for the number within 49.
        let allowed = prefix.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }
        guard (1...30).contains(prefix.count), allowed else {
            throw .invalidParameter("referencePrefix must be 1 to 30 letters, digits, - or _")
        }
        let shares: [(String, Double)] = [
            ("agedFiftyFiveAndOverShare", parameters.agedFiftyFiveAndOverShare),
            ("femaleShare", parameters.femaleShare),
        ]
        for (name, value) in shares where !(0...1).contains(value) {
            throw .invalidParameter("\(name) must be from 0 to 1")
        }
        try checkFigures(parameters.regionFigures, named: "")
        // Sorted, so that with several bad councils the same one is always reported.
        for council in parameters.councilFigures.keys.sorted() {
            try checkFigures(parameters.councilFigures[council]!, named: "councilFigures[\(council)].")
        }
        guard (0...0.5).contains(parameters.annualPayRise) else {
            throw .invalidParameter("annualPayRise must be from 0 to 0.5")
        }
        guard (0...40).contains(parameters.trainingRecordsPerWorker) else {
            throw .invalidParameter("trainingRecordsPerWorker must be from 0 to 40")
        }
        guard parameters.careWorkerHourlyPence.lowerBound >= 100, parameters.careWorkerHourlyPence.upperBound <= 5_000
        else { throw .invalidParameter("careWorkerHourlyPence must lie between 100 and 5,000 pence") }
    }

    /// The figures of the region or of one council; `prefix` names which in the message.
    private static func checkFigures(
        _ figures: DemoParameters.AreaFigures, named prefix: String
    ) throws(DemoGeneratorError) {
        let shares: [(String, Double)] = [
            ("turnoverRate", figures.turnoverRate), ("zeroHoursShare", figures.zeroHoursShare),
            ("socialCareQualificationShare", figures.socialCareQualificationShare),
        ]
        for (name, value) in shares where !(0...1).contains(value) {
            throw .invalidParameter("\(prefix)\(name) must be from 0 to 1")
        }
        guard (0...0.5).contains(figures.vacancyRate) else {
            throw .invalidParameter("\(prefix)vacancyRate must be from 0 to 0.5")
        }
        let mix = figures.nationality
        guard mix.british >= 0, mix.europeanUnion >= 0, mix.nonEuropeanUnion >= 0,
            mix.british + mix.europeanUnion + mix.nonEuropeanUnion > 0
        else { throw .invalidParameter("\(prefix)nationality shares must be 0 or more, and not all 0") }
        guard (0...60).contains(figures.averageDaysSick) else {
            throw .invalidParameter("\(prefix)averageDaysSick must be from 0 to 60")
        }
    }

    /// Every code the fixed tables write must be in the code lists the files are checked against.
    private static func checkTables(_ codes: CodeLists) throws(DemoGeneratorError) {
        let kinds: [DemoWorkplaceKind] = [
            .nursingHome, .careHome, .homeCare, .supportedLiving, .community, .headOffice,
        ]
        let tables: [(CodeLists.List, [Int])] = [
            (.jobRoles, Array(DemoRole.all.keys) + kinds.flatMap(\.roleMix.values)),
            (.serviceUsers, kinds.flatMap(\.serviceUsers)),
            (.mainServices, kinds.flatMap(\.otherServices)),
            (.trainingCategories, DemoCatalogue.courses.map(\.category)),
            (.nationality, (DemoCatalogue.europeanUnion + DemoCatalogue.nonEuropeanUnion).map(\.nationality)),
            (.countryOfBirth, (DemoCatalogue.europeanUnion + DemoCatalogue.nonEuropeanUnion).map(\.nationality)),
            (
                .ethnicity,
                (DemoCatalogue.europeanUnion + DemoCatalogue.nonEuropeanUnion).map(\.ethnicity)
                    + DemoCatalogue.britishEthnicity.map(\.0)
            ),
            (.recruitmentSources, recruitmentSources.values),
            (.pathwayRoleCategories, DemoRole.all.values.map(\.pathwayCategory) + [1, 999]),
            (.pathwayAwareness, pathwayAwareness.values.compactMap { Int($0) }),
            (.pathwayUseReasons, Array(1...9)),
            (.trainingProviders, [88, 999]),
            (.travelTimePayOptions, travelTimeOptions.values.compactMap { Int($0) }),
        ]
        for (list, used) in tables {
            for code in used.sorted() where !codes[list].contains(code) {
                throw .missingCode(list: list.rawValue, code: code)
            }
        }
    }

    /// `RECSOURCE` codes with rough weights; 16 is "I do not know".
    static let recruitmentSources = DemoWeightedChoice<Int>([
        (2, 25), (1, 3), (5, 5), (7, 6), (8, 10), (10, 8), (12, 4), (15, 12), (16, 20), (17, 2), (18, 5),
    ])
}
