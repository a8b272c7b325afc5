import Testing

@testable import Passport

@Suite struct CatalogueTests {
    @Test func readsTheWholeCatalogue() {
        let catalogue = TestWorld.catalogue
        #expect(catalogue.count == 34)
        let fire = TestWorld.catalogueItem("CSTF-FIRE-L1")
        #expect(fire.title == "Fire Safety")
        #expect(fire.refreshMonths == 24)
        #expect(fire.confidence == .low)
        #expect(TestWorld.catalogueItem("CSTF-EDHR-L1").title == "Equality, Diversity and Human Rights")
        #expect(TestWorld.catalogueItem("CC-2025").refreshMonths == nil)
        #expect(TestWorld.catalogueItem("CSTF-MH-L2").sources.count == 2)
    }

    @Test func derivesTheSpecAchievementWording() {
        let achievement = TestWorld.catalogueItem("CSTF-FIRE-L1").achievement(baseURL: TestWorld.baseURL)
        #expect(achievement.credentialName == "Fire Safety (CSTF Level 1)")
        #expect(achievement.id == "https://carepath.example/catalogue/CSTF-FIRE-L1")
        #expect(achievement.achievementType == "CertificateOfCompletion")
        #expect(
            achievement.criteriaNarrative == "Completed the CSTF Fire Safety level 1 learning outcomes and assessment.")
        #expect(
            achievement.alignments == [
                Achievement.Alignment(
                    targetName: "Core Skills Training Framework: Fire Safety",
                    targetURL: "https://www.skillsforhealth.org.uk/", targetFramework: "CSTF", targetCode: "FIRE-L1")
            ])
    }

    @Test func choosesAchievementTypesPerSection1Point3() {
        let types = ["CC-2025", "L2-ASCC", "FA-FAW", "MED-ADMIN"].map {
            TestWorld.catalogueItem($0).achievement(baseURL: TestWorld.baseURL).achievementType
        }
        #expect(types == ["Certificate", "Certificate", "Certification", "CertificateOfCompletion"])
        #expect(
            TestWorld.catalogueItem("CC-2025").achievement(baseURL: "").credentialName.hasPrefix("Care Certificate"))
        #expect(
            TestWorld.catalogueItem("OMMT-T1").achievement(baseURL: "").credentialName.hasSuffix(
                "(Oliver McGowan (Health and Care Act 2022 code of practice), tier 1)"))
    }

    @Test func refusesBrokenCatalogues() throws {
        let header = "code,title,framework,level,refresh_months,confidence,source,notes\n"
        #expect(throws: CatalogueError.unexpectedHeader) { try TrainingCatalogue.parse(csv: "code,title\n") }
        #expect(throws: CatalogueError.self) { try TrainingCatalogue.parse(csv: header + "A,B,C,1,x,high,,\n") }
        #expect(throws: CatalogueError.self) { try TrainingCatalogue.parse(csv: header + "A,B,C,1,12,sure,,\n") }
        #expect(throws: CatalogueError.self) { try TrainingCatalogue.parse(csv: header + "A,\"B,C,1,12,high,,\n") }
        #expect(throws: CatalogueError.duplicateCode("A")) {
            try TrainingCatalogue.parse(csv: header + "A,B,C,1,12,high,,\nA,B,C,1,12,high,,\n")
        }
        #expect(
            try TrainingCatalogue.parse(csv: header + "A,\"B, \"\"quoted\"\"\",C,,,high,,\r\n").first?.title
                == "B, \"quoted\"")
    }
}
