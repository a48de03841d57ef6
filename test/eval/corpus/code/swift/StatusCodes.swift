import Foundation
import XCTest

/// The statuses our backend answers with, by name.
enum BackendStatus: Int {
    case ok = 200
    case created = 201
    case notModified = 304
    case unauthorized = 401
    case notFound = 404
    case tooManyRequests = 429
    case serviceUnavailable = 503

    var isRetryable: Bool { self == .tooManyRequests || self == .serviceUnavailable }
}

final class BackendStatusTests: XCTestCase {
    func testDecodesKnownStatuses() throws {
        let response = HTTPURLResponse(url: URL(string: "https://api.example.app/v1/me")!, statusCode: 401, httpVersion: "HTTP/1.1", headerFields: nil)!
        XCTAssertEqual(response.statusCode, 401)
        XCTAssertEqual(BackendStatus(rawValue: 503), .serviceUnavailable)
        XCTAssertNil(BackendStatus(rawValue: 299))
    }

    func testTimeouts() {
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForResource = 120
        XCTAssertEqual(config.timeoutIntervalForResource, 120, accuracy: 0.001)
        XCTAssertEqual([1, 2, 3].map { $0 * 2 }, [2, 4, 6])
    }
}
