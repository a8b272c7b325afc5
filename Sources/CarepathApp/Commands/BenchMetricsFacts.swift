import ASCWDS
import CarepathCore
import Foundation
import WorkforceMetrics

/// One region's synthetic workplaces turned into KPI facts at one as-of date: the demo generator's
/// rows, read back with the ASC-WDS readers and row validators, then ``WorkplaceMetricFacts/build``
/// as ``MetricFactsWriter`` calls it. It skips ``ReturnImporter``, whose ~1,000 staff rows/s (issue 3)
/// would take hours for a national set; the facts are the same function of the same typed records.
struct BenchRegionFacts: Sendable {
    /// One workplace's facts row, ready to insert.
    struct Row: Sendable {
        /// The workplace's position in the region's files, the same at every as-of date.
        var position: Int
        var facts: WorkplaceMetricFacts
        var bytes: [UInt8]
    }

    /// What one region and date produced.
    struct Output: Sendable {
        var regionIndex: Int
        var asOf: CalendarDate
        var rows: [Row] = []
        var staffRows = 0
        /// Rows a row validator refused (or staff of a refused workplace): none are expected.
        var refusedRows = 0
    }

    let regionIndex: Int
    let regionCode: String
    let workplaceCount: Int
    let seed: UInt64
    /// The service mix with each average scaled, so the national set has the staff asked for.
    let services: [DemoParameters.ServiceShare]
    let postcodes: [DemoPostcode]
    /// Where each normalised postcode is.
    let locations: [String: WorkplaceMetricFacts.Location]
    let codes: CodeLists

    /// A stable workplace id from region and position, so every date's row is the same workplace.
    static func workplaceID(region: Int, position: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%04x%08x", region, position))!
    }

    /// Generates the region's files at `asOf` (without training rows, which no KPI reads), reads
    /// them back and builds each workplace's facts.
    func build(asOf: CalendarDate, organisationID: UUID) throws -> Output {
        var parameters = DemoParameters(workplaceCount: workplaceCount, asOf: asOf)
        parameters.referencePrefix = regionCode
        parameters.services = services
        parameters.trainingRecordsPerWorker = 0
        if asOf >= CalendarDate(year: 2025, month: 4, day: 1)! {
            // As DemoRegion.write: the National Living Wage rose to £12.21 on 1 April 2025.
            parameters.careWorkerHourlyPence = 1221...1450
        }
        let generator = try DemoUploadGenerator(codes: codes, parameters: parameters, postcodes: postcodes)
        let context = ValidationContext(codes: codes, today: asOf)
        let workplaceValidator = WorkplaceRowValidator(context: context)
        let staffValidator = StaffRowValidator(context: context)
        var workplaceReader = UploadFileReader(fileName: "workplace.csv", maximumBytes: .max)
        var staffReader = UploadFileReader(fileName: "staff.csv", maximumBytes: .max)
        var output = Output(regionIndex: regionIndex, asOf: asOf)
        var records: [(reference: String, record: WorkplaceRecord?)] = []
        var workers: [String: [WorkerFacts]] = [:]
        let readWorkplace = { (row: UploadRow) in
            let record = workplaceValidator.validate(row).record
            if record == nil { output.refusedRows += 1 }
            records.append((Cells.reference(row.localEstablishmentID), record))
        }
        let readStaff = { (row: UploadRow) in
            output.staffRows += 1
            guard let record = staffValidator.validate(row).record else {
                output.refusedRows += 1
                return
            }
            let key = Cells.reference(row.localEstablishmentID)
            workers[key, default: []].append(WorkerFacts(record, workplaceID: key))
        }
        // Rows are grouped by LOCALESTID rather than by position in the stream, so it does not
        // matter when the reader hands a row over.
        try generator.generate(
            seed: seed, workplace: { try workplaceReader.consume(Array($0.utf8), readWorkplace) },
            staff: { try staffReader.consume(Array($0.utf8), readStaff) }, training: { _ in })
        try workplaceReader.finish(readWorkplace)
        try staffReader.finish(readStaff)
        for (position, item) in records.enumerated() {
            guard let record = item.record else {
                output.refusedRows += workers[item.reference]?.count ?? 0
                continue
            }
            let workplaceID = Self.workplaceID(region: regionIndex, position: position)
            let staff = (workers[item.reference] ?? []).map { worker in
                var worker = worker
                worker.workplaceID = workplaceID.uuidString
                return worker
            }
            let facts = WorkplaceMetricFacts.build(
                workplaceID: workplaceID.uuidString, organisationID: organisationID.uuidString, asOf: asOf,
                location: record.postcode.flatMap { locations[$0.normalised] }
                    ?? .init(districtCode: nil, cassrCode: nil, regionCode: nil),
                record: record,
                serviceGroup: record.mainService.flatMap { codes[.mainServices].attribute("service_category", of: $0) },
                workers: staff)
            output.rows.append(Row(position: position, facts: facts, bytes: facts.encodedRoleFacts()))
        }
        return output
    }

    /// The mix with every average multiplied so that workplaces average `staffPerWorkplace` staff.
    static func scaledServices(to staffPerWorkplace: Double) -> [DemoParameters.ServiceShare] {
        let mix = DemoParameters.eastOfEnglandServices
        let average = mix.reduce(0) { $0 + $1.weight * $1.averageStaff } / mix.reduce(0) { $0 + $1.weight }
        return mix.map { share in
            var share = share
            // The generator accepts 1 to 500; sizes are capped at 600 staff a workplace anyway.
            share.averageStaff = min(500, max(1, share.averageStaff * staffPerWorkplace / average))
            return share
        }
    }
}
