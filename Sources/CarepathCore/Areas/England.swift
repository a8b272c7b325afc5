/// England, the root of the area hierarchy.
public enum England {
    /// The ONS code for England, `E92000001`.
    public static let code = AreaCode(validated: "E92000001")
    /// "England".
    public static let name = "England"

    /// England as an area reference at country level.
    public static var reference: AreaReference {
        AreaReference(code: code, name: name, level: .country)
    }
}
