import CarepathCore

/// Generates realistic synthetic ASC-WDS bulk-upload files (Workplace, Staff and Training) for demo
/// mode and benchmarks.
///
/// Pure and deterministic: no clock, no files, no system randomness. Everything comes in as values
/// and all randomness from a ``SeededGenerator`` seeded by the caller, so the same seed, parameters,
/// code lists and postcodes give byte-identical files. Rows are streamed, one workplace at a time,
/// so a national-size set never has to be held in memory.
///
/// The files follow the spec's export conventions (section 9: CRLF, quoting only when needed, no
/// BOM, upper-case STATUS) and are written to pass every row and cross-file rule: staff counts match
/// `TOTALPERMTEMP`, each CQC-regulated workplace has one registered manager, starters, leavers and
/// vacancies stay within the staff count, and every code comes from the code lists.
public struct DemoUploadGenerator: Sendable {
    public internal(set) var parameters: DemoParameters
    let codes: CodeLists
    let postcodes: [ResolvedPostcode]
    /// Positions in ``postcodes`` by CASSR, for home postcodes near the workplace.
    let postcodesByCASSR: [String: [Int]]
    let serviceChoice: DemoWeightedChoice<DemoParameters.ServiceShare>
    let qualificationCatalogue: DemoQualifications
    /// `training-providers.csv` codes other than 999 ("other").
    let trainingProviders: [String]

    /// A postcode as written to the files, with where it is.
    struct ResolvedPostcode: Sendable, Hashable {
        var postcode: String
        var cassrCode: String
        var postTown: String
    }

    /// Checks the parameters against the code lists and normalises the postcodes.
    /// - Throws: ``DemoGeneratorError`` for unusable parameters or postcodes.
    public init(codes: CodeLists, parameters: DemoParameters, postcodes: [DemoPostcode]) throws(DemoGeneratorError) {
        try Self.check(parameters, codes: codes)
        guard !postcodes.isEmpty else { throw .noPostcodes }
        var resolved: [ResolvedPostcode] = []
        var byCASSR: [String: [Int]] = [:]
        for candidate in postcodes {
            guard let postcode = try? Postcode(candidate.postcode) else { throw .invalidPostcode(candidate.postcode) }
            byCASSR[candidate.cassrCode, default: []].append(resolved.count)
            resolved.append(
                ResolvedPostcode(
                    postcode: postcode.normalised, cassrCode: candidate.cassrCode,
                    postTown: String((candidate.postTown ?? "").prefix(40))))
        }
        self.codes = codes
        self.parameters = parameters
        self.postcodes = resolved
        self.postcodesByCASSR = byCASSR
        self.serviceChoice = DemoWeightedChoice(parameters.services.map { ($0, $0.weight) })
        self.qualificationCatalogue = DemoQualifications(codes: codes)
        self.trainingProviders = codes[.trainingProviders].codes.filter { $0 != "999" }
    }

    /// Streams the three files: each sink gets its header line first, then one line per row, every
    /// line ending in CRLF. Rows of one workplace are emitted together, so memory stays flat.
    /// - Returns: how many rows each file got.
    @discardableResult
    public func generate<Failure: Error>(
        seed: UInt64, workplace: (String) throws(Failure) -> Void, staff: (String) throws(Failure) -> Void,
        training: (String) throws(Failure) -> Void
    ) throws(Failure) -> DemoUploadSummary {
        try workplace(Self.line(HeaderLayout.workplace))
        try staff(Self.line(HeaderLayout.staffBase))
        try training(Self.line(HeaderLayout.training))
        var summary = DemoUploadSummary()
        var state = RunState(seed: seed)
        for index in 0..<parameters.workplaceCount {
            // Each workplace draws from its own stream: its rows depend only on the seed, its index and
            // the serial numbers carried over, so a change to one workplace's draws shifts no other's.
            var random = SeededGenerator(seed: Self.streamSeed(seed, index))
            let plan = planWorkplace(index: index, state: &state, random: &random)
            let workers = staffMembers(of: plan, state: &state, random: &random)
            try workplace(Self.line(workplaceRow(plan, workers: workers, random: &random)))
            summary.workplaces += 1
            for worker in workers {
                try staff(Self.line(worker.cells))
                summary.staff += 1
                for record in trainingRows(for: worker, at: plan, random: &random) {
                    try training(Self.line(record))
                    summary.training += 1
                }
            }
        }
        return summary
    }

    /// The three files as whole strings, for small sets (tests, a demo account).
    public func generateFiles(seed: UInt64) -> (workplace: String, staff: String, training: String) {
        var files = (workplace: "", staff: "", training: "")
        generate(
            seed: seed, workplace: { files.workplace += $0 }, staff: { files.staff += $0 },
            training: { files.training += $0 })
        return files
    }

    /// One CSV line: fields quoted only when needed, CRLF-terminated (spec section 9). The same as
    /// `CSVWriter.record(fields) + "\r\n"`, but a field without a comma, quote, tab or line break
    /// (nearly all of them) skips the writer's character-by-character scan, which dominated run time.
    static func line(_ fields: [String]) -> String {
        var line = ""
        line.reserveCapacity(320)
        for index in fields.indices {
            let field = fields[index]
            if index > 0 { line += "," }
            var special = false
            for byte in field.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                special = true
                break
            }
            line += special ? CSVWriter.field(field) : field
        }
        line += "\r\n"
        return line
    }

    /// The seed of workplace `index`'s stream: a scramble of both, so neighbouring indexes and seeds
    /// give unrelated streams.
    static func streamSeed(_ seed: UInt64, _ index: Int) -> UInt64 {
        SeededGenerator.mixed(seed ^ SeededGenerator.mixed(UInt64(index) &+ 0x632B_E59B_D9B4_E019))
    }

    /// What carries over from one workplace to the next: serial numbers and the provider group.
    struct RunState {
        let seed: UInt64
        /// Staff created so far, numbering `UNIQUEWORKERID` and NI numbers across the whole set.
        var staffSerial = 0
        /// CQC providers created so far; consecutive regulated workplaces often share one.
        var providerSerial = 0
        var currentProvider: (id: String, brand: String)?

        init(seed: UInt64) {
            self.seed = seed
        }
    }
}

/// Rows written by ``DemoUploadGenerator/generate(seed:workplace:staff:training:)``, headers excluded.
public struct DemoUploadSummary: Sendable, Hashable {
    public var workplaces = 0
    public var staff = 0
    public var training = 0

    public init() {}
}

/// Why a ``DemoUploadGenerator`` cannot be made.
public enum DemoGeneratorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No candidate postcodes were given.
    case noPostcodes
    /// A candidate is not a full UK postcode.
    case invalidPostcode(String)
    /// A main service of the mix is not in `main-services.csv`.
    case unknownMainService(Int)
    /// A code the generator writes (a job role, nationality, training category, …) is missing from
    /// the code list named.
    case missingCode(list: String, code: Int)
    /// A parameter is out of range; the text names it.
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .noPostcodes: return "no postcodes were given to place workplaces at"
        case .invalidPostcode(let text): return "\"\(text)\" is not a full UK postcode"
        case .unknownMainService(let code): return "main service \(code) is not in main-services.csv"
        case .missingCode(let list, let code): return "code \(code) is not in \(list), but the generator writes it"
        case .invalidParameter(let problem): return problem
        }
    }
}
