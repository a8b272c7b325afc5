import Testing

@testable import QRCode

/// The SVG rendering: document structure, accessibility, escaping and the path data.
@Suite("SVG")
struct SVGTests {
    static let link = "otpauth://totp/Carepath:alice%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Carepath"

    /// How often `needle` occurs in `text`.
    static func occurrences(of needle: String, in text: String) -> Int {
        text.split(separator: needle, omittingEmptySubsequences: false).count - 1
    }

    /// The value of the first `name="…"` attribute.
    static func attribute(_ name: String, in svg: String) -> String? {
        guard let start = svg.firstRange(of: " \(name)=\"")?.upperBound else { return nil }
        return String(svg[start...].prefix { $0 != "\"" })
    }

    @Test("the document has one background rect and one path, sized from the symbol")
    func structure() throws {
        let code = try QRCode.encode("HELLO WORLD", correction: .quartile)
        let svg = code.svg(title: "Sign-in code")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\" "))
        #expect(svg.hasSuffix("</svg>"))
        #expect(Self.attribute("width", in: svg) == "116")
        #expect(Self.attribute("height", in: svg) == "116")
        #expect(Self.attribute("role", in: svg) == "img")
        #expect(Self.attribute("shape-rendering", in: svg) == "crispEdges")
        #expect(Self.occurrences(of: "<rect ", in: svg) == 1)
        #expect(Self.occurrences(of: "<path ", in: svg) == 1)
        #expect(svg.contains("<rect width=\"29\" height=\"29\" fill=\"#fff\"/>"))
        #expect(!svg.contains("\n"))
    }

    @Test("the title labels the image with a deterministic, valid id")
    func accessibleName() throws {
        let code = try QRCode.encode(Self.link)
        let svg = code.svg(title: "Scan to set up your authenticator app")
        let id = try #require(Self.attribute("aria-labelledby", in: svg))
        #expect(svg.contains("<title id=\"\(id)\">Scan to set up your authenticator app</title>"))
        #expect(id.hasPrefix("qr-") && id.count == 19)
        #expect(id.dropFirst(3).allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(code.svg(title: "Scan to set up your authenticator app") == svg)
        #expect(Self.attribute("aria-labelledby", in: code.svg(title: "Another title")) != id)
        let other = try QRCode.encode(Self.link + "&digits=6")
        #expect(Self.attribute("aria-labelledby", in: other.svg(title: "Scan to set up your authenticator app")) != id)
    }

    @Test("the title is XML-escaped and characters XML forbids are replaced")
    func escaping() throws {
        let svg = try QRCode.encode("x").svg(title: "<script>\"Tom & Jerry's\"</script>\u{1}\u{FFFF}\tok")
        #expect(
            svg.contains(
                ">&lt;script&gt;&quot;Tom &amp; Jerry&apos;s&quot;&lt;/script&gt;\u{FFFD}\u{FFFD}\tok</title>"))
        #expect(!svg.contains("<script>"))
        #expect(XMLText.escaped("Café – £5 ✓") == "Café – £5 ✓")
    }

    @Test("the path draws exactly the dark modules, one maximal run per command", arguments: [0, 4])
    func pathMatchesModules(quietZone: Int) throws {
        let code = try QRCode.encode(Self.link, correction: .high)
        let svg = code.svg(title: "t", moduleSize: 3, quietZone: quietZone)
        let side = code.size + 2 * quietZone
        #expect(Self.attribute("viewBox", in: svg) == "0 0 \(side) \(side)")
        #expect(Self.attribute("width", in: svg) == "\(3 * side)")
        let path = try #require(Self.attribute("d", in: svg))

        var drawn = Array(repeating: Array(repeating: false, count: side), count: side)
        var runs: [(x: Int, y: Int, length: Int)] = []
        for command in path.split(separator: "M") {
            // Each command is "x yhNv1h-Nz".
            let numbers = command.split { !$0.isNumber }.compactMap { Int($0) }
            try #require(numbers.count == 5 && numbers[3] == 1 && numbers[2] == numbers[4], "\(command)")
            #expect(command.hasSuffix("z"))
            let run = (x: numbers[0], y: numbers[1], length: numbers[2])
            for x in run.x..<run.x + run.length {
                #expect(!drawn[run.y][x], "module drawn twice")
                drawn[run.y][x] = true
            }
            runs.append(run)
        }
        for y in 0..<side {
            for x in 0..<side {
                #expect(drawn[y][x] == code.isDark(row: y - quietZone, column: x - quietZone))
            }
        }
        // Maximal runs: no run starts where the previous one on its row ended.
        for (previous, next) in zip(runs, runs.dropFirst()) where previous.y == next.y {
            #expect(previous.x + previous.length < next.x)
        }
    }

    @Test("module size and quiet zone are clamped to sensible minimums")
    func clamping() throws {
        let svg = try QRCode.encode("1").svg(title: "t", moduleSize: 0, quietZone: -3)
        #expect(Self.attribute("viewBox", in: svg) == "0 0 21 21")
        #expect(Self.attribute("width", in: svg) == "21")
    }

    @Test("a version-40 symbol stays compact")
    func compactness() throws {
        let code = try QRCode.encode(String(repeating: "z", count: 2953), correction: .low)
        let svg = code.svg(title: "Large")
        // Roughly a dozen bytes per run and about a quarter as many runs as modules.
        #expect(svg.utf8.count < 150_000)
        #expect(Self.occurrences(of: "<path ", in: svg) == 1)
    }
}
