import Vapor

/// Builds the application for one command, runs `body`, and always shuts it down.
enum CommandApp {
    static func run<T>(
        _ config: AppConfig, vaporArguments: [String] = [], _ body: (Application) async throws -> T
    ) async throws -> T {
        let environment = Environment(name: "production", arguments: ["carepath"] + vaporArguments)
        let app = try await Application.make(environment)
        do {
            try configure(app, config: config)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
