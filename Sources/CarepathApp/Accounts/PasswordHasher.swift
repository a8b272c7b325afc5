import Crypto
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Hashes and checks passwords with bcrypt, off the event loop.
///
/// bcrypt reads only the first 72 bytes, so every password is first reduced to the base64 of its
/// SHA-256 (44 ASCII bytes): long passphrases keep all their strength and none contains a NUL.
struct PasswordHasher: Sendable {
    var cost: Int
    var threadPool: NIOThreadPool

    func hash(_ password: String) async throws -> String {
        let prepared = Self.prepare(password)
        let cost = cost
        return try await threadPool.runIfActive { try Bcrypt.hash(prepared, cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        let prepared = Self.prepare(password)
        return try await threadPool.runIfActive { (try? Bcrypt.verify(prepared, created: hash)) ?? false }
    }

    /// Spends the same time as a real check when there is no such account, so response times do
    /// not reveal which emails have accounts.
    func verifyAgainstDecoy(_ password: String) async throws {
        _ = try await verify(password, against: Self.decoyHash(cost: cost))
    }

    private static func prepare(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }

    private static func decoyHash(cost: Int) -> String {
        // A hash of a random string nobody knows, at the configured cost, made once per cost.
        DecoyHashes.shared.hash(cost: cost)
    }
}

/// One decoy hash per bcrypt cost, made on first use.
private final class DecoyHashes: Sendable {
    static let shared = DecoyHashes()
    private let hashes = NIOLockedValueBox<[Int: String]>([:])

    func hash(cost: Int) -> String {
        hashes.withLockedValue { hashes in
            if let hash = hashes[cost] { return hash }
            let hash = (try? Bcrypt.hash(UUID().uuidString, cost: cost)) ?? ""
            hashes[cost] = hash
            return hash
        }
    }
}

extension Request {
    var passwordHasher: PasswordHasher {
        PasswordHasher(cost: application.carepathConfig.passwordHashCost, threadPool: application.threadPool)
    }
}
