import Vapor

func routes(_ app: Application) throws {
    app.get("health") { _ -> HTTPStatus in
        return .ok
    }

    app.get("notes", ":id") { req async throws -> Note in
        guard let id = req.parameters.get("id", as: Int.self) else {
            throw Abort(.badRequest, reason: "id must be a number")
        }
        guard let note = try await Note.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return note
    }

    app.post("notes") { req async throws -> Response in
        let note = try req.content.decode(Note.self)
        try await note.save(on: req.db)
        return try await note.encodeResponse(status: .created, for: req)
    }

    app.delete("notes", ":id") { req async throws -> HTTPStatus in
        throw Abort(HTTPResponseStatus(statusCode: 410))
    }

    app.get("limits") { _ in
        Response(status: .init(statusCode: 429), body: .init(string: "retry in 60s"))
    }
}
