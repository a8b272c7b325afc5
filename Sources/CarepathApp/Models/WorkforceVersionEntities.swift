import Fluent
import Foundation

/// A workplace's identity; its data lives in one version per return.
final class WorkplaceEntity: Model, @unchecked Sendable {
    static let schema = "workplaces"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "reference") var reference: String
    @Field(key: "reference_key") var referenceKey: String
    @Field(key: "is_primary") var isPrimary: Bool
    @Field(key: "first_return_id") var firstReturnID: UUID
    @OptionalField(key: "removed_return_id") var removedReturnID: UUID?
    /// The latest version: the workplace's current state.
    @OptionalField(key: "current_version_id") var currentVersionID: UUID?

    init() {}
}

/// A workplace as one return left it.
final class WorkplaceVersionEntity: Model, @unchecked Sendable {
    static let schema = "workplace_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "workplace_id") var workplaceID: UUID
    @Field(key: "return_id") var returnID: UUID
    @Field(key: "as_of") var asOf: String
    @Field(key: "row_status") var rowStatus: String
    @Field(key: "name") var name: String
    @OptionalField(key: "postcode") var postcode: String?
    @OptionalField(key: "postcode_sector") var postcodeSector: String?
    @OptionalField(key: "district_code") var districtCode: String?
    @OptionalField(key: "cassr_code") var cassrCode: String?
    @OptionalField(key: "region_code") var regionCode: String?
    @OptionalField(key: "main_service") var mainService: Int?
    @OptionalField(key: "cqc_regulated") var cqcRegulated: Bool?
    @OptionalField(key: "total_staff") var totalStaff: Int?
    /// The whole `WorkplaceRecord` as JSON, for the export and later analyses.
    @Field(key: "record") var record: String

    init() {}
}

/// A worker's identity at one workplace; `person_key` links one person across workplaces.
final class StaffEntity: Model, @unchecked Sendable {
    static let schema = "staff"

    @ID(key: .id) var id: UUID?
    @Field(key: "workplace_id") var workplaceID: UUID
    @Field(key: "reference") var reference: String
    @Field(key: "reference_key") var referenceKey: String
    /// HMAC-SHA256 of the normalised NI number under the platform key; never the number itself.
    @OptionalField(key: "person_key") var personKey: String?
    @Field(key: "first_return_id") var firstReturnID: UUID
    @OptionalField(key: "removed_return_id") var removedReturnID: UUID?
    /// The latest version: the worker's current state.
    @OptionalField(key: "current_version_id") var currentVersionID: UUID?

    init() {}
}

/// A worker as one return left them. Date of birth is kept as the year only.
final class StaffVersionEntity: Model, @unchecked Sendable {
    static let schema = "staff_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "staff_id") var staffID: UUID
    @Field(key: "return_id") var returnID: UUID
    @Field(key: "workplace_id") var workplaceID: UUID
    @Field(key: "as_of") var asOf: String
    @Field(key: "row_status") var rowStatus: String
    @OptionalField(key: "main_job_role") var mainJobRole: Int?
    @OptionalField(key: "employment_status") var employmentStatus: Int?
    @OptionalField(key: "zero_hours") var zeroHours: Int?
    @OptionalField(key: "contracted_halves") var contractedHalves: Int?
    @OptionalField(key: "average_halves") var averageHalves: Int?
    @OptionalField(key: "pay_interval") var payInterval: Int?
    @OptionalField(key: "annual_salary") var annualSalary: Int?
    @OptionalField(key: "hourly_rate_pence") var hourlyRatePence: Int?
    @OptionalField(key: "days_sick_halves") var daysSickHalves: Int?
    @OptionalField(key: "year_of_birth") var yearOfBirth: Int?
    @OptionalField(key: "gender") var gender: Int?
    @OptionalField(key: "ethnicity") var ethnicity: Int?
    @OptionalField(key: "nationality") var nationality: Int?
    @OptionalField(key: "start_date") var startDate: String?
    /// The `StaffRecord` as JSON, without NI number or full date of birth.
    @Field(key: "record") var record: String

    init() {}
}

/// One training record of a worker; replaced, never deleted, when a later return brings new ones.
final class TrainingEntity: Model, @unchecked Sendable {
    static let schema = "training_records"

    @ID(key: .id) var id: UUID?
    @Field(key: "staff_id") var staffID: UUID
    @Field(key: "return_id") var returnID: UUID
    @OptionalField(key: "replaced_return_id") var replacedReturnID: UUID?
    @Field(key: "category") var category: Int
    @OptionalField(key: "completed") var completed: String?
    @OptionalField(key: "expiry") var expiry: String?
    @Field(key: "record") var record: String

    init() {}
}
