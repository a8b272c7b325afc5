import CarepathCore
import Testing

@testable import ASCWDS

@Suite("Demo upload generator: seeds and streaming")
struct DemoDeterminismTests {
    @Test("the generator's sequence is pinned, so a seed gives the same files on every platform and release")
    func pinnedSequence() {
        var random = SeededGenerator(seed: 0)
        let first = (0..<3).map { _ in random.next() }
        #expect(first == [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0])
        var again = SeededGenerator(seed: 0)
        #expect((0..<3).map { _ in again.next() } == first)
        var other = SeededGenerator(seed: 1)
        #expect(other.next() != first[0])
    }

    @Test("bounded draws stay in range and reach both ends")
    func boundedDraws() {
        var random = SeededGenerator(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let value = random.int(in: 3...9)
            #expect((3...9).contains(value))
            seen.insert(value)
            let unit = random.unit()
            #expect(unit >= 0 && unit < 1)
        }
        #expect(seen == Set(3...9))
    }

    @Test("the same seed gives byte-identical files; another seed gives different ones")
    func sameSeedSameFiles() throws {
        let generator = try DemoFixture.generator(DemoFixture.parameters(workplaces: 12))
        let first = generator.generateFiles(seed: 99)
        let second = generator.generateFiles(seed: 99)
        #expect(first.workplace == second.workplace)
        #expect(first.staff == second.staff)
        #expect(first.training == second.training)
        let other = generator.generateFiles(seed: 100)
        #expect(other.workplace != first.workplace)
        #expect(other.staff != first.staff)
        #expect(other.training != first.training)
    }

    @Test("a workplace's rows do not depend on how many workplaces follow it")
    func prefixStable() throws {
        let small = try DemoFixture.generator(DemoFixture.parameters(workplaces: 3)).generateFiles(seed: 5)
        let large = try DemoFixture.generator(DemoFixture.parameters(workplaces: 6)).generateFiles(seed: 5)
        #expect(large.workplace.hasPrefix(small.workplace))
        #expect(large.staff.hasPrefix(small.staff))
        #expect(large.training.hasPrefix(small.training))
    }

    @Test("streaming gives the header first, then one CRLF-terminated line per row, as generateFiles")
    func streaming() throws {
        let generator = try DemoFixture.generator(DemoFixture.parameters(workplaces: 8))
        var lines: (workplace: [String], staff: [String], training: [String]) = ([], [], [])
        let summary = generator.generate(
            seed: 3, workplace: { lines.workplace.append($0) }, staff: { lines.staff.append($0) },
            training: { lines.training.append($0) })
        #expect(lines.workplace.first == HeaderLayout.workplace.joined(separator: ",") + "\r\n")
        #expect(lines.staff.first == HeaderLayout.staffBase.joined(separator: ",") + "\r\n")
        #expect(lines.training.first == HeaderLayout.training.joined(separator: ",") + "\r\n")
        #expect(summary.workplaces == 8)
        #expect(lines.workplace.count == summary.workplaces + 1)
        #expect(lines.staff.count == summary.staff + 1)
        #expect(lines.training.count == summary.training + 1)
        for line in lines.workplace + lines.staff + lines.training {
            #expect(line.hasSuffix("\r\n"))
            // One record per line: no line breaks inside cells, and no bare LF anywhere.
            #expect(line.utf8.filter { $0 == 0x0A }.count == 1 && line.utf8.filter { $0 == 0x0D }.count == 1)
        }
        let files = generator.generateFiles(seed: 3)
        #expect(files.workplace == lines.workplace.joined())
        #expect(files.staff == lines.staff.joined())
        #expect(files.training == lines.training.joined())
    }

    @Test("a throwing sink stops generation with its error")
    func throwingSink() throws {
        struct Full: Error {}
        let generator = try DemoFixture.generator(DemoFixture.parameters(workplaces: 5))
        var written = 0
        #expect(throws: Full.self) {
            try generator.generate(
                seed: 1,
                workplace: { _ throws(Full) in
                    written += 1
                    if written > 2 { throw Full() }
                }, staff: { _ throws(Full) in }, training: { _ throws(Full) in })
        }
        #expect(written == 3)
    }

    @Test("lines are quoted exactly as CSVWriter quotes them")
    func quoting() {
        let fields = ["plain", "with, comma", "say \"hi\"", "", "tab\there", "37.5"]
        #expect(DemoUploadGenerator.line(fields) == CSVWriter.record(fields) + "\r\n")
    }
}
