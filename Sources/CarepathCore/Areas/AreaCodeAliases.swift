/// Old ONS codes that data still uses for areas that have since been recoded.
///
/// On 1 April 2025 a small boundary change between Barnsley and Sheffield gave
/// both new codes. Figures published before then, and some after, use the old
/// ones; the boundary moved so little that they can be read as the new areas.
public enum AreaCodeAliases {
    /// Each old code and the current code it stands for.
    public static let replacements: [AreaCode: AreaCode] = [
        AreaCode(validated: "E08000016"): AreaCode(validated: "E08000038"),  // Barnsley
        AreaCode(validated: "E08000019"): AreaCode(validated: "E08000039"),  // Sheffield
    ]

    /// The current code for `code`: its replacement if it is an old alias,
    /// otherwise the code itself.
    public static func current(for code: AreaCode) -> AreaCode {
        replacements[code] ?? code
    }
}
