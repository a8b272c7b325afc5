/// The Care Workforce Pathway role categories (DHSC, April 2025), Carepath's role vocabulary.
public enum CareWorkforceRole: String, Sendable, Hashable, CaseIterable {
    /// New to care.
    case newToCare = "new-to-care"
    /// Care or support worker.
    case careOrSupportWorker = "care-or-support-worker"
    /// Enhanced care worker.
    case enhancedCareWorker = "enhanced-care-worker"
    /// Personal assistant.
    case personalAssistant = "personal-assistant"
    /// Supervisor or leader.
    case supervisorOrLeader = "supervisor-or-leader"
    /// Practice leader.
    case practiceLeader = "practice-leader"
    /// Deputy manager.
    case deputyManager = "deputy-manager"
    /// Registered manager.
    case registeredManager = "registered-manager"

    /// The category's name in plain words.
    public var displayName: String {
        switch self {
        case .newToCare: "New to care"
        case .careOrSupportWorker: "Care or support worker"
        case .enhancedCareWorker: "Enhanced care worker"
        case .personalAssistant: "Personal assistant"
        case .supervisorOrLeader: "Supervisor or leader"
        case .practiceLeader: "Practice leader"
        case .deputyManager: "Deputy manager"
        case .registeredManager: "Registered manager"
        }
    }
}
