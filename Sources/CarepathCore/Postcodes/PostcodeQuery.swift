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
    /// sector `NR1 3` or the Norwich outcode `NR13`. People who type a sector
    /// almost always type its space, so text with inner whitespace is tried as a
    /// sector before an outcode, and text without it as an outcode before a sector.
    /// - Throws: ``PostcodeError`` when the text is none of the three.
    public init(_ raw: String) throws(PostcodeError) {
        let compact = try PostcodeText.compact(raw)
        let sectorFirst = PostcodeText.hasInnerWhitespace(raw)
        if compact.isPostcode {
            self = .postcode(try Postcode(raw))
        } else if compact.isSector && (sectorFirst || !compact.isOutcode) {
            self = .sector(try PostcodeSector(raw))
        } else if compact.isOutcode {
            self = .outcode(try Outcode(raw))
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
