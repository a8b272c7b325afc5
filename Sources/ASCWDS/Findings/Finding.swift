/// One problem (or notice) found in an uploaded file, with everything a provider needs to fix it.
///
/// ASC-WDS reports a finding by its code alone; Carepath adds a stable rule identifier, the
/// physical line, the offending value and a plain-English message (spec section 8.3).
public struct Finding: Sendable, Hashable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        /// Blocks the upload: nothing is stored while any error exists.
        case error
        /// The upload can go ahead; the offending value is usually dropped.
        case warning
        /// A notice, such as a record created by an organisation's first return.
        case information

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .information: return 2
            }
        }
    }

    public var file: UploadFileKind
    /// The physical line where the row starts (header = 1).
    public var line: Int
    /// The row's `LOCALESTID`, as written.
    public var localEstablishmentID: String?
    /// The row's `UNIQUEWORKERID`, as written (Staff and Training files).
    public var uniqueWorkerID: String?
    /// The column, or columns joined with `/` for a rule that combines them (`REGTYPE/MAINSERVICE`).
    public var column: String
    public var severity: Severity
    /// The ASC-WDS finding number, when ASC-WDS has one for this rule.
    public var code: Int?
    /// Carepath's stable identifier for the rule, such as `TR-DATECOMPLETED-FUTURE`.
    public var rule: String
    /// The offending value, as written.
    public var value: String?
    /// What is wrong and how to put it right.
    public var message: String

    public init(
        file: UploadFileKind, line: Int, localEstablishmentID: String? = nil, uniqueWorkerID: String? = nil,
        column: String, severity: Severity, code: Int?, rule: String, value: String? = nil, message: String
    ) {
        self.file = file
        self.line = line
        self.localEstablishmentID = localEstablishmentID
        self.uniqueWorkerID = uniqueWorkerID
        self.column = column
        self.severity = severity
        self.code = code
        self.rule = rule
        self.value = value
        self.message = message
    }
}

extension Finding: CustomStringConvertible {
    /// `staff file line 8, SALARY (ST-SALARY-RANGE, ASC-WDS 1260): error: …`
    public var description: String {
        let code = code.map { ", ASC-WDS \($0)" } ?? ""
        return "\(file.rawValue) file line \(line), \(column) (\(rule)\(code)): \(severity.rawValue): \(message)"
    }
}
