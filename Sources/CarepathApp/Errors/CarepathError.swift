import CarepathCore
import Planning

/// What can go wrong in Carepath, in terms a user can act on.
///
/// Each case maps to an HTTP status in one place (`CarepathError+HTTP.swift`) and to a one-line
/// message on the command line.
public enum CarepathError: Error, Equatable, Sendable {
    /// No area has this code.
    case areaNotFound(code: String)
    /// No provider organisation has this reference.
    case providerNotFound(reference: String)
    /// The text is not an area code.
    case invalidAreaCode(String, reason: String)
    /// The text is not a postcode, sector or outcode.
    case invalidPostcode(PostcodeError)
    /// The postcode, sector or outcode is well formed but unknown.
    case postcodeNotFound(query: PostcodeQuery, suggestion: PostcodeLocation?)
    /// The database did not answer.
    case databaseUnreachable(location: String, reason: String)
    /// The database has migrations still to apply.
    case databaseNotMigrated(location: String, pending: [String])
    /// The stored reference data contradicts itself; a migration was interrupted or edited.
    case referenceDataInconsistent(String)
    /// A file named on the command line cannot be opened.
    case fileUnreadable(path: String)
    /// Scenario levers, or a projection request, with values the model cannot use.
    case invalidLevers([LeverProblem])
    /// No projection can be made for the request, for the reason given.
    case planningUnavailable(String)
    /// No saved scenario has this id in this area.
    case scenarioNotFound(id: String)
    /// No KPI has this name; `known` lists the names there are.
    case kpiNotFound(name: String, known: [String])
    /// A filter of a workforce figure has a value it cannot take.
    case invalidFilter(field: String, value: String, allowed: String)
    /// The metrics state row that migration 013 creates is missing: the database was changed by hand.
    case metricsStateMissing
    /// The page or endpoint needs a signed-in person; `returnTo` is where to go back after.
    case signInRequired(returnTo: String)
    /// The bearer token is malformed, unknown, expired or revoked.
    case invalidAPIToken
    /// The person may see the thing but not do this.
    case forbidden(reason: String)
    /// A form came back without this session's CSRF token.
    case csrfTokenMismatch
    /// No record with this id exists that the caller may know of.
    case recordNotFound(kind: String, id: String)
    /// A form or request has values that cannot be used; each names the field and the rule.
    case invalidInput([FieldProblem])
    /// The passport cannot do this now, for the reason given (no signing key, no linked worker, …).
    case passportUnavailable(String)
}

/// One field of a form or request that cannot be used, and why.
public struct FieldProblem: Error, Equatable, Sendable, Codable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

extension CarepathError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .areaNotFound(let code):
            return "no area has the code \(code)"
        case .providerNotFound(let reference):
            return "no provider has the reference \(reference)"
        case .invalidAreaCode(let raw, let reason):
            return "\"\(raw)\" is not an area code: \(reason)"
        case .invalidPostcode(let error):
            return error.description
        case .postcodeNotFound(let query, let suggestion):
            let kind = query.kindName
            guard let suggestion else {
                switch query {
                case .postcode: return "\(kind) \(query.normalised) was not found, nor were its sector and outcode"
                case .sector: return "\(kind) \(query.normalised) was not found, nor was its outcode"
                case .outcode: return "\(kind) \(query.normalised) was not found"
                }
            }
            return "\(kind) \(query.normalised) was not found. "
                + "Its \(suggestion.precision.rawValue) \(suggestion.key) is in \(suggestion.district.name) "
                + "(\(suggestion.district.code)), \(suggestion.cassr.name) (\(suggestion.cassr.code)), "
                + "\(suggestion.region.name) (\(suggestion.region.code))"
        case .databaseUnreachable(let location, let reason):
            return "cannot reach the database at \(location): \(reason)"
        case .databaseNotMigrated(let location, let pending):
            return
                "the database at \(location) needs \(pending.count) migration(s) (\(pending.joined(separator: ", "))); "
                + "run `carepath migrate`, or start with `carepath serve --auto-migrate`"
        case .referenceDataInconsistent(let detail):
            return "the reference data in the database is inconsistent (\(detail)); re-create the database and migrate"
        case .fileUnreadable(let path):
            return "cannot open \(path)"
        case .invalidLevers(let problems):
            return problems.map(\.message).joined(separator: " ")
        case .planningUnavailable(let reason):
            return reason
        case .scenarioNotFound(let id):
            return "no saved scenario has the id \(id) in this area"
        case .kpiNotFound(let name, let known):
            return "there is no KPI called \"\(name)\"; the KPIs are \(known.joined(separator: ", "))"
        case .invalidFilter(let field, let value, let allowed):
            return "\(field) cannot be \"\(value)\"; use \(allowed)"
        case .metricsStateMissing:
            return "the metrics_state table has no row; run `carepath migrate` on a fresh database"
        case .signInRequired:
            return "sign in to see this page"
        case .invalidAPIToken:
            return "the API token is not valid: it may be mistyped, expired or revoked"
        case .forbidden(let reason):
            return reason
        case .csrfTokenMismatch:
            return "the form had expired or did not come from Carepath; go back, reload the page and try again"
        case .recordNotFound(let kind, let id):
            return "no \(kind) has the id \(id)"
        case .invalidInput(let problems):
            return problems.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        case .passportUnavailable(let reason):
            return reason
        }
    }
}

extension PostcodeQuery {
    /// "postcode", "postcode sector" or "outcode", for messages.
    var kindName: String {
        switch self {
        case .postcode: return "postcode"
        case .sector: return "postcode sector"
        case .outcode: return "outcode"
        }
    }
}
