import Foundation

enum APIError: Error {
    case unauthorized
    case notFound
    case server(Int)
    case unexpected(Int)
}

struct APIClient {
    let baseURL = URL(string: "https://api.example.app/v1")!
    let session: URLSession = {
        let config = URLSessionConfiguration.default
        config.timeoutIntervalForRequest = 30
        config.httpMaximumConnectionsPerHost = 4
        return URLSession(configuration: config)
    }()

    func fetch<T: Decodable>(_ path: String, as type: T.Type) async throws -> T {
        let (data, response) = try await session.data(from: baseURL.appendingPathComponent(path))
        guard let http = response as? HTTPURLResponse else { throw APIError.unexpected(0) }
        switch http.statusCode {
        case 200..<300:
            return try JSONDecoder().decode(T.self, from: data)
        case 401:
            throw APIError.unauthorized
        case 404:
            throw APIError.notFound
        case 500...599:
            throw APIError.server(http.statusCode)
        default:
            throw APIError.unexpected(http.statusCode)
        }
    }

    func isFresh(_ response: HTTPURLResponse) -> Bool {
        return response.statusCode == 304
    }

    func upload(_ data: Data, to path: String) async throws {
        var request = URLRequest(url: baseURL.appendingPathComponent(path))
        request.httpMethod = "PUT"
        request.setValue("\(data.count)", forHTTPHeaderField: "Content-Length")
        let (_, response) = try await session.upload(for: request, from: data)
        if (response as? HTTPURLResponse)?.statusCode != 201 {
            throw APIError.unexpected((response as? HTTPURLResponse)?.statusCode ?? -1)
        }
    }
}
