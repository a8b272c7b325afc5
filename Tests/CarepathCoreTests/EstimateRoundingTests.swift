import CarepathCore
import Testing

struct EstimateRoundingTests {
    @Test(arguments: [
        (994.0, 990.0), (995.0, 1_000.0), (985.0, 980.0), (1_050.0, 1_000.0), (1_150.0, 1_200.0),
        (99_949.0, 99_900.0), (248_400.0, 248_000.0), (248_500.0, 248_000.0), (249_500.0, 250_000.0),
        (-1_234.0, -1_200.0),
    ])
    func roundsLikeSkillsForCareTiesToEven(value: Double, expected: Double) {
        #expect(EstimateRounding.standard.round(value) == expected)
    }
}

struct NumberTextTests {
    @Test func formatsUKStyle() {
        #expect(NumberText.grouped(2_264_892) == "2,264,892")
        #expect(NumberText.percent(0.28345) == "28.3%")
        #expect(NumberText.pounds(19_534_144.4) == "£19,534,144")
        #expect(NumberText.millionsOfPounds(19_534_144) == "£19.53m")
        #expect(NumberText.decimal(-0.004, places: 2) == "0.00")
        #expect(NumberText.decimal(-1234.5, places: 1) == "-1,234.5")
    }
}

struct PublishedCountTests {
    @Test func smallCountsAreSuppressedAndOthersRoundedToFive() {
        let standard = DisclosureThresholds.standard
        #expect(standard.publishedCount(0) == 0)
        #expect(standard.publishedCount(1) == nil)
        #expect(standard.publishedCount(7) == nil)
        #expect(standard.publishedCount(8) == 10)
        #expect(standard.publishedCount(5_513) == 5_515)
        #expect(standard.publishedCountText(3) == "fewer than 8")
        #expect(standard.publishedCountText(2_052) == "2,050")
    }

    @Test func aTightenedThresholdSuppressesMore() {
        let tightened = DisclosureThresholds(smallCountMax: 10, countRoundingBase: 10)
        #expect(tightened.publishedCount(9) == nil)
        // Rounded to tens, and never to 10 itself, which would read as a suppressed count.
        #expect(tightened.publishedCount(11) == 20)
        #expect(tightened.publishedCount(23) == 20)
        #expect(tightened.publishedCount(26) == 30)
        #expect(tightened.publishedCountText(10) == "fewer than 11")
    }
}
