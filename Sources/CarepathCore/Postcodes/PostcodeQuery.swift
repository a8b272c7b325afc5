/// What someone typed into a postcode search: a full postcode, a sector or an outcode.
public enum PostcodeQuery: Hashable, Sendable {
    /// A full postcode such as `NR1 3JU`.
    case postcode(Postcode)
    /// A postcode sector such as `NR1 3`.
    case sector(PostcodeSector)
    /// An outcode (postcode district) such as `NR1`.
    case outcode(Outcode)

    /// Decides by shape what the text is: a full postcode if it can be one, else a
    /// sector or an outcode.
    ///
    /// Without a space some text is both a sector and an outcode: `NR13` could be
    /// sector `NR1 3` or the Norwich outcode `NR13`. People who mean a sector type
    /// its space, and an outcode never has one, so text with a space inside is read
    /// as a sector only, and text without one as an outcode when it has that shape
    /// (`NR13`) and as a sector otherwise (`SW1A1`).
    /// - Throws: ``PostcodeError`` when the text is none of the three.
    public init(_ raw: String) throws(PostcodeError) {
        let compact = try PostcodeText.compact(raw)
        if compact.isPostcode {
            self = .postcode(try Postcode(raw))
        } else if compact.isOutcode && !PostcodeText.hasInnerWhitespace(raw) {
            self = .outcode(try Outcode(raw))
        } else if compact.isSector {
            self = .sector(try PostcodeSector(raw))
        } else {
            throw .invalidFormat(raw)
        }
    }

    /// The normalised text of whichever kind this is.
    public var normalised: String {
        switch self {
        case .postcode(let postcode): postcode.normalised
        case .sector(let sector): sector.normalised
        case .outcode(let outcode): outcode.normalised
        }
    }
}
