/// Why a credential cannot be built from the given facts.
public enum CredentialBuildError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The subject is not a `did:key`; credentials carry no other personal identifier.
    case subjectNotDIDKey(String)
    /// The expiry falls on or before the completion date.
    case expiryNotAfterCompletion(validUntil: CalendarDate, completedOn: CalendarDate)
    /// A refresh-period override that is not a positive number of months.
    case invalidRefreshMonths(Int)

    /// The problem in plain words.

    public var description: String {
        switch self {
        case .subjectNotDIDKey(let subject): "the subject \(subject) is not a did:key"
        case .expiryNotAfterCompletion(let until, let completed): "expiry \(until) is not after completion \(completed)"
        case .invalidRefreshMonths(let months): "a refresh period of \(months) months is not allowed"
        }
    }
}
