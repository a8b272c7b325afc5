import ASCWDS
import CarepathCore
import Testing

/// A generated history of returns, each read back through ``UploadFileReader``.
struct DemoHistory {
    var summary: DemoHistorySummary
    var returns: [DemoUpload]
    /// Each return's staff rows by `LOCALESTID/UNIQUEWORKERID`, and by `LOCALESTID`.
    let staffByKey: [[String: UploadRow]]
    let staffByWorkplace: [[String: [UploadRow]]]

    init(summary: DemoHistorySummary, returns: [DemoUpload]) {
        self.summary = summary
        self.returns = returns
        staffByKey = returns.map(\.staffByKey)
        staffByWorkplace = returns.map(\.staffByWorkplace)
    }

    var dates: [CalendarDate] { summary.returnDates }

    /// Whether return `index`'s 12 months all lie within the history.
    func coversYear(_ index: Int) -> Bool { dates[index].adding(months: -12) >= dates[0] }

    /// What the files show for workplace `reference` at return `index`, by job role, counting only
    /// permanent and temporary staff (`EMPLSTATUS` 1 or 2), as `STARTERS` and `LEAVERS` do: records
    /// missing from a return that were in the one before, when that one is dated within the 12 months
    /// before return `index`; and records that have been in a return here and started within those months.
    func measured(_ reference: String, at index: Int) -> (leavers: [String: Int], starters: [String: Int]) {
        let windowStart = dates[index].adding(months: -12)
        var leavers: [String: Int] = [:]
        for later in stride(from: 1, through: index, by: 1) where dates[later - 1] >= windowStart {
            for row in staffByWorkplace[later - 1][reference] ?? []
            where staffByKey[later][key(row)] == nil && DemoFixture.isDirectlyEmployed(row) {
                leavers[row["MAINJOBROLE"], default: 0] += 1
            }
        }
        var seen: [String: UploadRow] = [:]
        for earlier in 0...index {
            for row in staffByWorkplace[earlier][reference] ?? [] { seen[row.uniqueWorkerID] = row }
        }
        var starters: [String: Int] = [:]
        for row in seen.values
        where DemoFixture.isDirectlyEmployed(row) && DemoFixture.date(row["STARTDATE"])! > windowStart {
            starters[row["MAINJOBROLE"], default: 0] += 1
        }
        return (leavers, starters)
    }

    /// The key of ``staffByKey``.
    func key(_ row: UploadRow) -> String { "\(row.localEstablishmentID)/\(row.uniqueWorkerID)" }

    /// A workplace row's declared `column` by job role, zeros left out.
    static func declared(_ row: UploadRow, _ column: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (role, count) in zip(Cells.list(row["ALLJOBROLES"]), DemoFixture.numbers(row[column])) where count > 0 {
            counts[role, default: 0] += count
        }
        return counts
    }
}

enum DemoHistoryFixture {
    /// Five quarterly returns ending on the fixture's as-of date, so the last covers a whole year.
    static let quarterlyDates = (0...4).reversed().map { DemoFixture.asOf.adding(months: -3 * $0) }

    static func parameters(workplaces: Int) -> DemoParameters {
        var parameters = DemoFixture.parameters(workplaces: workplaces)
        parameters.councilFigures = DemoParameters.eastOfEnglandCouncilFigures
        return parameters
    }

    static func history(_ parameters: DemoParameters, dates: [CalendarDate], seed: UInt64) throws -> DemoHistory {
        var texts: [[UploadFileKind: String]] = []
        let summary = try DemoFixture.generator(parameters).generateHistory(seed: seed, returnDates: dates) {
            index, file, line in
            if index == texts.count { texts.append([:]) }
            texts[index][file, default: ""] += line
        }
        var returns: [DemoUpload] = []
        for files in texts {
            let text = (workplace: files[.workplace]!, staff: files[.staff]!, training: files[.training]!)
            let workplace = try SpecFiles.rows(SpecFiles.utf8(text.workplace))
            let staff = try SpecFiles.rows(SpecFiles.utf8(text.staff))
            let training = try SpecFiles.rows(SpecFiles.utf8(text.training))
            returns.append(
                DemoUpload(
                    text: text, headers: (workplace.header, staff.header, training.header),
                    workplaces: workplace.rows, staff: staff.rows, training: training.rows))
        }
        return DemoHistory(summary: summary, returns: returns)
    }

    /// 60 workplaces over five quarterly returns (about 2,800 staff in each).
    static let quarterly = Result { try history(parameters(workplaces: 60), dates: quarterlyDates, seed: 2_025) }

    /// 20 workplaces over 14 monthly returns, so the last two cover a whole year.
    static let monthly = Result {
        try history(
            parameters(workplaces: 20),
            dates: DemoUploadGenerator.monthlyReturnDates(endingOn: DemoFixture.asOf, count: 14), seed: 77)
    }

    /// The organisation's stored state once `upload` is complete: every workplace and staff record.
    static func account(after upload: DemoUpload) -> AccountContext {
        var account = AccountContext(isParent: true)
        for row in upload.workplaces {
            let key = Cells.reference(row.localEstablishmentID)
            account.workplaces[key] = .init(
                reference: row.localEstablishmentID, name: row["ESTNAME"],
                locationID: row["LOCATIONID"].isEmpty ? nil : row["LOCATIONID"], isRegulated: row["REGTYPE"] == "2")
            if account.primaryWorkplaceKey == nil { account.primaryWorkplaceKey = key }
        }
        for row in upload.staff {
            account.staff[StaffKey(workplace: row.localEstablishmentID, worker: row.uniqueWorkerID)] = .init(
                mainJobRole: DemoFixture.number(row["MAINJOBROLE"]), dateOfBirth: DemoFixture.date(row["DOB"]))
        }
        return account
    }

    /// The whole-upload validator over one return, on `date`.
    static func validate(
        _ upload: DemoUpload, on date: CalendarDate, account: AccountContext
    ) throws -> UploadValidationReport {
        var validator = UploadValidator(
            context: ValidationContext(codes: try SpecFiles.codeLists(), today: date), account: account,
            postcodeIsKnown: { _ in true })
        for row in upload.workplaces { validator.validateWorkplace(row) }
        validator.finishWorkplaces()
        for row in upload.staff { _ = validator.validateStaff(row) }
        for row in upload.training { _ = validator.validateTraining(row) }
        return validator.finish()
    }
}
