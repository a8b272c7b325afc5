extension QRCode {
    /// The symbol as a standalone, accessible SVG document.
    ///
    /// The SVG has `role="img"` and a `<title>` naming what the code is for, which screen
    /// readers announce; its `id` is derived from the title and the modules, so the same
    /// code and title always give the same document. All dark modules are one `path` of
    /// merged horizontal runs, which keeps even a version-40 symbol small, drawn over one
    /// white background `rect` that also covers the quiet zone.
    /// - Parameters:
    ///   - title: The accessible name, such as "QR code for setting up your authenticator
    ///     app". It is XML-escaped here.
    ///   - moduleSize: The width and height in pixels of one module; at least 1.
    ///   - quietZone: The light margin in modules. Readers need 4, the default; 0 suits a
    ///     page that supplies its own white margin.
    public func svg(title: String, moduleSize: Int = 4, quietZone: Int = 4) -> String {
        let margin = max(quietZone, 0)
        let side = size + 2 * margin
        let pixels = side * max(moduleSize, 1)
        let titleID = "qr-" + contentHash(title: title)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(pixels)" \
            height="\(pixels)" role="img" aria-labelledby="\(titleID)" shape-rendering="crispEdges">\
            <title id="\(titleID)">\(XMLText.escaped(title))</title>\
            <rect width="\(side)" height="\(side)" fill="#fff"/>\
            <path fill="#000" d="\(darkModulePath(margin: margin))"/></svg>
            """
    }

    /// Path data drawing each horizontal run of dark modules as one closed rectangle.
    func darkModulePath(margin: Int) -> String {
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size && isDark(row: row, column: column) {
                    column += 1
                }
                let length = column - start
                path += "M\(start + margin) \(row + margin)h\(length)v1h-\(length)z"
            }
        }
        return path
    }

    /// Sixteen hex digits of a 64-bit FNV-1a hash over the title and the modules: stable
    /// across runs and platforms, unlike `Hasher`, and cheap.
    private func contentHash(title: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        title.utf8.forEach(mix)
        // A separator byte that UTF-8 never produces keeps title and modules apart.
        mix(0xFF)
        for row in 0..<size {
            for column in 0..<size {
                mix(isDark(row: row, column: column) ? 1 : 0)
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
