/// Why a file's first line is not a header Carepath can read.
public enum HeaderProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The first line does not start like any of the three files.
    case notRecognised(firstColumns: [String])
    /// The file starts like a known kind, but its header then differs from the specification.
    case wrongHeader(UploadFileKind, detail: String)

    public var description: String {
        switch self {
        case .notRecognised(let columns):
            let start = columns.prefix(4).joined(separator: ",")
            return "the first line (\(start)…) is not the header of an ASC-WDS Workplace, Staff or Training file"
        case .wrongHeader(let kind, let detail):
            return "this looks like a \(kind.title) file, but its header is wrong: \(detail)"
        }
    }
}

/// Recognises a file by its header (spec 2.3), comparing parsed column names, so a BOM or quoted
/// names do not matter (10.24), then checks the whole header (2.2).
public enum HeaderRecognition {
    public static func recognise(_ names: [String]) -> Result<FileHeader, HeaderProblem> {
        let workplace = HeaderLayout.workplace
        if names.count >= 6, Array(names.prefix(5)) == Array(workplace.prefix(5)), names[5].hasPrefix("ADDRES") {
            guard names == workplace else {
                return .failure(.wrongHeader(.workplace, detail: difference(names, workplace)))
            }
            return .success(FileHeader(kind: .workplace, columns: names))
        }
        for (rename, transfer) in [(false, false), (true, false), (false, true), (true, true)] {
            let start = staffStart(rename: rename, transfer: transfer)
            guard names.count >= start.count + 2,
                Array(names.prefix(start.count + 2)) == start + ["STATUS", "DISPLAYID"]
            else { continue }
            return staffHeader(names, start: start, rename: rename, transfer: transfer)
        }
        if names == HeaderLayout.training {
            return .success(FileHeader(kind: .training, columns: names))
        }
        if names.prefix(3) == ["LOCALESTID", "UNIQUEWORKERID", "CATEGORY"] {
            return .failure(.wrongHeader(.training, detail: difference(names, HeaderLayout.training)))
        }
        return .failure(.notRecognised(firstColumns: names))
    }

    private static func staffStart(rename: Bool, transfer: Bool) -> [String] {
        ["LOCALESTID", "UNIQUEWORKERID"] + (rename ? ["CHGUNIQUEWRKID"] : [])
            + (transfer ? ["TRANSFERSTAFFRECORD"] : [])
    }

    private static func staffHeader(
        _ names: [String], start: [String], rename: Bool, transfer: Bool
    ) -> Result<FileHeader, HeaderProblem> {
        let fixed = start + HeaderLayout.staffAfterReferences
        guard Array(names.prefix(fixed.count)) == fixed else {
            return .failure(.wrongHeader(.staff, detail: difference(Array(names.prefix(fixed.count)), fixed)))
        }
        let rest = names.dropFirst(fixed.count)
        guard rest.count % 2 == 0 else {
            return .failure(
                .wrongHeader(.staff, detail: "the qualification columns must come in QUALACHnn, QUALACHnnNOTES pairs"))
        }
        let pairs = rest.count / 2
        for offset in 0..<pairs {
            let expected = HeaderLayout.qualificationColumns(offset + 1)
            let index = rest.startIndex + offset * 2
            guard rest[index] == expected.code, rest[index + 1] == expected.notes else {
                return .failure(
                    .wrongHeader(
                        .staff,
                        detail:
                            "expected \(expected.code),\(expected.notes) but found \(rest[index]),\(rest[index + 1])"))
            }
        }
        guard pairs >= HeaderLayout.minimumQualificationPairs else {
            return .failure(.wrongHeader(.staff, detail: "QUALACH01 to QUALACH03 and their NOTES columns are required"))
        }
        guard pairs <= HeaderLayout.maximumQualificationPairs else {
            return .failure(.wrongHeader(.staff, detail: "at most 99 qualification pairs (QUALACH99) are allowed"))
        }
        return .success(
            FileHeader(
                kind: .staff, columns: names, hasRenameColumn: rename, hasTransferColumn: transfer,
                qualificationPairs: pairs))
    }

    /// The first difference between a header and the expected one, in words.
    static func difference(_ names: [String], _ expected: [String]) -> String {
        for (index, name) in expected.enumerated() {
            guard index < names.count else {
                return "column \(index + 1) should be \(name), but the header ends after \(names.count) columns"
            }
            if names[index] != name { return "column \(index + 1) should be \(name), not \"\(names[index])\"" }
        }
        return
            "it has \(names.count) columns where \(expected.count) are expected; remove \"\(names[expected.count])\" and any after it"
    }
}
