/// Fixed word lists and tables the generator draws from. Names are ordinary English words and common
/// first names; nothing here identifies a real workplace or person.
enum DemoCatalogue {
    static let placeWords = [
        "Meadow", "Willow", "Oak", "Beech", "Rose", "Holly", "Elm", "Orchard", "Cedar", "Maple", "Heron",
        "Kingfisher", "Riverside", "Fernbank", "Ashdown", "Brook", "Larch", "Hawthorn", "Lavender", "Primrose",
        "Bramble", "Linden", "Rowan", "Chestnut", "Poppy", "Marsh", "Broadland", "Fenland", "Harbour", "Windmill",
        "Abbey", "Priory", "Church View", "Park View", "Green Lane", "Sandpiper", "Osprey", "Lark", "Bluebell",
        "Juniper",
    ]
    static let homeWords = ["House", "Lodge", "Court", "Manor", "Grange", "Hall", "Gardens", "View", "Place"]
    static let brandWords = [
        "Bright", "Kind", "True", "Heart", "Clear", "Sun", "Able", "Good", "Life", "Fair", "Bridge", "Hand", "Key",
        "Ever", "First", "Silver", "Green", "Blue", "Gold", "Oak",
    ]
    static let brandEndings = ["path", "well", "way", "light", "field", "side", "point", "stone", "leaf", "view"]
    static let streets = [
        "Station Road", "Church Lane", "High Street", "Mill Lane", "London Road", "Victoria Road", "The Green",
        "Park Avenue", "Manor Road", "School Lane", "Queens Road", "North Street", "Norwich Road", "Cambridge Road",
        "Market Place", "Chapel Street", "Springfield Road", "Hall Lane", "Back Lane", "Mill Road", "Grove Road",
        "Kings Road", "Bury Road", "Colchester Road", "Station Approach", "West End", "Hill Road", "Main Road",
    ]
    static let femaleNames = [
        "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie",
        "Chloe", "Jessica", "Hannah", "Sarah", "Emma", "Laura", "Rachel", "Claire", "Karen", "Julie", "Susan",
        "Helen", "Nicola", "Joanne", "Michelle", "Lisa", "Priya", "Maria", "Ana", "Joy", "Blessing", "Agnieszka",
        "Ioana", "Mercy", "Kelly", "Donna", "Tracey", "Amy", "Zara", "Fatima", "Leah", "Megan", "Beth",
    ]
    static let maleNames = [
        "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "James", "Daniel", "David",
        "Mark", "Paul", "Andrew", "Michael", "Steven", "Ryan", "Adam", "Luke", "Samuel", "Joseph", "Rahul",
        "Tomasz", "Ion", "Emeka", "Kwame", "Lee", "Gary", "Ben", "Sam",
    ]
    static let initials = Array("ABCDEFGHJKLMNOPRSTWY").map(String.init)

    /// EU nationalities common in the care workforce: nationality code (`nationality.csv`, which for
    /// these equals the `country-of-birth.csv` code), ethnicity code and weight.
    static let europeanUnion: [(nationality: Int, ethnicity: Int, weight: Double)] = [
        (642, 34, 30), (616, 34, 20), (620, 34, 15), (100, 34, 8), (440, 34, 7), (380, 34, 5), (724, 34, 5),
        (348, 34, 5), (428, 34, 3), (300, 34, 2), (372, 32, 3),
    ]
    /// Non-EU nationalities common among recent recruits, as above.
    static let nonEuropeanUnion: [(nationality: Int, ethnicity: Int, weight: Double)] = [
        (356, 39, 20), (566, 44, 18), (716, 44, 12), (608, 43, 10), (288, 44, 8), (404, 44, 5), (586, 40, 4),
        (710, 44, 2), (710, 34, 2), (524, 43, 4), (144, 43, 3), (894, 44, 4), (454, 44, 4), (50, 41, 2),
    ]
    /// Ethnic groups of British nationals born in the UK (`ethnicity.csv`), weighted so that, with
    /// British nationals born abroad and non-EU nationals, about 17% of staff are from Black and
    /// minority ethnic groups (norfolk-waveney-2021 / East of England region / share Black and minority
    /// ethnic, 17%).
    static let britishEthnicity: [(Int, Double)] = [
        (31, 93), (35, 0.6), (36, 0.25), (37, 0.5), (38, 0.25), (39, 1), (40, 0.5), (41, 0.25), (42, 0.2),
        (43, 0.3), (44, 1), (45, 0.5), (46, 0.1), (47, 0.05), (98, 0.15), (32, 0.4), (99, 0.5),
    ]

