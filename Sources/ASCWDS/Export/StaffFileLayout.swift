/// The header of an exported Staff file: which optional columns it has and how many `QUALACHnn`
/// pairs (spec 2.2, 5.8).
public struct StaffFileLayout: Sendable, Hashable {
    /// `QUALACHnn`/`QUALACHnnNOTES` pairs, 3 to 99.
    public let qualificationPairs: Int
    /// Whether the header has `CHGUNIQUEWRKID` (a rename, spec 5.4).
    public let hasRenameColumn: Bool
    /// Whether the header has `TRANSFERSTAFFRECORD` (a move, spec 5.5).
    public let hasTransferColumn: Bool

    /// A layout; `qualificationPairs` is clamped to the 3 to 99 a Staff file allows.
    public init(
        qualificationPairs: Int = HeaderLayout.minimumQualificationPairs, hasRenameColumn: Bool = false,
        hasTransferColumn: Bool = false
    ) {
        self.qualificationPairs = min(
            max(qualificationPairs, HeaderLayout.minimumQualificationPairs), HeaderLayout.maximumQualificationPairs)
        self.hasRenameColumn = hasRenameColumn
        self.hasTransferColumn = hasTransferColumn
    }

    /// The smallest layout that holds every record, as ASC-WDS downloads size theirs: as many pairs
    /// as the worker who needs most (at least three), and the rename or transfer column only when a
    /// record has a new reference or a destination.
    public static func fitting(_ records: some Sequence<StaffRecord>) -> StaffFileLayout {
        var pairs = 0
        var rename = false
        var transfer = false
        for record in records {
            pairs = max(pairs, qualificationSlots(record.qualifications).keys.max() ?? 0)
            rename = rename || record.newUniqueWorkerID != nil
            transfer = transfer || record.transferDestination != nil
        }
        return StaffFileLayout(qualificationPairs: pairs, hasRenameColumn: rename, hasTransferColumn: transfer)
    }

    /// The header's column names, in order.
    public var columns: [String] {
        ["LOCALESTID", "UNIQUEWORKERID"] + (hasRenameColumn ? ["CHGUNIQUEWRKID"] : [])
            + (hasTransferColumn ? ["TRANSFERSTAFFRECORD"] : []) + HeaderLayout.staffAfterReferences
            + (1...qualificationPairs).flatMap {
                [HeaderLayout.qualificationColumns($0).code, HeaderLayout.qualificationColumns($0).notes]
            }
    }

    /// The pair each qualification is written in. A qualification keeps the pair it was read from
    /// (``AchievedQualification/pair``), because ASC-WDS maps certificates to columns by it and
    /// the round trip must not renumber; one without a usable pair (out of range, or taken by an
    /// earlier one) goes into the lowest free pair.
    static func qualificationSlots(_ qualifications: [AchievedQualification]) -> [Int: AchievedQualification] {
        var slots: [Int: AchievedQualification] = [:]
        var unplaced: [AchievedQualification] = []
        for qualification in qualifications {
            if (1...HeaderLayout.maximumQualificationPairs).contains(qualification.pair),
                slots[qualification.pair] == nil
            {
                slots[qualification.pair] = qualification
            } else {
                unplaced.append(qualification)
            }
        }
        var next = 1
        for qualification in unplaced {
            while slots[next] != nil { next += 1 }
            slots[next] = qualification
        }
        return slots
    }
}

/// Why a record cannot be written as a valid ASC-WDS file.
public enum ASCWDSExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A worker's qualifications need more `QUALACHnn` pairs than the file's header has; a Staff
    /// file holds at most 99.
    case qualificationsDoNotFit(localEstablishmentID: String, uniqueWorkerID: String, needed: Int, available: Int)

    public var description: String {
        switch self {
        case .qualificationsDoNotFit(let workplace, let worker, let needed, let available):
            return "staff record \(workplace)/\(worker) needs \(needed) qualification columns (QUALACHnn), but the "
                + "Staff file has \(available)"
                + (needed > HeaderLayout.maximumQualificationPairs
                    ? "; ASC-WDS accepts at most \(HeaderLayout.maximumQualificationPairs)" : "")
        }
    }
}
