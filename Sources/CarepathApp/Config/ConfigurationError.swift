/// One or more configuration values are missing or invalid.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One bad value, and where it came from: an environment variable or a flag.
    public struct Problem: Error, Equatable, Sendable {
        /// The variable or flag, such as `DATABASE_URL` or `--port`.
        public var source: String
        /// What is wrong and what is expected.
        public var message: String

        public init(source: String, message: String) {
            self.source = source
            self.message = message
        }
    }

    public var problems: [Problem]

    public var description: String {
        let lines = problems.map { "\($0.source): \($0.message)" }
        return lines.count == 1
            ? "invalid configuration: \(lines[0])" : "invalid configuration:\n  " + lines.joined(separator: "\n  ")
    }
}
