/// The Workplace-file rules that need other rows or the stored state (spec 1.2, 3.1, 4.2's
/// uniqueness rules). Feed rows in file order, then call ``finish()``.
public struct WorkplaceFileRules: Sendable {
    /// A workplace row that survived: not a later duplicate.
    public struct SurvivingRow: Sendable, Hashable {
        public var line: Int
        public var reference: String
        public var status: RecordStatus?
    }

    public let account: AccountContext
    /// Surviving rows by reference key, for the Staff and Training files.
    public private(set) var surviving: [String: SurvivingRow] = [:]
    private var firstRow: UploadRow?
    private var rowCount = 0
    private var locationIDs: [String: Int] = [:]

    public init(account: AccountContext) {
        self.account = account
    }

    /// Checks one row against the rows before it and the stored state.
    public mutating func check(_ row: UploadRow) -> [Finding] {
        var findings = RowFindings(row: row)
        rowCount += 1
        if firstRow == nil { firstRow = row }
        let key = Cells.reference(row.localEstablishmentID)
        guard !key.isEmpty else { return [] }  // blank: the row validator reports 1010
        if let earlier = surviving[key] {
            findings.error(
                code: 998, rule: "WP-LOCALESTID-DUPLICATE", column: "LOCALESTID",
                "LOCALESTID \(row.localEstablishmentID) is already used on line \(earlier.line); every workplace needs its own reference"
            )
            return findings.findings
        }
        let status = RecordStatus(cell: row["STATUS"])
        surviving[key] = SurvivingRow(line: row.line, reference: row.localEstablishmentID, status: status)
        if let status { checkExistence(status, key: key, into: &findings) }
        if let stored = account.workplaces[key], !stored.isDataOwned, key != primaryKey {
            findings.error(
                code: 997, rule: "WP-LOCALESTID-NOT-DATA-OWNER", column: "LOCALESTID",
                "your organisation does not own the data of \(stored.name) (\(row.localEstablishmentID)); its owner must upload it"
            )
        }
        checkLocationID(row, status: status, into: &findings)
        return findings.findings
    }

    /// Removes a row from the surviving rows: ASC-WDS drops a NEW workplace whose postcode is unknown.
    public mutating func drop(_ key: String) {
        surviving[key] = nil
    }

    /// The account-shape rules, once every row is in (950, 955, 956).
    public func finish() -> [Finding] {
        guard let firstRow else { return [] }
        var findings: [Finding] = []
        let isParent = account.isParent ?? (rowCount > 1)
        if !isParent && rowCount != 1 {
            findings.append(
                accountFinding(
                    line: 1, code: 950, rule: "WP-ACCOUNT-ONE-WORKPLACE",
                    "an organisation that is not a parent must upload exactly one workplace row; this file has \(rowCount)"
                ))
        }
        if let primaryKey {
            if let primary = surviving[primaryKey] {
                if primary.status == .delete {
                    findings.append(
                        accountFinding(
                            line: primary.line, reference: primary.reference, code: 956,
                            rule: "WP-PRIMARY-DELETE", "your own workplace \(primary.reference) cannot be deleted"))
                }
            } else {
                let reference = account.workplaces[primaryKey]?.reference ?? primaryKey
                let name = account.workplaces[primaryKey].map { " (\($0.name))" } ?? ""
                findings.append(
                    accountFinding(
                        line: 1, reference: reference, code: 955, rule: "WP-PRIMARY-MISSING",
                        "your own workplace \(reference)\(name) must be in the Workplace file"))
            }
        }
        return findings
    }

    /// The primary workplace's key: the stored one, else the first row's on a first return.
    public var primaryKey: String? {
        account.primaryWorkplaceKey ?? firstRow.map { Cells.reference($0.localEstablishmentID) }
    }

    private func checkExistence(_ status: RecordStatus, key: String, into findings: inout RowFindings) {
        let exists = account.workplaces[key] != nil
        let reference = findings.row.localEstablishmentID
        switch (status, exists) {
        case (.new, true):
            findings.error(
                code: 1020, rule: "WP-STATUS-NEW-EXISTS", column: "STATUS",
                "STATUS is NEW but workplace \(reference) already exists; use UPDATE, UNCHECKED or NOCHANGE")
        case (.delete, false):
            findings.error(
                code: 1020, rule: "WP-STATUS-NOT-FOUND", column: "STATUS",
                "STATUS is DELETE but workplace \(reference) does not exist")
        case (.update, false), (.unchecked, false), (.noChange, false):
            if account.isFirstReturn {
                findings.add(
                    .information, code: nil, rule: "WP-STATUS-CREATED-FIRST-RETURN", column: "STATUS",
                    "this is your organisation's first return, so workplace \(reference) is created from this row")
            } else {
                findings.error(
                    code: 1020, rule: "WP-STATUS-NOT-FOUND", column: "STATUS",
                    "STATUS is \(status.rawValue) but workplace \(reference) does not exist; use NEW to create it")
            }
        default:
            break
        }
    }

    private mutating func checkLocationID(_ row: UploadRow, status: RecordStatus?, into findings: inout RowFindings) {
        let locationID = row["LOCATIONID"]
        guard !locationID.isEmpty, status == .new || status == .update else { return }
        if let earlier = locationIDs[locationID] {
            findings.error(
                code: 998, rule: "WP-LOCATIONID-DUPLICATE", column: "LOCATIONID",
                "CQC location ID \(locationID) is also given on line \(earlier); each workplace has its own location ID"
            )
        } else {
            locationIDs[locationID] = row.line
        }
    }

    private func accountFinding(
        line: Int, reference: String? = nil, code: Int, rule: String, _ message: String
    ) -> Finding {
        Finding(
            file: .workplace, line: line, localEstablishmentID: reference, column: "LOCALESTID", severity: .error,
            code: code, rule: rule, value: reference, message: message)
    }
}
