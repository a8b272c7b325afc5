/// The local government reorganisations since 2019 that break population time series
/// (workforce-planning.md 5.1), for reading files on older boundaries such as the 2018-based
/// sub-national population projections.
///
/// Only whole-area merges are listed: every old district or unitary here lies wholly inside the
/// current council it maps to, so summing old areas gives the new one exactly. The abolished
/// county councils are not mapped, because their districts already are; counting both would
/// count people twice.
public enum AreaBoundaryChanges {
    /// Each old district or unitary code and the current code of the council that absorbed it.
    public static let replacements: [AreaCode: AreaCode] = {
        var table: [AreaCode: AreaCode] = [:]
        func merge(_ old: [String], into current: String) {
            for code in old { table[AreaCode(validated: code)] = AreaCode(validated: current) }
        }
        // 2019: Bournemouth, Christchurch and Poole; Dorset; East and West Suffolk; Somerset West and Taunton.
        merge(["E06000028", "E06000029", "E07000048"], into: "E06000058")
        merge(["E07000049", "E07000050", "E07000051", "E07000052", "E07000053"], into: "E06000059")
        merge(["E07000205", "E07000206"], into: "E07000244")
        merge(["E07000201", "E07000204"], into: "E07000245")
        // 2020: Buckinghamshire.
        merge(["E07000004", "E07000005", "E07000006", "E07000007"], into: "E06000060")
        // 2021: North and West Northamptonshire.
        merge(["E07000150", "E07000152", "E07000153", "E07000156"], into: "E06000061")
        merge(["E07000151", "E07000154", "E07000155"], into: "E06000062")
        // 2023: Cumberland, Westmorland and Furness, North Yorkshire, Somerset.
        merge(["E07000026", "E07000028", "E07000029"], into: "E06000063")
        merge(["E07000027", "E07000030", "E07000031"], into: "E06000064")
        merge(
            ["E07000163", "E07000164", "E07000165", "E07000166", "E07000167", "E07000168", "E07000169"],
            into: "E06000065")
        merge(["E07000187", "E07000188", "E07000189", "E07000190", "E07000191", "E07000246"], into: "E06000066")
        return table
    }()

    /// County councils abolished since 2019 (Buckinghamshire, Cumbria, Dorset, Northamptonshire,
    /// North Yorkshire, Somerset): their figures are the sum of their old districts.
    public static let abolishedCounties: Set<AreaCode> = Set(
        ["E10000002", "E10000006", "E10000009", "E10000021", "E10000023", "E10000027"].map { AreaCode(validated: $0) })
}