    /// Who a course is for.
    enum Audience: Sendable {
        case everyone
        case care
        case medication
        case managers
        case nonCare
    }

    /// One course: its `CATEGORY` (`training-categories.csv`), title and refresh period in months
    /// (`nil` = `none`, does not expire), with the `shared/reference/training-catalogue.csv` code the
    /// refresh period comes from (`refresh_months`).
    struct Course: Sendable {
        let category: Int
        let title: String
        let validityMonths: Int?
        let weight: Double
        let audience: Audience
        /// Usually an e-learning module (`HOWDELIVERED` 2) rather than face to face.
        let online: Bool
        /// The training-catalogue code, or `nil` for courses it does not list (those do not expire).
        let catalogueCode: String?

        init(
            _ category: Int, _ title: String, _ validityMonths: Int?, weight: Double, _ audience: Audience,
            online: Bool, catalogue: String? = nil
        ) {
            self.category = category
            self.title = title
            self.validityMonths = validityMonths
            self.weight = weight
            self.audience = audience
            self.online = online
            self.catalogueCode = catalogue
        }
    }

    static let courses: [Course] = [
        Course(20, "Safeguarding adults level 2", 36, weight: 10, .care, online: true, catalogue: "CSTF-SGA-L2"),
        Course(20, "Safeguarding adults level 1", 36, weight: 8, .nonCare, online: true, catalogue: "CSTF-SGA-L1"),
        Course(20, "Safeguarding adults level 3", 36, weight: 8, .managers, online: false, catalogue: "CSTF-SGA-L3"),
        Course(15, "Moving and assisting people", 12, weight: 9, .care, online: false, catalogue: "CSTF-MH-L2"),
        Course(45, "Moving and handling objects", 36, weight: 4, .nonCare, online: true, catalogue: "CSTF-MH-L1"),
        Course(
            10, "Infection prevention and control level 2", 12, weight: 9, .care, online: true,
            catalogue: "CSTF-IPC-L2"),
        Course(
            10, "Infection prevention and control level 1", 36, weight: 5, .nonCare, online: true,
            catalogue: "CSTF-IPC-L1"),
        Course(6, "Fire safety", 24, weight: 8, .everyone, online: true, catalogue: "CSTF-FIRE-L1"),
        Course(9, "Health, safety and welfare", 36, weight: 6, .everyone, online: true, catalogue: "CSTF-HSW-L1"),
        Course(7, "Basic life support", 12, weight: 4, .care, online: false, catalogue: "CSTF-RESUS-L1"),
        Course(7, "Emergency first aid at work", 36, weight: 4, .everyone, online: false, catalogue: "FA-EFAW"),
        Course(8, "Food hygiene", 36, weight: 5, .care, online: true, catalogue: "FOOD-HYG"),
        Course(
            13, "Medication administration competency", 12, weight: 8, .medication, online: false,
            catalogue: "MED-ADMIN"),
        Course(
            14, "Mental capacity and deprivation of liberty safeguards", 36, weight: 5, .care, online: true,
            catalogue: "SFC-MCA"),
        Course(22, "Dignity and person-centred care", 36, weight: 4, .care, online: true, catalogue: "SFC-DIGNITY"),
        Course(
            23, "Equality, diversity and human rights", 36, weight: 5, .everyone, online: true,
            catalogue: "CSTF-EDHR-L1"),
        Course(
            26, "Information governance and data security", 12, weight: 4, .everyone, online: true,
            catalogue: "CSTF-IGDS-L1"),
        Course(
            41, "Oliver McGowan Mandatory Training e-learning", 36, weight: 5, .everyone, online: true,
            catalogue: "OMMT-EL"),
        Course(16, "Nutrition and hydration", 36, weight: 2, .care, online: true, catalogue: "SFC-NUTRITION"),
        Course(19, "Positive behaviour support", 12, weight: 2, .care, online: false, catalogue: "SFC-PBS"),
        Course(37, "Conflict resolution", 36, weight: 2, .everyone, online: true, catalogue: "CSTF-CR-L1"),
        Course(2, "Dementia awareness", nil, weight: 4, .care, online: true),
        Course(17, "End of life care", nil, weight: 1.5, .care, online: false),
        Course(11, "Leadership and management", nil, weight: 6, .managers, online: false),
        Course(35, "Supervision skills", nil, weight: 3, .managers, online: false),
    ]
}
