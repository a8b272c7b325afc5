/// The Staff-file rules that need the Workplace file, other staff rows or the stored state
/// (spec 3.1, 5.3–5.5, 10.25). Feed rows in file order, then call ``finish()``.
public struct StaffFileRules: Sendable {
    /// A staff row that survived: its workplace is in the Workplace file and it is not a duplicate.
    public struct SurvivingRow: Sendable, Hashable {
        public var line: Int
        public var status: RecordStatus?
        /// The reference the worker has after this upload: the new one when renamed.
        public var finalKey: StaffKey
    }

    struct Mover: Sendable {
        var row: UploadRow
        var destination: String
        var finalWorker: String
    }

    public let account: AccountContext
    public let workplaces: [String: WorkplaceFileRules.SurvivingRow]
    /// Surviving rows by their key as written in the file (old reference when renamed).
    public private(set) var surviving: [StaffKey: SurvivingRow] = [:]
    private var renames: [(row: UploadRow, newKey: StaffKey)] = []
    var movers: [Mover] = []

    public init(account: AccountContext, workplaces: [String: WorkplaceFileRules.SurvivingRow]) {
        self.account = account
        self.workplaces = workplaces
    }

    /// Checks one row against the Workplace file, earlier rows and the stored state.
    public mutating func check(_ row: UploadRow) -> [Finding] {
        var findings = RowFindings(row: row)
        let key = StaffKey(workplace: row.localEstablishmentID, worker: row.uniqueWorkerID)
        guard !key.workplace.isEmpty, !key.worker.isEmpty else { return [] }  // the row validator reports 1010/1020
        guard let workplace = workplaces[key.workplace] else {
            findings.error(
                code: 997, rule: "ST-LOCALESTID-NOT-IN-WORKPLACE-FILE", column: "LOCALESTID",
                "workplace \(row.localEstablishmentID) is not in the Workplace file; add it there or correct LOCALESTID"
            )
            return findings.findings
        }
        if let earlier = surviving[key] {
            findings.error(
                code: 998, rule: "ST-UNIQUEWORKERID-DUPLICATE", column: "UNIQUEWORKERID",
                "staff reference \(row.uniqueWorkerID) is already used at \(row.localEstablishmentID) on line \(earlier.line)"
            )
            return findings.findings
        }
        let status = RecordStatus(cell: row["STATUS"])
        let rename = Cells.reference(row["CHGUNIQUEWRKID"])
        let finalKey = rename.isEmpty ? key : StaffKey(workplace: key.workplace, worker: rename)
        surviving[key] = SurvivingRow(line: row.line, status: status, finalKey: finalKey)
        if !rename.isEmpty { renames.append((row, finalKey)) }
        let transfer = row["TRANSFERSTAFFRECORD"]
        if let status { checkExistence(status, key: key, into: &findings) }
        if workplace.status == .delete, status == .new || status == .update, transfer.isEmpty {
            findings.error(
                code: nil, rule: "ST-WORKPLACE-DELETED", column: "LOCALESTID/STATUS",
                value: "\(row.localEstablishmentID) (DELETE) - \(row["STATUS"])",
                "workplace \(row.localEstablishmentID) is being deleted, so this \(row["STATUS"]) row would be lost; "
                    + "move the worker with TRANSFERSTAFFRECORD or delete the row")
        }
        if !transfer.isEmpty {
            checkTransfer(row, key: key, destination: transfer, finalWorker: finalKey.worker, into: &findings)
        }
        return findings.findings
    }

    /// Rules that need every row: rename clashes (998) and transfer clashes (1402, 1403). Every
    /// rule is evaluated for every row (spec 10.21).
    public func finish() -> [Finding] {
        var findings: [Finding] = []
        var renameCounts: [StaffKey: Int] = [:]
        for (_, newKey) in renames { renameCounts[newKey, default: 0] += 1 }
        for (row, newKey) in renames {
            let clashesWithReference = surviving[newKey] != nil
            let clashesWithRename = (renameCounts[newKey] ?? 0) > 1
            guard clashesWithReference || clashesWithRename else { continue }
            var rowFindings = RowFindings(row: row)
            rowFindings.error(
                code: 998, rule: "ST-CHGUNIQUEWRKID-DUPLICATE", column: "CHGUNIQUEWRKID",
                "the new staff reference \(row["CHGUNIQUEWRKID"]) is already used at \(row.localEstablishmentID) by another row"
            )
            findings += rowFindings.findings
        }
        findings += transferClashes()
        return findings
    }

    private func checkExistence(_ status: RecordStatus, key: StaffKey, into findings: inout RowFindings) {
        let exists = account.staff[key] != nil
        let reference = findings.row.uniqueWorkerID
        switch (status, exists) {
        case (.new, true):
            findings.error(
                code: 1040, rule: "ST-STATUS-NEW-EXISTS", column: "STATUS",
                "STATUS is NEW but staff record \(reference) already exists at \(key.workplace); use UPDATE")
        case (.delete, false):
            findings.error(
                code: 1040, rule: "ST-STATUS-NOT-FOUND", column: "STATUS",
                "STATUS is DELETE but staff record \(reference) does not exist at \(key.workplace)")
        case (.update, false), (.unchecked, false), (.noChange, false):
            if account.isFirstReturn {
                findings.add(
                    .information, code: nil, rule: "ST-STATUS-CREATED-FIRST-RETURN", column: "STATUS",
                    "staff record \(reference) is new to Carepath, so it is created from this row")
            } else {
                findings.error(
                    code: 1040, rule: "ST-STATUS-NOT-FOUND", column: "STATUS",
                    "STATUS is \(status.rawValue) but staff record \(reference) does not exist at \(key.workplace); use NEW"
                )
            }
        default:
            break
        }
    }
}
