import Fluent

/// The migrations, in the order they run. Append only: a shipped migration is never edited,
/// reordered or removed, because databases in use have recorded it by name.
enum CarepathMigrations {
    static func all(referenceData: ReferenceDataFiles) -> [any Migration] {
        [
            CreateAreaTables(),  // 001 regions, councils, districts
            CreatePostcodeTables(),  // 002 postcodes, sectors, outcodes
            LoadAreas(files: referenceData),  // 003 ONS regions, CASSRs and LADs
            LoadPostcodeSummaries(files: referenceData),  // 004 sector and outcode summaries
            LoadPostcodes(files: referenceData),  // 005 every England postcode
            CreateOrganisations(),  // 006 provider organisations
            CreateReturns(),  // 007 returns and their findings
            CreateWorkforceRecords(),  // 008 workplaces, staff and training, versioned by return
            CreateWorkforceIndexes(),  // 009 look-up indexes
            CreatePopulationTables(),  // 010 population projections
            CreatePlanningScenarios(),  // 011 planning scenarios
            CreateMovementIndexes(),  // 012 indexes for measured starters and leavers
            CreateWorkplaceMetricFacts(),  // 013 KPI facts per workplace return
            CreateAccounts(),  // 014 people, organisations' links and consents, sessions, audit log
            CreatePassport(),  // 015 issuers, keys, status lists, wallets and issued credentials
            CreatePendingUploads(),  // 016 web and API uploads waiting to be completed, sealed
        ]
    }
}
