import CarepathCore
import NIOConcurrencyHelpers
import Vapor

/// Areas already read from the reference geography, kept for the life of the server: the
/// geography changes only through migrations, which run before the server starts, and reading
/// an area's children scans every region, council and district.
final class AreaCache: Sendable {
    private let details = NIOLockedValueBox<[AreaCode: AreaDetail]>([:])
    private let lists = NIOLockedValueBox<[AreaLevel: [AreaSummary]]>([:])

    /// The area with `code`, read once.
    func area(_ code: AreaCode, from geography: GeographyRepository) async throws -> AreaDetail? {
        if let hit = details.withLockedValue({ $0[code] }) { return hit }
        guard let detail = try await geography.area(code) else { return nil }
        details.withLockedValue { $0[code] = detail }
        return detail
    }

    /// Every area of `level`, read once.
    func areas(level: AreaLevel, from geography: GeographyRepository) async throws -> [AreaSummary] {
        if let hit = lists.withLockedValue({ $0[level] }) { return hit }
        let areas = try await geography.areas(level: level)
        lists.withLockedValue { $0[level] = areas }
        return areas
    }
}

extension Application {
    private struct AreaCacheKey: StorageKey {
        typealias Value = AreaCache
    }

    /// The one ``AreaCache`` of this app.
    var areaCache: AreaCache {
        get {
            guard let cache = storage[AreaCacheKey.self] else {
                fatalError("configure(_:config:) sets up the area cache")
            }
            return cache
        }
        set { storage[AreaCacheKey.self] = newValue }
    }
}
