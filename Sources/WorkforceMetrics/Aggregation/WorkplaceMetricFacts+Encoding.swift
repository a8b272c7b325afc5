import CarepathCore

/// A compact binary form of a workplace's role facts, stored with each return so that a server
/// can load a nation's facts in seconds (JSON of the same facts is several times larger and
/// slower to read).
///
/// Layout (version 1): a version byte, an entry count, then per entry a scope byte (0 = every role,
/// then ``JobRoleGroup`` in declaration order from 1), staff records and directly employed as
/// varints, the tallies (KPI index, numerator, denominator, workers, unknown) and the median values
/// (KPI index, count, then each value's 8 IEEE bytes). Numbers that are whole or half units, which
/// every KPI total is, take one to three bytes; any other number keeps all 8 bytes.
extension WorkplaceMetricFacts {
    static let encodingVersion: UInt8 = 1

    /// ``allRoles`` and ``byRoleGroup`` as bytes.
    public func encodedRoleFacts() -> [UInt8] {
        var writer = ByteWriter()
        writer.byte(Self.encodingVersion)
        let groups = JobRoleGroup.allCases.filter { byRoleGroup[$0] != nil }
        writer.byte(UInt8(1 + groups.count))
        writer.roleFacts(allRoles, scope: 0)
        for group in groups {
            writer.roleFacts(byRoleGroup[group]!, scope: UInt8(JobRoleGroup.allCases.firstIndex(of: group)! + 1))
        }
        return writer.bytes
    }

    /// Reads bytes written by ``encodedRoleFacts()``.
    public static func decodeRoleFacts(
        _ bytes: [UInt8]
    ) throws(MetricFactsDecodingError) -> (allRoles: RoleFacts, byRoleGroup: [JobRoleGroup: RoleFacts]) {
        var reader = ByteReader(bytes: bytes)
        let version = try reader.byte()
        guard version == encodingVersion else { throw .unknownVersion(version) }
        var allRoles = RoleFacts()
        var byRoleGroup: [JobRoleGroup: RoleFacts] = [:]
        for _ in 0..<(try reader.byte()) {
            let scope = Int(try reader.byte())
            let facts = try reader.roleFacts()
            if scope == 0 {
                allRoles = facts
            } else if scope <= JobRoleGroup.allCases.count {
                byRoleGroup[JobRoleGroup.allCases[scope - 1]] = facts
            } else {
                throw .unknownScope(scope)
            }
        }
        guard reader.isAtEnd else { throw .trailingBytes }
        return (allRoles, byRoleGroup)
    }
}

/// The KPIs in declaration order, kept once: `allCases` builds a new array on every call.
private let orderedKPIs = KPI.allCases
private let kpiIndex = Dictionary(uniqueKeysWithValues: orderedKPIs.enumerated().map { ($1, UInt8($0)) })

/// Why stored facts could not be read; the facts must then be rebuilt from the staff records.
public enum MetricFactsDecodingError: Error, Equatable {
    case truncated
    case unknownVersion(UInt8)
    case unknownScope(Int)
    case unknownKPI(Int)
    case trailingBytes
}

private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Whole and half numbers as a zig-zag varint of halves (tag 0), others as raw bits (tag 1).
    mutating func number(_ value: Double) {
        let halves = value * 2
        if halves == halves.rounded(), abs(halves) < 9e15 {
            let signed = Int64(halves)
            byte(0)
            varint(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
        } else {
            byte(1)
            raw(value)
        }
    }

    mutating func raw(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func roleFacts(_ facts: WorkplaceMetricFacts.RoleFacts, scope: UInt8) {
        byte(scope)
        varint(UInt64(facts.staffRecords))
        varint(UInt64(facts.directlyEmployed))
        let tallied = orderedKPIs.filter { facts.tallies[$0] != nil }
        byte(UInt8(tallied.count))
        for kpi in tallied {
            let tally = facts.tallies[kpi]!
            byte(kpiIndex[kpi]!)
            number(tally.numerator)
            number(tally.denominator)
            varint(UInt64(tally.workers))
            varint(UInt64(tally.excludedUnknown))
        }
        let valued = orderedKPIs.filter { facts.values[$0] != nil }
        byte(UInt8(valued.count))
        for kpi in valued {
            let values = facts.values[kpi]!
            byte(kpiIndex[kpi]!)
            varint(UInt64(values.count))
            for value in values { raw(value) }
        }
    }
}

private struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws(MetricFactsDecodingError) -> UInt8 {
        guard position < bytes.count else { throw .truncated }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func varint() throws(MetricFactsDecodingError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw .truncated }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func count() throws(MetricFactsDecodingError) -> Int {
        let value = try varint()
        guard value <= UInt64(bytes.count) * 8 + 1_000_000 else { throw .truncated }
        return Int(value)
    }

    mutating func number() throws(MetricFactsDecodingError) -> Double {
        switch try byte() {
        case 0:
            let zigzag = try varint()
            let signed = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
            return Double(signed) / 2
        default: return try raw()
        }
    }

    mutating func raw() throws(MetricFactsDecodingError) -> Double {
        guard position + 8 <= bytes.count else { throw .truncated }
        var bits: UInt64 = 0
        for offset in 0..<8 { bits |= UInt64(bytes[position + offset]) << (8 * UInt64(offset)) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func kpi() throws(MetricFactsDecodingError) -> KPI {
        let index = Int(try byte())
        guard index < orderedKPIs.count else { throw .unknownKPI(index) }
        return orderedKPIs[index]
    }

    mutating func roleFacts() throws(MetricFactsDecodingError) -> WorkplaceMetricFacts.RoleFacts {
        var facts = WorkplaceMetricFacts.RoleFacts(staffRecords: try count(), directlyEmployed: try count())
        for _ in 0..<(try byte()) {
            let kpi = try kpi()
            facts.tallies[kpi] = KPITally(
                numerator: try number(), denominator: try number(), workers: try count(),
                excludedUnknown: try count())
        }
        for _ in 0..<(try byte()) {
            let kpi = try kpi()
            var values: [Double] = []
            let total = try count()
            values.reserveCapacity(min(total, 100_000))
            for _ in 0..<total { values.append(try raw()) }
            facts.values[kpi] = values
        }
        return facts
    }
}
