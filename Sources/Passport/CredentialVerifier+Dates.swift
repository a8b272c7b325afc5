import Foundation

extension CredentialVerifier {
    /// Step 7 and the expiry states of passport.md 7.3: not yet valid before `validFrom`; expired once the
    /// last valid day (the day before `validUntil`'s date) is before today in London, or `validUntil` has
    /// passed; expiring soon when the last valid day is within the policy's window (``TrainingCurrency``).
    func dateVerdict(details: CredentialDetails, at now: Date) -> CredentialVerdict {
        let label = details.label
        let issuer = details.issuerName ?? details.issuer ?? "an unnamed issuer"
        if let from = details.validFrom, now < from {
            return CredentialVerdict(
                .notYetValid, "\(label) is not valid until \(Timestamp.format(from))", details: details)
        }
        guard let until = details.validUntil, let lastDay = details.lastValidDay else {
            return CredentialVerdict(.valid, "\(label) from \(issuer) is valid and does not expire", details: details)
        }
        let today = CalendarDate.london(of: now)
        let state = TrainingCurrency.of(lastValidDay: lastDay, today: today, windowDays: policy.expiringWindowDays)
        if state == .expired || until <= now {
            return CredentialVerdict(.expired, "\(label) expired; its last valid day was \(lastDay)", details: details)
        }
        if state == .expiringSoon {
            let daysLeft = lastDay.daysSinceEpoch - today.daysSinceEpoch
            return CredentialVerdict(
                .expiringSoon, "\(label) from \(issuer) expires soon: last valid day \(lastDay) (\(daysLeft) days)",
                details: details)
        }
        return CredentialVerdict(.valid, "\(label) from \(issuer) is valid until \(lastDay)", details: details)
    }
}
