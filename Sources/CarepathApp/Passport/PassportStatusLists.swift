import Fluent
import Foundation
import Passport
import SQLKit

/// Issuers' Bitstring Status Lists: positions handed out at random, bits set on revocation, and the
/// signed list re-made in the same transaction as every change.
struct PassportStatusLists {
    var database: any Database
    var now: Date

    /// Positions handed out per list before a new list is started. Below the list's 131,072 entries so
    /// that random picking stays quick; a list that is 3/4 full still reveals nothing about order.
    static let capacity = 98_304

    /// One position for a new credential.
    struct Position: Sendable {
        var listID: UUID
        var entry: StatusListEntry
    }

    /// The address a list is published at.
    static func url(issuer: PassportIssuerEntity, number: Int) -> String {
        "\(issuer.baseURL)/status/\(issuer.slug)/\(number)"
    }

    /// Makes list `number`, empty and signed.
    @discardableResult
    func create(
        number: Int, issuer: PassportIssuerEntity, signer: PassportSigner
    ) async throws
        -> PassportStatusListEntity
    {
        let row = PassportStatusListEntity()
        row.id = UUID()
        row.issuerID = try issuer.requireID()
        row.number = number
        let list = BitstringStatusList()
        row.bits = Data(list.bytes)
        row.allocated = 0
        row.signed = try sign(list, number: number, issuer: issuer, signer: signer)
        row.signedAt = now
        try await row.create(on: database)
        return row
    }

    /// `count` unused positions at random, from the issuer's newest list while it has room. Call inside
    /// the transaction that stores the credentials: the list row is updated first, which makes concurrent
    /// issuers for the same list wait their turn.
    func allocate(_ count: Int, issuer: PassportIssuerEntity, signer: PassportSigner) async throws -> [Position] {
        var positions: [Position] = []
        var generator = SystemRandomNumberGenerator()
        while positions.count < count {
            let list = try await newestList(issuer: issuer, signer: signer)
            let wanted = min(count - positions.count, Self.capacity - list.allocated)
            guard wanted > 0 else {
                try await create(number: list.number + 1, issuer: issuer, signer: signer)
                continue
            }
            let listID = try list.requireID()
            try await database.sql.update(PassportStatusListEntity.schema)
                .set(SQLIdentifier("allocated"), to: SQLBinaryExpression(SQLColumn("allocated"), .add, SQLBind(wanted)))
                .where("id", .equal, listID).run()
            var taken = Set(
                try await PassportCredentialEntity.query(on: database).filter(\.$statusListID == listID)
                    .all(\.$statusIndex))
            let bits = BitstringStatusList()
            let url = Self.url(issuer: issuer, number: list.number)
            for _ in 0..<wanted {
                guard let index = bits.randomFreeIndex(isTaken: { taken.contains($0) }, using: &generator) else {
                    break
                }
                taken.insert(index)
                positions.append(Position(listID: listID, entry: StatusListEntry(listURL: url, index: index)))
            }
        }
        return positions
    }

    /// Sets the credential's bit and re-signs its list. Call inside the revoking transaction.
    func setBit(listID: UUID, index: Int, issuer: PassportIssuerEntity, signer: PassportSigner) async throws {
        // Touch the row first so that a concurrent change waits and then reads these bits.
        try await database.sql.update(PassportStatusListEntity.schema).set("signed_at", to: SQLBind(now))
            .where("id", .equal, listID).run()
        guard let row = try await PassportStatusListEntity.find(listID, on: database) else {
            throw CarepathError.recordNotFound(kind: "status list", id: listID.uuidString)
        }
        var list = try BitstringStatusList(bitstring: Array(row.bits))
        try list.set(index)
        row.bits = Data(list.bytes)
        row.signed = try sign(list, number: row.number, issuer: issuer, signer: signer)
        try await row.save(on: database)
    }

    /// Re-signs every list of the issuer, after a key rotation.
    func resignAll(of issuer: PassportIssuerEntity, signer: PassportSigner) async throws {
        for row in try await PassportStatusListEntity.query(on: database).filter(\.$issuerID == issuer.requireID())
            .all()
        {
            row.signed = try sign(
                try BitstringStatusList(bitstring: Array(row.bits)), number: row.number, issuer: issuer,
                signer: signer)
            row.signedAt = now
            try await row.save(on: database)
        }
    }

    /// The list published as `/status/<slug>/<number>`.
    func published(slug: String, number: Int) async throws -> PassportStatusListEntity? {
        guard let issuer = try await PassportIssuerEntity.query(on: database).filter(\.$slug == slug).first() else {
            return nil
        }
        return try await PassportStatusListEntity.query(on: database).filter(\.$issuerID == issuer.requireID())
            .filter(\.$number == number).first()
    }

    private func newestList(
        issuer: PassportIssuerEntity, signer: PassportSigner
    ) async throws
        -> PassportStatusListEntity
    {
        if let newest = try await PassportStatusListEntity.query(on: database).filter(\.$issuerID == issuer.requireID())
            .sort(\.$number, .descending).first()
        {
            return newest
        }
        return try await create(number: 1, issuer: issuer, signer: signer)
    }

    private func sign(
        _ list: BitstringStatusList, number: Int, issuer: PassportIssuerEntity, signer: PassportSigner
    ) throws -> String {
        let credential = StatusListCredential(
            url: Self.url(issuer: issuer, number: number), issuer: issuer.did, validFrom: now, list: list)
        return try signer.sign(statusList: credential, issuedAt: now)
    }
}
