extension BitstringStatusList {
    /// `encodedList`: `u` + base64url (no padding) of the GZIP-compressed bitstring.
    public var encodedList: String {
        "u" + Base64URL.encode(GZip.compress(bytes))
    }

    /// The list inside an `encodedList`. Standard base64url padding is tolerated, because some issuers
    /// emit it; anything inflating beyond `maximumBytes` is refused.
    public init(
        encodedList: String, statusSize: Int = 1, maximumBytes: Int = GZip.defaultMaximumOutput
    ) throws(StatusListError) {
        guard encodedList.hasPrefix("u") else { throw .invalidEncoding }
        var body = Array(encodedList.utf8.dropFirst())
        while body.last == UInt8(ascii: "=") { body.removeLast() }
        guard let compressed = Base64URL.decode(body) else { throw .invalidEncoding }
        let bitstring: [UInt8]
        do {
            bitstring = try GZip.decompress(compressed, maximumOutput: maximumBytes)
        } catch {
            throw .invalidCompression(error)
        }
        try self.init(bitstring: bitstring, statusSize: statusSize)
    }

    /// A position not yet used, drawn uniformly at random so that positions say nothing about issue order
    /// or holder. `isTaken` reports positions already assigned; nil when the list is full.
    public func randomFreeIndex(
        isTaken: (Int) -> Bool, using generator: inout some RandomNumberGenerator
    ) -> Int? {
        // Rejection sampling is fast while the list has room; fall back to a scan near full.
        for _ in 0..<64 {
            let candidate = Int.random(in: 0..<entryCount, using: &generator)
            if !isTaken(candidate) { return candidate }
        }
        let free = (0..<entryCount).filter { !isTaken($0) }
        return free.randomElement(using: &generator)
    }
}
