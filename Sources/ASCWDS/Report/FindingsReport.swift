import CarepathCore

/// The findings report a provider downloads: one line per finding, never merged by code.
public enum FindingsReport {
    /// The report's columns, in order.
    public static let columns = [
        "file", "line", "localestid", "uniqueworkerid", "column", "severity", "code", "rule", "message",
    ]

    /// The findings as CSV with a header line and CRLF line endings, sorted by file, line,
    /// severity and column.
    public static func csv(_ findings: [Finding]) -> String {
        var lines = [CSVWriter.record(columns)]
        for finding in sorted(findings) {
            lines.append(
                CSVWriter.record([
                    finding.file.rawValue, String(finding.line), finding.localEstablishmentID ?? "",
                    finding.uniqueWorkerID ?? "", finding.column, finding.severity.rawValue,
                    finding.code.map(String.init) ?? "", finding.rule, finding.message,
                ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The order findings are listed in: file, line, errors before warnings, then column.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { ($0.file, $0.line, $0.severity, $0.column) < ($1.file, $1.line, $1.severity, $1.column) }
    }
}

/// ASC-WDS's per-row reduction (spec 10.2): it keeps only the first Workplace or Staff finding per
/// code per row. Carepath lists every finding; this exists so tests can compare like with like.
public enum ASCWDSReduction {
    public static func reduce(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { finding in
            guard finding.file != .training, let code = finding.code else { return true }
            return seen.insert("\(finding.file.rawValue)|\(finding.line)|\(code)").inserted
        }
    }
}
